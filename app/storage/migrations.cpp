// SPDX-License-Identifier: EUPL-1.2
#include "storage/migrations.h"

#include "domain/logcategories.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <sqlite3.h>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace Sportello::Storage::Migrations {
namespace {

// Qt runs one statement per query; a script has many (triggers included), so it goes to SQLite
// as a whole through the driver's handle, which is the same connection and transaction.
void execScript(const QSqlDatabase &db, const QByteArray &script)
{
    sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
    char *error = nullptr;
    if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(error);
        sqlite3_free(error);
        throw StorageError(StorageError::Kind::Sql,
                           QCoreApplication::translate("Sportello::Storage",
                                                       "The database structure could not be updated: %1")
                               .arg(detail),
                           detail);
    }
}
} // namespace

QStringList scripts(const QString &folder)
{
    initMigrationResources();
    QStringList paths;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

int latestVersion(const QString &folder)
{
    return int(scripts(folder).size());
}

void apply(const QSqlDatabase &db, int version, const QString &folder)
{
    QFile file(scripts(folder).value(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Sql, QStringLiteral("missing migration %1").arg(version));
    qCInfo(lcStorage) << "applying migration" << file.fileName();
    Transaction transaction(db);
    execScript(db, file.readAll());
    Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
    transaction.commit();
}

} // namespace Sportello::Storage::Migrations
