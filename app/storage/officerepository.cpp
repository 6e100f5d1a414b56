// SPDX-License-Identifier: EUPL-1.2
#include "storage/officerepository.h"

#include "domain/clock.h"
#include "domain/codicefiscale.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace Sportello::Storage {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Storage::OfficeRepository", text);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

OfficeRepository::OfficeRepository(const Database &database)
    : m_database(database)
{}

QString OfficeRepository::validateBranchCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{2,8}$"));
    if (pattern.match(code).hasMatch())
        return {};
    return tr("The branch code must have 2 to 8 capital letters or digits, without spaces (example: SEDE1).");
}

std::optional<LocalOffice> OfficeRepository::localOffice() const
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT c.id, c.name, c.codice_fiscale, b.id, b.name, b.code "
                                           "FROM local_identity l JOIN comune c ON c.id = l.comune_id "
                                           "JOIN branch b ON b.id = l.branch_id"));
    if (!q.next())
        return std::nullopt;
    return LocalOffice{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

LocalOffice OfficeRepository::setUp(const QString &comuneName, const QString &comuneCodiceFiscale,
                                    const QString &branchName, const QString &branchCode)
{
    const auto code = Domain::CodiceFiscale::parseNumeric(comuneCodiceFiscale);
    if (!code)
        throw StorageError(StorageError::Kind::Constraint, code.error());
    if (const QString problem = validateBranchCode(branchCode); !problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    if (comuneName.trimmed().isEmpty() || branchName.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           tr("The names of the comune and of the branch are required."));

    const LocalOffice office{newId(), comuneName.simplified(), code.value(),
                             newId(), branchName.simplified(), branchCode};
    const QString now = Timestamps::toStorage(Clock::nowUtc());
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (Sql::scalar(db, QStringLiteral("SELECT count(*) FROM local_identity")).toInt() > 0)
        throw StorageError(StorageError::Kind::Constraint, tr("This database already belongs to a branch."));
    Sql::exec(db,
              QStringLiteral("INSERT INTO comune (id, name, codice_fiscale, created_at) VALUES (?, ?, ?, ?)"),
              {office.comuneId, office.comuneName, office.comuneCodiceFiscale, now});
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO branch (id, comune_id, name, code, created_at) VALUES (?, ?, ?, ?, ?)"),
        {office.branchId, office.comuneId, office.branchName, office.branchCode, now});
    Sql::exec(db,
              QStringLiteral("INSERT INTO local_identity (singleton, comune_id, branch_id) VALUES (1, ?, ?)"),
              {office.comuneId, office.branchId});
    transaction.commit();
    return office;
}

} // namespace Sportello::Storage
