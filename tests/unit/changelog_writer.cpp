// SPDX-License-Identifier: EUPL-1.2
// Helper for tst_changelog: writes citizens (creates and edits) into the database given as the
// first argument until it is killed, printing the number of committed writes as it goes.
#include "storage/citizenrepository.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Sportello;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Storage::Database database(QString::fromLocal8Bit(argv[1]));
    if (!database.open().ok())
        return 1;
    const auto office = Storage::OfficeRepository(database).localOffice();
    Storage::CitizenRepository citizens(database,
                                        {office->branchId, QStringLiteral("writer"), Test::clerk()});
    for (qint64 i = 1;; ++i) {
        Domain::Citizen c;
        c.surname = QStringLiteral("Scrittore");
        c.name = QStringLiteral("N%1").arg(i);
        c.documentType = QStringLiteral("passport");
        c.documentNumber = QStringLiteral("P%1").arg(i);
        c = citizens.create(c);
        c.notes = QStringLiteral("edited %1").arg(i);
        citizens.update(c);
        std::printf("%lld\n", i);
        std::fflush(stdout);
    }
}
