// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QString>
#include <optional>

namespace Sportello::Storage {

class Database;

// The comune and the branch (sede) this database serves, set once by the first-run wizard.
struct LocalOffice {
    QString comuneId;
    QString comuneName;
    QString comuneCodiceFiscale;
    QString branchId;
    QString branchName;
    QString branchCode; // short, upper case; used in ticket and receipt numbers
};

class OfficeRepository {
public:
    explicit OfficeRepository(const Database &database);

    std::optional<LocalOffice> localOffice() const;
    // Records the comune and branch in one transaction; refused (StorageError) when already set
    // or when a value breaks the rules of validateBranchCode / the comune's codice fiscale.
    LocalOffice setUp(const QString &comuneName, const QString &comuneCodiceFiscale,
                      const QString &branchName, const QString &branchCode);

    // Empty when fine, otherwise the reason (translated).
    static QString validateBranchCode(const QString &code);

private:
    const Database &m_database;
};

} // namespace Sportello::Storage
