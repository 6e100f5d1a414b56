// SPDX-License-Identifier: EUPL-1.2
// Two branches of one comune with two PCs each, and a PC of another comune on the same server:
// records made anywhere reach every PC of their comune (the registry is the comune's, whichever
// branch registered the person) and never another comune's; a branch changes only its own records.
// On SQLite, and on PostgreSQL with SPORTELLO_TEST_BACKEND=postgresql.
#include "syncharness.h"

#include <QSet>
#include <QTest>

using namespace Sportello;
using SyncHarness::Pc;

namespace {
QSet<QString> idsOf(const Pc &pc)
{
    const QStringList ids = SyncTest::citizenIds(pc);
    return {ids.cbegin(), ids.cend()};
}
} // namespace

class TestSyncMatrix : public QObject {
    Q_OBJECT

    SyncHarness::Cluster m_cluster;
    QString m_otherBranchId; // of the other comune
    // Comune di Prova: Sede 1 (PCs 0 and 1) and Sede 2 (PCs 2 and 3). Then the other comune's PC.
    std::vector<std::unique_ptr<Pc>> m_pcs;
    QSet<QString> m_comune; // the records made in Comune di Prova
    QSet<QString> m_other;  // and in the other comune

    Pc &pc(int i) { return *m_pcs.at(size_t(i)); }
    void syncAll()
    {
        // Twice round: what one PC pushed in the first pass reaches the others in the second.
        for (int pass = 0; pass < 2; ++pass) {
            for (auto &p : m_pcs)
                QVERIFY(SyncTest::syncUntilIdle(*p));
        }
    }
    QString make(int i, const QString &codiceFiscale, const QString &surname)
    {
        const QString id =
            pc(i).citizens().create(Test::citizen(codiceFiscale, surname, QStringLiteral("Ada"))).id;
        (i < 4 ? m_comune : m_other).insert(id);
        return id;
    }

private slots:
    void initTestCase()
    {
        bool skip = false;
        const QString error = m_cluster.setUp(2, &skip);
        if (skip)
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ServerTest::AdminResult tenant = ServerTest::admin(
            m_cluster.database(), {QStringLiteral("tenant-add"), QStringLiteral("Comune di Altrove"),
                                   QStringLiteral("02438750586")});
        QVERIFY2(tenant.exitCode == 0, qPrintable(tenant.err));
        const ServerTest::AdminResult branch =
            ServerTest::admin(m_cluster.database(), {QStringLiteral("branch-add"), tenant.out,
                                                     QStringLiteral("Municipio"), QStringLiteral("MUN")});
        QVERIFY2(branch.exitCode == 0, qPrintable(branch.err));
        m_otherBranchId = branch.out;
        for (int i = 0; i < 5; ++i)
            m_pcs.push_back(std::make_unique<Pc>(SyncHarness::fastOptions(50, false)));
    }

    void cleanupTestCase()
    {
        m_pcs.clear();
        m_cluster.tearDown();
    }

    void recordsReachTheirComuneAndNoOtherOne()
    {
        // Work done before enrolment (offline from the first day) goes out too.
        make(0, QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"));
        make(2, {}, QStringLiteral("Bianchi"));
        // The same person known to the other comune as well: two comuni, two records.
        make(4, QStringLiteral("RSSMRA80A01H501U"), QStringLiteral("Rossi"));
        for (int i = 0; i < 5; ++i) {
            const QString code = i < 4 ? m_cluster.enrolCode(i / 2)
                                       : ServerTest::admin(m_cluster.database(),
                                                           {QStringLiteral("enrol-code"), m_otherBranchId})
                                             .out;
            QVERIFY(
                SyncTest::enrol(pc(i), m_cluster.proxy().url(), code, QStringLiteral("PC %1").arg(i + 1)));
        }
        for (int i = 0; i < 5; ++i) {
            for (int n = 0; n < 3; ++n)
                make(i, {}, QStringLiteral("Persona%1x%2").arg(i).arg(n));
        }
        syncAll();

        for (int i = 0; i < 4; ++i)
            QCOMPARE(idsOf(pc(i)), m_comune);
        QCOMPARE(idsOf(pc(4)), m_other);
        QCOMPARE(m_comune.size(), 14);
        QCOMPARE(m_other.size(), 4);
        // Each record carries the branch that made it, on every PC.
        for (int i = 0; i < 4; ++i) {
            const std::optional<Domain::Citizen> rossi =
                pc(i).citizens().findByCodiceFiscale(QStringLiteral("RSSMRA80A01H501U"));
            QVERIFY(rossi);
            QCOMPARE(rossi->ownerBranchId, m_cluster.branchId(0));
        }
        QCOMPARE(pc(4).citizens().findByCodiceFiscale(QStringLiteral("RSSMRA80A01H501U"))->ownerBranchId,
                 m_otherBranchId);
    }

    void aBranchChangesItsOwnRecordsAndNotTheOtherBranchs()
    {
        Domain::Citizen rossi = *pc(1).citizens().findByCodiceFiscale(QStringLiteral("RSSMRA80A01H501U"));
        // The other PC of the owning branch: accepted, and seen everywhere in the comune.
        rossi.phone = QStringLiteral("333 111 2222");
        pc(1).citizens().update(rossi);
        syncAll();
        for (int i = 0; i < 4; ++i) {
            const Domain::Citizen seen = *pc(i).citizens().find(rossi.id);
            QCOMPARE(seen.phone, QStringLiteral("333 111 2222"));
            QCOMPARE(seen.version, 2);
        }
        // A PC of the other branch: refused by the server, kept on that PC for staff, seen nowhere.
        Domain::Citizen fromSede2 = *pc(3).citizens().find(rossi.id);
        fromSede2.phone = QStringLiteral("333 999 8888");
        pc(3).citizens().update(fromSede2);
        syncAll();
        const QList<Storage::ParkedEntry> parked = Storage::SyncStore(*pc(3).db.database).parked();
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked.first().entry.recordId, rossi.id);
        QCOMPARE(parked.first().reason, QStringLiteral("not_owner"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pc(i).citizens().find(rossi.id)->phone, QStringLiteral("333 111 2222"));
        // The other comune's Rossi is another record, untouched by all of this.
        const Domain::Citizen theirs =
            *pc(4).citizens().findByCodiceFiscale(QStringLiteral("RSSMRA80A01H501U"));
        QVERIFY(theirs.id != rossi.id);
        QCOMPARE(theirs.version, 1);
        QVERIFY(theirs.phone.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncMatrix)
#include "tst_syncmatrix.moc"
