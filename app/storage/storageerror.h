// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QString>
#include <stdexcept>

namespace Sportello::Storage {

// Thrown by storage code when a statement or transaction fails. The transaction in progress is
// rolled back by its guard, so nothing half-written lands. message() is fit to show to staff.
class StorageError : public std::runtime_error {
public:
    // Unavailable: the database cannot be reached at all (a server restarting); worth a retry.
    enum class Kind { Sql, Constraint, Injected, Unavailable };
    StorageError(Kind kind, const QString &message, const QString &detail = {},
                 const QString &databaseCode = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
        , m_detail(detail)
        , m_databaseCode(databaseCode)
    {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; } // driver text, for the log only
    // The database's own code for the failure: SQLite's extended result code, PostgreSQL's SQLSTATE.
    QString databaseCode() const { return m_databaseCode; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QString m_databaseCode;
};

} // namespace Sportello::Storage
