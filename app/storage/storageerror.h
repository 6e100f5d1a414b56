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
    StorageError(Kind kind, const QString &message, const QString &detail = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
        , m_detail(detail)
    {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; } // driver text, for the log only

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
};

} // namespace Sportello::Storage
