// SPDX-License-Identifier: EUPL-1.2
#include "storage/transaction.h"

#include "domain/logcategories.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <utility>

namespace Sportello::Storage {
namespace {
// SQLite has no nested transactions: one per thread's connection at a time.
thread_local Transaction *openOnThisThread = nullptr;
} // namespace

Transaction::Transaction(const Database &database, ChangeNotifier::Origin origin)
    : Transaction((database.requireIntact(), database.connection()))
{
    m_database = &database;
    m_origin = origin;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    Sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
    m_outer = std::exchange(openOnThisThread, this);
}

Transaction *Transaction::current()
{
    return openOnThisThread;
}

Transaction::~Transaction()
{
    if (openOnThisThread == this)
        openOnThisThread = m_outer;
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
    if (openOnThisThread == this)
        openOnThisThread = m_outer;
    for (const auto &action : std::exchange(m_afterCommit, {}))
        action();
    if (m_database && !m_changed.isEmpty())
        m_database->changes().announce(std::exchange(m_changed, {}), m_origin);
}

} // namespace Sportello::Storage
