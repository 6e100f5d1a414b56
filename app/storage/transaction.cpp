// SPDX-License-Identifier: EUPL-1.2
#include "storage/transaction.h"

#include "domain/logcategories.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <utility>

namespace Sportello::Storage {

Transaction::Transaction(const Database &database)
    : Transaction((database.requireIntact(), database.connection()))
{}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    Sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    // Not through Sql::exec: a rollback must never be the statement a test makes fail.
    QSqlQuery rollback(m_db);
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed";
}

void Transaction::commit()
{
    Sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
    for (const auto &action : std::exchange(m_afterCommit, {}))
        action();
}

} // namespace Sportello::Storage
