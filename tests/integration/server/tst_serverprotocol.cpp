// SPDX-License-Identifier: EUPL-1.2
// The sync protocol against the real sportello-server, read as a transcript: two comuni, two
// branches of the first, PCs enrolling, pushing, pulling, and misbehaving. Registered twice: on
// SQLite, and with SPORTELLO_TEST_BACKEND=postgresql on a fresh database of the PostgreSQL server
// named by SPORTELLO_TEST_POSTGRES (packaging/run-tests.sh starts one).
#include "records/recordkind.h"
#include "security/account.h"
#include "security/auditentry.h"
#include "security/passwords.h"
#include "serverprocess.h"
#include "sync/protocol.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

using namespace ServerTest;
namespace P = Sportello::Sync::Protocol;
namespace S = Sportello::Security;

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject citizen(const QString &id, int version, const QString &surname)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("version"), version},
            {QStringLiteral("surname"), surname},
            {QStringLiteral("name"), QStringLiteral("Maria")},
            {QStringLiteral("documentType"), QStringLiteral("identity_card")},
            {QStringLiteral("documentNumber"), QStringLiteral("CA12345AA")}};
}

QJsonObject entry(const QString &operationId, const QString &operation, const QJsonObject &payload,
                  const QString &entity = QStringLiteral("citizen"))
{
    return {{QStringLiteral("operationId"), operationId},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("recordId"), payload.value(QLatin1String("id")).toString()},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T08:30:00.123Z")}};
}

QJsonObject batch(const QJsonArray &entries)
{
    return {{QStringLiteral("entries"), entries}};
}

QStringList statuses(const Reply &reply)
{
    QStringList out;
    for (const QJsonValue &r : reply.json.value(QLatin1String("results")).toArray())
        out << r.toObject().value(QLatin1String("status")).toString();
    return out;
}

QString reasonOf(const Reply &reply, int index = 0)
{
    return reply.json.value(QLatin1String("results"))
        .toArray()
        .at(index)
        .toObject()
        .value(QLatin1String("reason"))
        .toString();
}

QString messageEnOf(const Reply &reply, int index = 0)
{
    return reply.json.value(QLatin1String("results"))
        .toArray()
        .at(index)
        .toObject()
        .value(QLatin1String("messageEn"))
        .toString();
}

// An account as the client's toJson() writes it, with a real Argon2id hash (made once: it is slow).
QJsonObject account(const QString &id, int version, const QString &username,
                    const QString &displayName = QStringLiteral("Mario Rossi"))
{
    static const QByteArray hash = S::Passwords::hash(QStringLiteral("una-password-lunga"));
    S::Account a;
    a.id = id;
    a.version = version;
    a.username = username;
    a.displayName = displayName;
    a.role = S::Role::Operatore;
    a.passwordHash = hash;
    a.createdAt = a.updatedAt = QDateTime::currentDateTimeUtc();
    return S::toJson(a);
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

// `count` linked entries of `chain` from `firstSeq`, the first following `prevHash`.
QList<S::AuditEntry> auditChain(const QString &chain, qint64 firstSeq, QString prevHash, int count)
{
    QList<S::AuditEntry> entries;
    for (int i = 0; i < count; ++i) {
        S::AuditEntry e;
        e.id = uuid();
        e.chain = chain;
        e.chainSeq = firstSeq + i;
        e.at = QStringLiteral("2026-11-22T08:30:00.123Z");
        e.username = QStringLiteral("mrossi");
        e.deviceName = QStringLiteral("Sportello 1");
        e.action = S::AuditAction::login;
        e.prevHash = prevHash;
        e.hash = e.computeHash();
        prevHash = e.hash;
        entries << e;
    }
    return entries;
}

QJsonObject auditCreate(const QJsonObject &payload)
{
    return entry(uuid(), QStringLiteral("create"), payload, QStringLiteral("audit_entry"));
}

QJsonArray auditCreates(const QList<S::AuditEntry> &entries)
{
    QJsonArray out;
    for (const S::AuditEntry &e : entries)
        out.append(auditCreate(S::toJson(e)));
    return out;
}
} // namespace

class TestServerProtocol : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void healthAnswersWithoutAToken();
    void enrolmentCodeWorksOnceAndNotWhenExpired();
    void theServerKeepsOnlyAHashOfTheToken();
    void pushAppliesABatchAndARepeatIsAllDuplicates();
    void pullSeesEachRecordOnceInIncreasingOrder();
    void anotherComuneSeesNothingAndWritesNothing();
    void anotherBranchCannotUpdateARecord();
    void aStaleVersionIsAConflict();
    void noForgedOrRevokedTokenIsRefused();
    void malformedRequestsAreRefusedAndStoreNothing();
    void oversizedBodiesAreRefused();
    void anOversizedBodyIsRefusedBeforeItIsSent();
    void everyAnswerClosesItsConnection();
    void moreThanOneRequestsWorthOnAConnectionIsCutOff_data();
    void moreThanOneRequestsWorthOnAConnectionIsCutOff();
    void enrolmentIsRateLimited();
    void theRateLimitBelievesXForwardedForOnlyFromATrustedProxy();
    void aLongPollReturnsAPushMadeWhileItWaits();
    void aLongPollWithNothingToSendEndsWithAnEmptyPage();
    void sigtermAnswersTheLongPollsItHolds();
    void aRecordMadeAndChangedInOneBatchIsAppliedInOrder();
    void aRecordOfEveryKindIsTakenAsThePcWritesIt();
    void anAccountIsTheComunesAndKeepsItsCreatorAsOwner();
    void aUsernameIsUniqueInItsComune();
    void aMalformedAccountIsInvalid();
    void anAuditChainIsAppliedInOrderAcrossBatches();
    void aBrokenAuditChainIsRefusedWithWhatFollows();
    void aTamperedAuditEntryIsInvalid();
    void anAuditEntryIsNeverUpdated();
    void anotherComuneCannotWriteIntoAChain();
    void hostileAuditEntriesAreRefused();
    void theLogNeverShowsATokenAndTheServerStillAnswers();

private:
    QByteArray enrol(const QString &branchId, const QString &name, QString *deviceId = nullptr);
    QString newCode(const QString &branchId);
    qint64 count(const QString &table);
    qint64 latestCursor(const QByteArray &token);
    // The first column of the first row of `sql`, run on the server's database behind its back.
    QVariant peekValue(const QString &sql);
    Reply push(const QJsonArray &entries, const QByteArray &token)
    {
        return m_client->post(QStringLiteral("/api/v1/sync/push"), batch(entries), token);
    }
    // The server's --database: the SQLite file, or the URL of this test's PostgreSQL database.
    QString db() const { return m_database.location(); }
    // A connection of the test's own to the server's database, to look behind the server's back.
    QSqlDatabase peek(const QString &name) const { return m_database.peek(name); }

    TestDatabase m_database;
    bool m_postgres = false;
    Server m_server;
    std::unique_ptr<Client> m_client;
    QString m_tenantA, m_sede1, m_sede2, m_tenantB, m_sedeB;
    QByteArray m_pc1, m_pc2, m_pcB;
    QString m_pc1Id;
    QStringList m_records; // made by pc1
    QList<QByteArray> m_tokens;
    QString m_account; // "mrossi", made at sede 1
    QString m_chain;   // pc1's audit chain
    QList<S::AuditEntry> m_chainEntries;
};

void TestServerProtocol::initTestCase()
{
    bool skip = false;
    const QString error = m_database.setUp(&skip);
    if (skip)
        QSKIP(qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_postgres = m_database.postgres();
    const auto run = [&](const QStringList &args) {
        const AdminResult r = admin(db(), args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return r.out;
    };
    m_tenantA =
        run({QStringLiteral("tenant-add"), QStringLiteral("Comune di Roma"), QStringLiteral("02438750586")});
    m_sede1 = run(
        {QStringLiteral("branch-add"), m_tenantA, QStringLiteral("Sede centrale"), QStringLiteral("SEDE1")});
    m_sede2 =
        run({QStringLiteral("branch-add"), m_tenantA, QStringLiteral("Frazione"), QStringLiteral("SEDE2")});
    m_tenantB = run(
        {QStringLiteral("tenant-add"), QStringLiteral("Comune di Milano"), QStringLiteral("01199250158")});
    m_sedeB = run({QStringLiteral("branch-add"), m_tenantB, QStringLiteral("Sede"), QStringLiteral("MI1")});
    QVERIFY(!m_sede1.isEmpty() && !m_sede2.isEmpty() && !m_sedeB.isEmpty());
    QVERIFY(m_server.start(db(), {QStringLiteral("--enrol-limit"), QStringLiteral("1000")}));
    m_client = std::make_unique<Client>(m_server.port());
}

void TestServerProtocol::cleanupTestCase()
{
    // SIGTERM: a clean stop.
    if (m_server.port() != 0)
        QCOMPARE(m_server.stop(), 0);
}

QString TestServerProtocol::newCode(const QString &branchId)
{
    return admin(db(), {QStringLiteral("enrol-code"), branchId}).out;
}

QByteArray TestServerProtocol::enrol(const QString &branchId, const QString &name, QString *deviceId)
{
    const Reply r = m_client->post(
        QStringLiteral("/api/v1/devices/enrol"),
        QJsonObject{{QStringLiteral("code"), newCode(branchId)}, {QStringLiteral("deviceName"), name}});
    if (r.status != 200)
        return {};
    if (deviceId)
        *deviceId = r.json.value(QLatin1String("deviceId")).toString();
    const QByteArray token = r.json.value(QLatin1String("token")).toString().toLatin1();
    m_tokens << token;
    return token;
}

qint64 TestServerProtocol::count(const QString &table)
{
    qint64 n = -1;
    {
        QSqlDatabase c = peek(QStringLiteral("peek"));
        if (!m_postgres)
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return n;
}

void TestServerProtocol::healthAnswersWithoutAToken()
{
    const Reply r = m_client->get(QStringLiteral("/api/v1/health"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/nothing")).status, 404);
}

void TestServerProtocol::enrolmentCodeWorksOnceAndNotWhenExpired()
{
    const QString path = QStringLiteral("/api/v1/devices/enrol");
    const QString code = newCode(m_sede1);
    // Typed by hand: lower case and without dashes is the same code.
    const QString typed = code.toLower().remove(QLatin1Char('-'));
    const Reply first =
        m_client->post(path, QJsonObject{{QStringLiteral("code"), typed},
                                         {QStringLiteral("deviceName"), QStringLiteral("Sportello 1")}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QLatin1String("tenantId")).toString(), m_tenantA);
    QCOMPARE(first.json.value(QLatin1String("branchId")).toString(), m_sede1);
    m_pc1 = first.json.value(QLatin1String("token")).toString().toLatin1();
    m_pc1Id = first.json.value(QLatin1String("deviceId")).toString();
    m_tokens << m_pc1;
    QCOMPARE(QByteArray::fromBase64(m_pc1, QByteArray::Base64UrlEncoding).size(), 32);

    const Reply second =
        m_client->post(path, QJsonObject{{QStringLiteral("code"), code},
                                         {QStringLiteral("deviceName"), QStringLiteral("Altro")}});
    QCOMPARE(second.status, 410);
    QCOMPARE(second.json.value(QLatin1String("error")).toString(), QStringLiteral("code_used"));
    QVERIFY(!second.json.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(!second.json.value(QLatin1String("messageEn")).toString().isEmpty());

    const Reply wrong =
        m_client->post(path, QJsonObject{{QStringLiteral("code"), QStringLiteral("AAAA-BBBB-CCCC")},
                                         {QStringLiteral("deviceName"), QStringLiteral("x")}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_code"));

    // The administrator's code ran out: moved into the past in the database, no waiting.
    const QString expiring = newCode(m_sede1);
    {
        QSqlDatabase c = peek(QStringLiteral("age"));
        QVERIFY(c.open());
        QSqlQuery q(c);
        q.prepare(QStringLiteral(
            "UPDATE enrolment_codes SET expires_at = '2020-01-01T00:00:00.000Z' WHERE code_hash = ?"));
        q.addBindValue(QString::fromLatin1(
            QCryptographicHash::hash(QString(expiring).remove(QLatin1Char('-')).toLatin1(),
                                     QCryptographicHash::Sha256)
                .toHex()));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
    const Reply expired =
        m_client->post(path, QJsonObject{{QStringLiteral("code"), expiring},
                                         {QStringLiteral("deviceName"), QStringLiteral("x")}});
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.json.value(QLatin1String("error")).toString(), QStringLiteral("code_expired"));

    m_pc2 = enrol(m_sede2, QStringLiteral("Frazione 1"));
    m_pcB = enrol(m_sedeB, QStringLiteral("Milano 1"));
    QVERIFY(!m_pc2.isEmpty() && !m_pcB.isEmpty());
}

void TestServerProtocol::theServerKeepsOnlyAHashOfTheToken()
{
    QByteArray everything;
    if (m_postgres) {
        // Every row of every table, as PostgreSQL prints it.
        {
            QSqlDatabase c = peek(QStringLiteral("all"));
            QVERIFY(c.open());
            for (const QString &table : c.tables()) {
                QSqlQuery q(c);
                QVERIFY(q.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(table)));
                while (q.next())
                    everything += q.value(0).toString().toUtf8() + '\n';
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("all"));
    } else {
        QFile file(db());
        QVERIFY(file.open(QIODevice::ReadOnly));
        everything = file.readAll();
        QFile wal(db() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            everything += wal.readAll();
    }
    QVERIFY(!everything.contains(m_pc1));
    QVERIFY(everything.contains(QCryptographicHash::hash(m_pc1, QCryptographicHash::Sha256).toHex()));
}

void TestServerProtocol::pushAppliesABatchAndARepeatIsAllDuplicates()
{
    QJsonArray entries;
    for (const QString &surname :
         {QStringLiteral("Rossi"), QStringLiteral("Bianchi"), QStringLiteral("Verdi")}) {
        m_records << uuid();
        entries.append(entry(uuid(), QStringLiteral("create"), citizen(m_records.last(), 1, surname)));
    }
    const Reply first = m_client->post(QStringLiteral("/api/v1/sync/push"), batch(entries), m_pc1);
    QCOMPARE(first.status, 200);
    QCOMPARE(statuses(first), QStringList(3, QStringLiteral("applied")));
    // The answer is what the client library reads.
    const auto parsed = P::parsePushResponse(first.body);
    QVERIFY(std::holds_alternative<P::PushResponse>(parsed));
    QCOMPARE(std::get<P::PushResponse>(parsed).results.size(), 3);

    const qint64 changes = count(QStringLiteral("changes"));
    const Reply again = m_client->post(QStringLiteral("/api/v1/sync/push"), batch(entries), m_pc1);
    QCOMPARE(again.status, 200);
    QCOMPARE(statuses(again), QStringList(3, QStringLiteral("duplicate")));
    QCOMPARE(count(QStringLiteral("changes")), changes);
    QCOMPARE(count(QStringLiteral("records")), 3);

    // The same operation inside one batch is applied once.
    const QString id = uuid();
    const QJsonObject once = entry(uuid(), QStringLiteral("create"), citizen(id, 1, QStringLiteral("Neri")));
    const Reply twice = m_client->post(QStringLiteral("/api/v1/sync/push"), batch({once, once}), m_pc1);
    QCOMPARE(statuses(twice), (QStringList{QStringLiteral("applied"), QStringLiteral("duplicate")}));
    m_records << id;
}

void TestServerProtocol::pullSeesEachRecordOnceInIncreasingOrder()
{
    const Reply all = m_client->get(QStringLiteral("/api/v1/sync/pull?after=0"), m_pc2);
    QCOMPARE(all.status, 200);
    const auto parsed = P::parsePullResponse(all.body);
    QVERIFY(std::holds_alternative<P::PullResponse>(parsed));
    const P::PullResponse pulled = std::get<P::PullResponse>(parsed);
    QCOMPARE(pulled.changes.size(), 4);
    QVERIFY(!pulled.more);
    QStringList seen;
    qint64 last = 0;
    for (const P::PullChange &c : pulled.changes) {
        QVERIFY(c.seq > last);
        last = c.seq;
        seen << c.recordId;
        QCOMPARE(c.originDevice, m_pc1Id);
        QCOMPARE(c.entity, QStringLiteral("citizen"));
        // The server states the owner: the branch of the PC that created it.
        QCOMPARE(c.payload.value(QLatin1String("ownerBranchId")).toString(), m_sede1);
    }
    QCOMPARE(seen, m_records);
    QCOMPARE(pulled.next, last);

    // In pages.
    const Reply page1 = m_client->get(QStringLiteral("/api/v1/sync/pull?after=0&limit=3"), m_pc2);
    const P::PullResponse p1 = std::get<P::PullResponse>(P::parsePullResponse(page1.body));
    QCOMPARE(p1.changes.size(), 3);
    QVERIFY(p1.more);
    const Reply page2 =
        m_client->get(QStringLiteral("/api/v1/sync/pull?after=%1&limit=3").arg(p1.next), m_pc2);
    const P::PullResponse p2 = std::get<P::PullResponse>(P::parsePullResponse(page2.body));
    QCOMPARE(p2.changes.size(), 1);
    QVERIFY(!p2.more);
    QCOMPARE(p2.next, last);
    // Nothing new: the cursor stays.
    const Reply none = m_client->get(QStringLiteral("/api/v1/sync/pull?after=%1").arg(last), m_pc2);
    QCOMPARE(none.json.value(QLatin1String("next")).toInteger(), last);
    QCOMPARE(none.json.value(QLatin1String("changes")).toArray().size(), 0);

    QCOMPARE(m_client->get(QStringLiteral("/api/v1/sync/pull?after=-1"), m_pc2).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/sync/pull?limit=1001"), m_pc2).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/sync/pull?after=abc"), m_pc2).status, 400);
}

void TestServerProtocol::anotherComuneSeesNothingAndWritesNothing()
{
    const Reply pulled = m_client->get(QStringLiteral("/api/v1/sync/pull?after=0"), m_pcB);
    QCOMPARE(pulled.status, 200);
    QCOMPARE(pulled.json.value(QLatin1String("changes")).toArray().size(), 0);
    QCOMPARE(pulled.json.value(QLatin1String("next")).toInteger(), 0);

    const qint64 changes = count(QStringLiteral("changes"));
    const Reply update =
        m_client->post(QStringLiteral("/api/v1/sync/push"),
                       batch({entry(uuid(), QStringLiteral("update"),
                                    citizen(m_records.first(), 2, QStringLiteral("Hacked")))}),
                       m_pcB);
    QCOMPARE(statuses(update), QStringList{QStringLiteral("rejected")});
    QCOMPARE(reasonOf(update), QStringLiteral("not_owner"));
    const Reply create =
        m_client->post(QStringLiteral("/api/v1/sync/push"),
                       batch({entry(uuid(), QStringLiteral("create"),
                                    citizen(m_records.first(), 1, QStringLiteral("Hacked")))}),
                       m_pcB);
    QCOMPARE(reasonOf(create), QStringLiteral("not_owner"));
    QCOMPARE(count(QStringLiteral("changes")), changes);

    // Milano's own record is Milano's only.
    const Reply own = m_client->post(
        QStringLiteral("/api/v1/sync/push"),
        batch({entry(uuid(), QStringLiteral("create"), citizen(uuid(), 1, QStringLiteral("Brambilla")))}),
        m_pcB);
    QCOMPARE(statuses(own), QStringList{QStringLiteral("applied")});
    const Reply b = m_client->get(QStringLiteral("/api/v1/sync/pull?after=0"), m_pcB);
    QCOMPARE(b.json.value(QLatin1String("changes")).toArray().size(), 1);
    QCOMPARE(b.json.value(QLatin1String("changes"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("seq"))
                 .toInteger(),
             1);
    const Reply a = m_client->get(QStringLiteral("/api/v1/sync/pull?after=0"), m_pc1);
    QCOMPARE(a.json.value(QLatin1String("changes")).toArray().size(), 4);
}

void TestServerProtocol::anotherBranchCannotUpdateARecord()
{
    const qint64 changes = count(QStringLiteral("changes"));
    const Reply r =
        m_client->post(QStringLiteral("/api/v1/sync/push"),
                       batch({entry(uuid(), QStringLiteral("update"),
                                    citizen(m_records.first(), 2, QStringLiteral("Rossi-Frazione")))}),
                       m_pc2);
    QCOMPARE(r.status, 200);
    QCOMPARE(statuses(r), QStringList{QStringLiteral("rejected")});
    QCOMPARE(reasonOf(r), QStringLiteral("not_owner"));
    // Staff read it in Italian (the server's translation, from the same .ts as the program's).
    const QJsonObject refused = r.json.value(QLatin1String("results")).toArray().first().toObject();
    QCOMPARE(refused.value(QLatin1String("message")).toString(),
             QStringLiteral("Questo dato appartiene a un'altra sede: non può essere modificato da qui."));
    QCOMPARE(refused.value(QLatin1String("messageEn")).toString(),
             QStringLiteral("The record belongs to another branch or comune."));
    QCOMPARE(count(QStringLiteral("changes")), changes);
}

void TestServerProtocol::aStaleVersionIsAConflict()
{
    const QString id = m_records.at(1);
    const Reply v2 = m_client->post(
        QStringLiteral("/api/v1/sync/push"),
        batch({entry(uuid(), QStringLiteral("update"), citizen(id, 2, QStringLiteral("Bianchi-Sala")))}),
        m_pc1);
    QCOMPARE(statuses(v2), QStringList{QStringLiteral("applied")});
    // Another PC of the branch edited version 1 too and arrives second.
    const qint64 changes = count(QStringLiteral("changes"));
    const Reply late = m_client->post(
        QStringLiteral("/api/v1/sync/push"),
        batch({entry(uuid(), QStringLiteral("update"), citizen(id, 2, QStringLiteral("Bianchi-Rossi")))}),
        m_pc1);
    QCOMPARE(statuses(late), QStringList{QStringLiteral("rejected")});
    QCOMPARE(reasonOf(late), QStringLiteral("version_conflict"));
    QCOMPARE(late.json.value(QLatin1String("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("currentVersion"))
                 .toInt(),
             2);
    QCOMPARE(count(QStringLiteral("changes")), changes);
    // An update of a record the server never saw, and a create that is not version 1.
    const Reply unknown = m_client->post(
        QStringLiteral("/api/v1/sync/push"),
        batch({entry(uuid(), QStringLiteral("update"), citizen(uuid(), 2, QStringLiteral("X")))}), m_pc1);
    QCOMPARE(reasonOf(unknown), QStringLiteral("record_not_found"));
    const Reply invalid = m_client->post(
        QStringLiteral("/api/v1/sync/push"),
        batch({entry(uuid(), QStringLiteral("create"), citizen(uuid(), 1, QString()))}), m_pc1);
    QCOMPARE(reasonOf(invalid), QStringLiteral("invalid_record"));
    QCOMPARE(count(QStringLiteral("changes")), changes);
}

void TestServerProtocol::noForgedOrRevokedTokenIsRefused()
{
    const QString pull = QStringLiteral("/api/v1/sync/pull?after=0");
    const QJsonObject push =
        batch({entry(uuid(), QStringLiteral("create"), citizen(uuid(), 1, QStringLiteral("Ladro")))});
    const qint64 changes = count(QStringLiteral("changes"));
    // The altered token really differs: a token may well start with "x" already (1 in 64).
    const QByteArray altered = QByteArray(m_pc1).replace(0, 1, m_pc1.startsWith('x') ? "y" : "x");
    for (const QByteArray &token : {QByteArray(), QByteArray("forged-token"), altered}) {
        for (const Reply &r :
             {m_client->get(pull, token), m_client->post(QStringLiteral("/api/v1/sync/push"), push, token)}) {
            QCOMPARE(r.status, 401);
            const auto reason = P::parseErrorBody(r.body);
            QVERIFY(reason.has_value());
            QCOMPARE(reason->code, QStringLiteral("unauthorized"));
        }
    }
    QString victimId;
    const QByteArray victim = enrol(m_sede1, QStringLiteral("Rubato"), &victimId);
    QCOMPARE(m_client->get(pull, victim).status, 200);
    QVERIFY(admin(db(), {QStringLiteral("devices"), m_tenantA}).out.contains(victimId + QLatin1Char('\t')));
    QCOMPARE(admin(db(), {QStringLiteral("device-revoke"), victimId}).exitCode, 0);
    QCOMPARE(m_client->get(pull, victim).status, 401);
    QCOMPARE(m_client->post(QStringLiteral("/api/v1/sync/push"), push, victim).status, 401);
    QVERIFY(admin(db(), {QStringLiteral("devices"), m_tenantA}).out.contains(QLatin1String("revoked")));
    QCOMPARE(count(QStringLiteral("changes")), changes);
}

void TestServerProtocol::malformedRequestsAreRefusedAndStoreNothing()
{
    const QString path = QStringLiteral("/api/v1/sync/push");
    const qint64 changes = count(QStringLiteral("changes"));
    const qint64 operations = count(QStringLiteral("applied_operations"));
    const QJsonObject good =
        entry(uuid(), QStringLiteral("create"), citizen(uuid(), 1, QStringLiteral("Buono")));
    const auto with = [&](const char *key, const QJsonValue &value) {
        QJsonObject e = good;
        e.insert(QLatin1String(key), value);
        return batch({good, e}); // the good entry must not land either
    };
    struct Case {
        const char *name;
        QByteArray body;
        QString error;
    };
    QJsonArray tooMany;
    for (int i = 0; i < P::maxPushEntries + 1; ++i)
        tooMany.append(entry(uuid(), QStringLiteral("create"), citizen(uuid(), 1, QStringLiteral("Tanti"))));
    const QList<Case> cases = {
        {"not JSON", "{\"entries\": [", QStringLiteral("malformed_json")},
        {"an array", "[]", QStringLiteral("invalid_request")},
        {"entries not an array", P::compact({{QStringLiteral("entries"), QStringLiteral("x")}}),
         QStringLiteral("invalid_request")},
        {"operationId a number", P::compact(with("operationId", 42)), QStringLiteral("invalid_request")},
        {"operationId not a UUID", P::compact(with("operationId", QStringLiteral("abc"))),
         QStringLiteral("invalid_request")},
        {"payload a string", P::compact(with("payload", QStringLiteral("{}"))),
         QStringLiteral("invalid_request")},
        {"operation delete", P::compact(with("operation", QStringLiteral("delete"))),
         QStringLiteral("invalid_request")},
        {"createdAt not a time", P::compact(with("createdAt", QStringLiteral("ieri"))),
         QStringLiteral("invalid_request")},
        {"unknown field", P::compact(with("priority", 1)), QStringLiteral("invalid_request")},
        {"unknown entity", P::compact(with("entity", QStringLiteral("receipt"))),
         QStringLiteral("unknown_entity")},
        {"501 entries", P::compact(batch(tooMany)), QStringLiteral("invalid_request")},
    };
    for (const Case &c : cases) {
        const Reply r = m_client->post(path, c.body, m_pc1);
        QVERIFY2(r.status == 400, c.name);
        QVERIFY2(r.json.value(QLatin1String("error")).toString() == c.error, c.name);
        QVERIFY2(!r.json.value(QLatin1String("message")).toString().isEmpty(), c.name);
    }
    const Reply badEnrol =
        m_client->post(QStringLiteral("/api/v1/devices/enrol"), QByteArray("{\"code\": 7}"));
    QCOMPARE(badEnrol.status, 400);
    QCOMPARE(count(QStringLiteral("changes")), changes);
    QCOMPARE(count(QStringLiteral("applied_operations")), operations);
}

void TestServerProtocol::oversizedBodiesAreRefused()
{
    const qint64 changes = count(QStringLiteral("changes"));
    // A valid-looking batch, padded past 1 MiB.
    QJsonObject big = citizen(uuid(), 1, QStringLiteral("Grande"));
    big.insert(QStringLiteral("notes"), QString(int(P::maxBodyBytes), QLatin1Char('x')));
    const Reply r = m_client->post(QStringLiteral("/api/v1/sync/push"),
                                   batch({entry(uuid(), QStringLiteral("create"), big)}), m_pc1);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(QLatin1String("error")).toString(), QStringLiteral("body_too_large"));
    QCOMPARE(count(QStringLiteral("changes")), changes);
}

void TestServerProtocol::anOversizedBodyIsRefusedBeforeItIsSent()
{
    // Only the headers go out, announcing 2 MiB: the answer comes without a byte of body, so the
    // server did not wait to buffer it.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(120'000));
    socket.write("POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_pc1 +
                 "\r\nContent-Type: application/json\r\nContent-Length: 2097152\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") || !answer.endsWith('}')) {
        QVERIFY(socket.waitForReadyRead(120'000));
        answer += socket.readAll();
    }
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    QVERIFY(answer.contains("body_too_large"));
}

void TestServerProtocol::everyAnswerClosesItsConnection()
{
    // Asked to keep the connection: the server says no, and closes it once it has answered.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(120'000));
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n");
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(120'000))
        answer += socket.readAll();
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    QVERIFY2(answer.contains("Connection: close"), answer.constData());
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void TestServerProtocol::moreThanOneRequestsWorthOnAConnectionIsCutOff_data()
{
    QTest::addColumn<QByteArray>("head");
    // A small request, then a second one on the same connection: its Content-Length is only seen
    // after QHttpServer has read the whole body into memory.
    QTest::newRow("second request") << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
                                                  "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\n"
                                                  "Content-Length: 268435456\r\n\r\n");
    // No Content-Length to check: a chunked body without end.
    QTest::newRow("endless chunked body") << QByteArray("POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\n"
                                                        "Transfer-Encoding: chunked\r\n\r\n");
}

void TestServerProtocol::moreThanOneRequestsWorthOnAConnectionIsCutOff()
{
    QFETCH(QByteArray, head);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(120'000));
    socket.write(head);
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n"; // 64 KiB, chunk-framed
    qint64 sent = 0;
    constexpr qint64 enough = 256 * 1024 * 1024; // far beyond any socket buffer: the cut must come
    while (sent < enough && socket.state() == QAbstractSocket::ConnectedState) {
        sent += socket.write(chunk);
        socket.waitForBytesWritten(1000);
    }
    QVERIFY2(sent < enough, "the server read 256 MiB on one connection");
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/health")).status, 200);
}

void TestServerProtocol::enrolmentIsRateLimited()
{
    // Its own server with a small limit and an hour-long window: no test timing involved.
    // On PostgreSQL, a second server process on the same database: the limit is per process.
    QTemporaryDir dir;
    const QString file = m_postgres ? db() : dir.filePath(QStringLiteral("limited.db"));
    Server limited;
    QVERIFY(limited.start(file, {QStringLiteral("--enrol-limit"), QStringLiteral("3"),
                                 QStringLiteral("--enrol-window"), QStringLiteral("3600")}));
    Client client(limited.port());
    const QJsonObject guess{{QStringLiteral("code"), QStringLiteral("AAAA-AAAA-AAAA")},
                            {QStringLiteral("deviceName"), QStringLiteral("x")}};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.post(QStringLiteral("/api/v1/devices/enrol"), guess).status, 401);
    const Reply refused = client.post(QStringLiteral("/api/v1/devices/enrol"), guess);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.value(QLatin1String("error")).toString(), QStringLiteral("rate_limited"));
    QVERIFY(refused.retryAfter.toInt() > 0);
    // Only enrolment is limited.
    QCOMPARE(client.get(QStringLiteral("/api/v1/health")).status, 200);
    QCOMPARE(limited.stop(), 0);
}

void TestServerProtocol::theRateLimitBelievesXForwardedForOnlyFromATrustedProxy()
{
    const QJsonObject guess{{QStringLiteral("code"), QStringLiteral("AAAA-AAAA-AAAA")},
                            {QStringLiteral("deviceName"), QStringLiteral("x")}};
    const QStringList limit{QStringLiteral("--enrol-limit"), QStringLiteral("2"),
                            QStringLiteral("--enrol-window"), QStringLiteral("3600")};
    QTemporaryDir dir;
    const QString file = m_postgres ? db() : dir.filePath(QStringLiteral("proxied.db"));
    {
        // Behind a proxy on 127.0.0.1: each citizen-side address has its own allowance...
        Server proxied;
        QVERIFY(proxied.start(
            file, limit + QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")}));
        Client client(proxied.port());
        client.setHeader("X-Forwarded-For", "203.0.113.7");
        for (int i = 0; i < 2; ++i)
            QCOMPARE(client.post(QStringLiteral("/api/v1/devices/enrol"), guess).status, 401);
        QCOMPARE(client.post(QStringLiteral("/api/v1/devices/enrol"), guess).status, 429);
        // ...what a client wrote before the proxy's own entry proves nothing...
        client.setHeader("X-Forwarded-For", "198.51.100.1, 203.0.113.7");
        QCOMPARE(client.post(QStringLiteral("/api/v1/devices/enrol"), guess).status, 429);
        // ...and another address is another key.
        client.setHeader("X-Forwarded-For", "203.0.113.8");
        QCOMPARE(client.post(QStringLiteral("/api/v1/devices/enrol"), guess).status, 401);
        QCOMPARE(proxied.stop(), 0);
        const QByteArray log = proxied.process().readAllStandardError();
        QVERIFY2(log.contains("peer=203.0.113.7"), log.constData());
    }
    {
        // Without --trusted-proxy the header is the client's word: ignored.
        Server direct;
        QVERIFY(direct.start(file, limit));
        Client client(direct.port());
        for (int i = 0; i < 3; ++i) {
            client.setHeader("X-Forwarded-For", QByteArray("203.0.113.") + QByteArray::number(20 + i));
            QCOMPARE(client.post(QStringLiteral("/api/v1/devices/enrol"), guess).status, i < 2 ? 401 : 429);
        }
        QCOMPARE(direct.stop(), 0);
        QVERIFY(!direct.process().readAllStandardError().contains("peer=203.0.113."));
    }
}

qint64 TestServerProtocol::latestCursor(const QByteArray &token)
{
    qint64 after = 0;
    for (;;) {
        const Reply r = m_client->get(
            QStringLiteral("/api/v1/sync/pull?after=%1&limit=%2").arg(after).arg(P::maxPullLimit), token);
        if (r.status != 200)
            return -1;
        after = r.json.value(QLatin1String("next")).toInteger();
        if (!r.json.value(QLatin1String("more")).toBool())
            return after;
    }
}

void TestServerProtocol::aLongPollReturnsAPushMadeWhileItWaits()
{
    // pc2 (the other branch of the same comune) waits at the end of the sequence...
    const qint64 cursor = latestCursor(m_pc2);
    QVERIFY(cursor > 0);
    QNetworkReply *poll =
        m_client->startGet(QStringLiteral("/api/v1/sync/pull?after=%1&wait=30").arg(cursor), m_pc2);
    // ...and pc1 pushes meanwhile. Whether the poll reached the server first or not, it must see it.
    const QString id = uuid();
    const Reply pushed = m_client->post(
        QStringLiteral("/api/v1/sync/push"),
        batch({entry(uuid(), QStringLiteral("create"), citizen(id, 1, QStringLiteral("Attesa")))}), m_pc1);
    QCOMPARE(statuses(pushed), QStringList{QStringLiteral("applied")});
    const Reply r = m_client->finish(poll);
    QCOMPARE(r.status, 200);
    const QJsonArray changes = r.json.value(QLatin1String("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().toObject().value(QLatin1String("recordId")).toString(), id);
    QCOMPARE(changes.first().toObject().value(QLatin1String("seq")).toInteger(), cursor + 1);
    QCOMPARE(r.json.value(QLatin1String("next")).toInteger(), cursor + 1);
    // Another comune's poll is not woken by it: it has nothing, and says so when its time is up.
    const Reply other =
        m_client->get(QStringLiteral("/api/v1/sync/pull?after=%1&wait=1").arg(latestCursor(m_pcB)), m_pcB);
    QCOMPARE(other.status, 200);
    QVERIFY(other.json.value(QLatin1String("changes")).toArray().isEmpty());
}

void TestServerProtocol::aLongPollWithNothingToSendEndsWithAnEmptyPage()
{
    const qint64 cursor = latestCursor(m_pc1);
    QVERIFY(cursor > 0);
    const Reply r = m_client->get(QStringLiteral("/api/v1/sync/pull?after=%1&wait=1").arg(cursor), m_pc1);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QLatin1String("changes")).toArray().isEmpty());
    QCOMPARE(r.json.value(QLatin1String("next")).toInteger(), cursor);
    QCOMPARE(r.json.value(QLatin1String("more")).toBool(), false);
    // Longer than the server will hold, or not a number: refused.
    for (const QString &wait : {QStringLiteral("31"), QStringLiteral("-1"), QStringLiteral("x")}) {
        const Reply bad =
            m_client->get(QStringLiteral("/api/v1/sync/pull?after=%1&wait=%2").arg(cursor).arg(wait), m_pc1);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
    }
}

void TestServerProtocol::sigtermAnswersTheLongPollsItHolds()
{
    // A second server process on the same database, so that the suite's own server stays up.
    Server stopping;
    QVERIFY(stopping.start(db()));
    Client client(stopping.port());
    const qint64 cursor = latestCursor(m_pc1);
    QNetworkReply *poll =
        client.startGet(QStringLiteral("/api/v1/sync/pull?after=%1&wait=30").arg(cursor), m_pc1);
    bool sent = false;
    connect(poll, &QNetworkReply::requestSent, this, [&sent] { sent = true; });
    QTRY_VERIFY_WITH_TIMEOUT(sent, 120'000);
    // Two round trips after the poll left: the server has read it, and holds it.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(client.get(QStringLiteral("/api/v1/health")).status, 200);
    QCOMPARE(stopping.stop(), 0);
    // Answered before the process ended: the client pulls again at once, from another process.
    const Reply r = client.finish(poll);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QLatin1String("changes")).toArray().isEmpty());
    QCOMPARE(r.json.value(QLatin1String("next")).toInteger(), cursor);
}

// The example of every kind of record (app/records), as a PC pushes it, in one batch and in the
// registry's order (a ticket before its event): all taken, and handed back with the branch as owner.
void TestServerProtocol::aRecordOfEveryKindIsTakenAsThePcWritesIt()
{
    QJsonArray entries;
    for (const Sportello::Records::RecordKind &kind : Sportello::Records::RecordKinds::standard().all()) {
        QJsonObject example = kind.example();
        if (kind.name == QLatin1String("audit_entry")) {
            // Its own chain, so as not to follow this test's other entries.
            S::AuditEntry audit = S::auditEntryFromJson(example);
            audit.id = uuid();
            audit.chain = uuid();
            audit.hash = audit.computeHash();
            example = S::toJson(audit);
        } else if (kind.name != QLatin1String("queue_event")) {
            example.insert(QStringLiteral("id"), uuid());
        }
        entries.append(entry(uuid(), QStringLiteral("create"), example, kind.name));
    }
    // The event names the example ticket: the ticket keeps its example id.
    QJsonObject ticket = entries.at(entries.size() - 2).toObject();
    QJsonObject ticketPayload = ticket.value(QLatin1String("payload")).toObject();
    ticketPayload.insert(QStringLiteral("id"), Sportello::Records::RecordKinds::standard()
                                                   .find(QStringLiteral("queue_ticket"))
                                                   ->example()
                                                   .value(QLatin1String("id")));
    ticket.insert(QStringLiteral("payload"), ticketPayload);
    ticket.insert(QStringLiteral("recordId"), ticketPayload.value(QLatin1String("id")));
    entries.replace(entries.size() - 2, ticket);
    const Reply r = m_client->post(QStringLiteral("/api/v1/sync/push"), batch(entries), m_pc1);
    QCOMPARE(r.status, 200);
    QCOMPARE(statuses(r), QStringList(entries.size(), QStringLiteral("applied")));
}

void TestServerProtocol::aRecordMadeAndChangedInOneBatchIsAppliedInOrder()
{
    // A record made and changed in one batch: each entry sees the ones before it.
    const QString grown = uuid();
    const Reply inOne = m_client->post(
        QStringLiteral("/api/v1/sync/push"),
        batch({entry(uuid(), QStringLiteral("create"), citizen(grown, 1, QStringLiteral("Gialli"))),
               entry(uuid(), QStringLiteral("update"), citizen(grown, 2, QStringLiteral("Gialli"))),
               entry(uuid(), QStringLiteral("update"), citizen(grown, 2, QStringLiteral("Giallo")))}),
        m_pc1);
    QCOMPARE(statuses(inOne),
             (QStringList{QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("rejected")}));
    const QJsonObject stale = inOne.json.value(QLatin1String("results")).toArray().at(2).toObject();
    QCOMPARE(stale.value(QLatin1String("reason")).toString(), QStringLiteral("version_conflict"));
    QCOMPARE(stale.value(QLatin1String("currentVersion")).toInt(), 2);
    QSqlDatabase c = peek(QStringLiteral("grown"));
    QVERIFY(c.open());
    {
        QSqlQuery q(c);
        QVERIFY(
            q.exec(QStringLiteral("SELECT version, payload FROM records WHERE record_id = '%1'").arg(grown)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.value(1).toString().contains(QLatin1String("Gialli")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM changes WHERE record_id = '%1'").arg(grown)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    c.close();
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("grown"));
    m_records << grown;
}

QVariant TestServerProtocol::peekValue(const QString &sql)
{
    return m_database.value(sql);
}

void TestServerProtocol::anAccountIsTheComunesAndKeepsItsCreatorAsOwner()
{
    // Made by an administrator at the main office...
    m_account = uuid();
    const Reply made =
        push({entry(uuid(), QStringLiteral("create"), account(m_account, 1, QStringLiteral("mrossi")),
                    QStringLiteral("account"))},
             m_pc1);
    QCOMPARE(statuses(made), QStringList{QStringLiteral("applied")});
    // ...changed at the frazione: any branch of the comune may, and the owner stays the main office.
    const Reply changed =
        push({entry(uuid(), QStringLiteral("update"),
                    account(m_account, 2, QStringLiteral("mrossi"), QStringLiteral("Mario Rossi (frazione)")),
                    QStringLiteral("account"))},
             m_pc2);
    QCOMPARE(statuses(changed), QStringList{QStringLiteral("applied")});
    QCOMPARE(
        peekValue(QStringLiteral("SELECT owner_branch_id FROM records WHERE record_id = '%1'").arg(m_account))
            .toString(),
        m_sede1);
    const QJsonObject stored =
        QJsonDocument::fromJson(
            peekValue(QStringLiteral("SELECT payload FROM records WHERE record_id = '%1'").arg(m_account))
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(stored.value(QLatin1String("ownerBranchId")).toString(), m_sede1);
    QCOMPARE(stored.value(QLatin1String("displayName")).toString(), QStringLiteral("Mario Rossi (frazione)"));
    // The main office goes on from the frazione's version; a create of the same id is not a second account.
    const Reply again =
        push({entry(uuid(), QStringLiteral("update"), account(m_account, 3, QStringLiteral("mrossi")),
                    QStringLiteral("account"))},
             m_pc1);
    QCOMPARE(statuses(again), QStringList{QStringLiteral("applied")});
    const Reply recreate =
        push({entry(uuid(), QStringLiteral("create"), account(m_account, 1, QStringLiteral("mrossi")),
                    QStringLiteral("account"))},
             m_pc2);
    QCOMPARE(reasonOf(recreate), QStringLiteral("already_exists"));
    // Another comune may neither change it nor take its id.
    const qint64 changes = count(QStringLiteral("changes"));
    const Reply foreign =
        push({entry(uuid(), QStringLiteral("update"), account(m_account, 4, QStringLiteral("mrossi")),
                    QStringLiteral("account"))},
             m_pcB);
    QCOMPARE(reasonOf(foreign), QStringLiteral("not_owner"));
    const Reply foreignCreate =
        push({entry(uuid(), QStringLiteral("create"), account(m_account, 1, QStringLiteral("x123")),
                    QStringLiteral("account"))},
             m_pcB);
    QCOMPARE(reasonOf(foreignCreate), QStringLiteral("not_owner"));
    QCOMPARE(count(QStringLiteral("changes")), changes);
    // The frazione pulls it with its owner.
    const Reply pulled =
        m_client->get(QStringLiteral("/api/v1/sync/pull?after=%1").arg(latestCursor(m_pc2) - 1), m_pc2);
    const QJsonObject last = pulled.json.value(QLatin1String("changes")).toArray().last().toObject();
    QCOMPARE(last.value(QLatin1String("entity")).toString(), QStringLiteral("account"));
    QCOMPARE(last.value(QLatin1String("payload")).toObject().value(QLatin1String("version")).toInt(), 3);
    QCOMPARE(last.value(QLatin1String("payload")).toObject().value(QLatin1String("ownerBranchId")).toString(),
             m_sede1);
}

void TestServerProtocol::aUsernameIsUniqueInItsComune()
{
    const auto create = [](const QString &id, const QString &username) {
        return entry(uuid(), QStringLiteral("create"), account(id, 1, username), QStringLiteral("account"));
    };
    // In one batch: the second of two with the same name is refused.
    const QString first = uuid();
    const QString second = uuid();
    const Reply one =
        push({create(first, QStringLiteral("lbianchi")), create(second, QStringLiteral("lbianchi"))}, m_pc1);
    QCOMPARE(statuses(one), (QStringList{QStringLiteral("applied"), QStringLiteral("rejected")}));
    QCOMPARE(reasonOf(one, 1), QStringLiteral("username_taken"));
    QVERIFY(!one.json.value(QLatin1String("results"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
    // In a later batch, from another branch, and by an update of another account.
    const Reply later = push({create(second, QStringLiteral("lbianchi"))}, m_pc2);
    QCOMPARE(reasonOf(later), QStringLiteral("username_taken"));
    const Reply renamed =
        push({entry(uuid(), QStringLiteral("update"), account(m_account, 4, QStringLiteral("lbianchi")),
                    QStringLiteral("account"))},
             m_pc1);
    QCOMPARE(reasonOf(renamed), QStringLiteral("username_taken"));
    // Another comune has names of its own.
    const Reply milano = push({create(uuid(), QStringLiteral("lbianchi"))}, m_pcB);
    QCOMPARE(statuses(milano), QStringList{QStringLiteral("applied")});
    // A renamed account frees its old name, within the batch too.
    const Reply swap = push({entry(uuid(), QStringLiteral("update"),
                                   account(first, 2, QStringLiteral("lbianchi2")), QStringLiteral("account")),
                             create(second, QStringLiteral("lbianchi"))},
                            m_pc1);
    QCOMPARE(statuses(swap), QStringList(2, QStringLiteral("applied")));
    QCOMPARE(peekValue(QStringLiteral("SELECT account_id FROM account_usernames WHERE tenant_id = '%1' "
                                      "AND username = 'lbianchi'")
                           .arg(m_tenantA))
                 .toString(),
             second);
    QCOMPARE(
        peekValue(QStringLiteral("SELECT username FROM account_usernames WHERE account_id = '%1'").arg(first))
            .toString(),
        QStringLiteral("lbianchi2"));
    QCOMPARE(reasonOf(push({create(uuid(), QStringLiteral("lbianchi2"))}, m_pc2)),
             QStringLiteral("username_taken"));
}

void TestServerProtocol::aMalformedAccountIsInvalid()
{
    const qint64 changes = count(QStringLiteral("changes"));
    const QJsonObject good = account(uuid(), 1, QStringLiteral("gverdi"));
    const QList<std::pair<const char *, QJsonObject>> cases{
        {"unknown role", with(good, QStringLiteral("role"), QStringLiteral("capo"))},
        {"no role", with(good, QStringLiteral("role"), QJsonValue())},
        {"plain password", with(good, QStringLiteral("passwordHash"), QStringLiteral("una-password-lunga"))},
        {"bcrypt hash", with(good, QStringLiteral("passwordHash"),
                             QStringLiteral("$2b$12$abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ01234"))},
        {"oversized hash",
         with(good, QStringLiteral("passwordHash"), QStringLiteral("$argon2id$") + QString(200, u'a'))},
        {"oversized name", with(good, QStringLiteral("displayName"), QString(101, u'x'))},
        {"no name", with(good, QStringLiteral("displayName"), QStringLiteral("  "))},
        {"oversized username", with(good, QStringLiteral("username"), QString(41, u'a'))},
        {"username with spaces", with(good, QStringLiteral("username"), QStringLiteral("Mario Rossi"))},
        {"active as text", with(good, QStringLiteral("active"), QStringLiteral("yes"))},
        {"username as number", with(good, QStringLiteral("username"), 12345)},
    };
    for (const auto &[name, payload] : cases) {
        const Reply r =
            push({entry(uuid(), QStringLiteral("create"), payload, QStringLiteral("account"))}, m_pc1);
        QVERIFY2(r.status == 200, name);
        QVERIFY2(reasonOf(r) == QLatin1String("invalid_record"), name);
        QVERIFY2(!messageEnOf(r).isEmpty(), name);
    }
    QCOMPARE(count(QStringLiteral("changes")), changes);
    QCOMPARE(
        statuses(push({entry(uuid(), QStringLiteral("create"), good, QStringLiteral("account"))}, m_pc1)),
        QStringList{QStringLiteral("applied")});
}

void TestServerProtocol::anAuditChainIsAppliedInOrderAcrossBatches()
{
    m_chain = uuid();
    m_chainEntries = auditChain(m_chain, 1, S::genesisHash, 5);
    const QJsonArray firstBatch = auditCreates(m_chainEntries.mid(0, 3));
    const Reply first = push(firstBatch, m_pc1);
    QCOMPARE(statuses(first), QStringList(3, QStringLiteral("applied")));
    const Reply second = push(auditCreates(m_chainEntries.mid(3)), m_pc1);
    QCOMPARE(statuses(second), QStringList(2, QStringLiteral("applied")));
    QCOMPARE(peekValue(QStringLiteral("SELECT last_seq FROM audit_chains WHERE chain_id = '%1'").arg(m_chain))
                 .toInt(),
             5);
    QCOMPARE(
        peekValue(QStringLiteral("SELECT last_hash FROM audit_chains WHERE chain_id = '%1'").arg(m_chain))
            .toString(),
        m_chainEntries.last().hash);
    // A batch sent again (its answer was lost) is all duplicates, not a broken chain.
    const qint64 changes = count(QStringLiteral("changes"));
    QCOMPARE(statuses(push(firstBatch, m_pc1)), QStringList(3, QStringLiteral("duplicate")));
    QCOMPARE(count(QStringLiteral("changes")), changes);
    // The same entry under a new operation id is not applied twice.
    QCOMPARE(reasonOf(push(auditCreates(m_chainEntries.mid(4)), m_pc1)), QStringLiteral("already_exists"));
    // The frazione sees the entries, owned by the main office, as they were hashed.
    const Reply pulled =
        m_client->get(QStringLiteral("/api/v1/sync/pull?after=%1").arg(latestCursor(m_pc2) - 5), m_pc2);
    const QJsonArray pulledChanges = pulled.json.value(QLatin1String("changes")).toArray();
    QCOMPARE(pulledChanges.size(), 5);
    const QJsonObject payload = pulledChanges.first().toObject().value(QLatin1String("payload")).toObject();
    QCOMPARE(payload.value(QLatin1String("ownerBranchId")).toString(), m_sede1);
    QVERIFY(S::auditEntryProblem(payload).isEmpty());
}

void TestServerProtocol::aBrokenAuditChainIsRefusedWithWhatFollows()
{
    const qint64 changes = count(QStringLiteral("changes"));
    const QString last = m_chainEntries.last().hash;
    const QStringList bothRefused(2, QStringLiteral("rejected"));
    // A gap: 6 is missing.
    const Reply gap = push(auditCreates(auditChain(m_chain, 7, QString(64, u'a'), 2)), m_pc1);
    QCOMPARE(statuses(gap), bothRefused);
    QCOMPARE(reasonOf(gap, 0), QStringLiteral("broken_chain"));
    QCOMPARE(reasonOf(gap, 1), QStringLiteral("broken_chain"));
    QVERIFY(messageEnOf(gap).contains(QLatin1String("chain")));
    // The right number after the wrong hash, and the entry built on it.
    const Reply wrongPrev = push(auditCreates(auditChain(m_chain, 6, QString(64, u'b'), 2)), m_pc1);
    QCOMPARE(statuses(wrongPrev), bothRefused);
    QCOMPARE(reasonOf(wrongPrev, 1), QStringLiteral("broken_chain"));
    // A new chain that does not start at 1: its beginning was cut off.
    const Reply cut = push(auditCreates(auditChain(uuid(), 2, QString(64, u'c'), 2)), m_pc1);
    QCOMPARE(statuses(cut), bothRefused);
    QCOMPARE(reasonOf(cut, 0), QStringLiteral("broken_chain"));
    QCOMPARE(count(QStringLiteral("changes")), changes);
    // In one batch: the right 6 is applied, 8 after it is not, and the head stays at 6.
    const QList<S::AuditEntry> next = auditChain(m_chain, 6, last, 3);
    const Reply mixed = push({auditCreate(S::toJson(next.at(0))), auditCreate(S::toJson(next.at(2)))}, m_pc1);
    QCOMPARE(statuses(mixed), (QStringList{QStringLiteral("applied"), QStringLiteral("rejected")}));
    QCOMPARE(reasonOf(mixed, 1), QStringLiteral("broken_chain"));
    QCOMPARE(peekValue(QStringLiteral("SELECT last_seq FROM audit_chains WHERE chain_id = '%1'").arg(m_chain))
                 .toInt(),
             6);
    // The missing 7 arrives: the chain goes on.
    QCOMPARE(statuses(push(auditCreates(next.mid(1)), m_pc1)), QStringList(2, QStringLiteral("applied")));
    m_chainEntries << next;
}

void TestServerProtocol::aTamperedAuditEntryIsInvalid()
{
    const S::AuditEntry honest = auditChain(m_chain, 9, m_chainEntries.last().hash, 1).first();
    const QJsonObject original = S::toJson(honest);
    // Content changed, hash left as it was.
    for (const QJsonObject &tampered : {with(original, QStringLiteral("username"), QStringLiteral("altro")),
                                        with(original, QStringLiteral("action"), S::AuditAction::logout),
                                        with(original, QStringLiteral("details"),
                                             QJsonObject{{QStringLiteral("note"), QStringLiteral("x")}}),
                                        with(original, QStringLiteral("chainSeq"), 10)}) {
        const Reply r = push({auditCreate(tampered)}, m_pc1);
        QCOMPARE(reasonOf(r), QStringLiteral("invalid_record"));
    }
    QCOMPARE(statuses(push({auditCreate(original)}, m_pc1)), QStringList{QStringLiteral("applied")});
    m_chainEntries << honest;
}

void TestServerProtocol::anAuditEntryIsNeverUpdated()
{
    const qint64 changes = count(QStringLiteral("changes"));
    QJsonObject changed = with(S::toJson(m_chainEntries.first()), QStringLiteral("version"), 2);
    const Reply r =
        push({entry(uuid(), QStringLiteral("update"), changed, QStringLiteral("audit_entry"))}, m_pc1);
    QCOMPARE(statuses(r), QStringList{QStringLiteral("rejected")});
    QCOMPARE(reasonOf(r), QStringLiteral("insert_only"));
    QVERIFY(!r.json.value(QLatin1String("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(count(QStringLiteral("changes")), changes);
}

void TestServerProtocol::anotherComuneCannotWriteIntoAChain()
{
    const qint64 changes = count(QStringLiteral("changes"));
    // Milano sends the right next entry of Roma's chain, and a fresh start of it.
    const QList<S::AuditEntry> next = auditChain(m_chain, 10, m_chainEntries.last().hash, 1);
    const Reply r = push(auditCreates(next), m_pcB);
    QCOMPARE(reasonOf(r), QStringLiteral("broken_chain"));
    const Reply restart = push(auditCreates(auditChain(m_chain, 1, S::genesisHash, 1)), m_pcB);
    QCOMPARE(reasonOf(restart), QStringLiteral("broken_chain"));
    QCOMPARE(count(QStringLiteral("changes")), changes);
    // Roma's chain is untouched: its PC goes on.
    QCOMPARE(statuses(push(auditCreates(next), m_pc1)), QStringList{QStringLiteral("applied")});
    m_chainEntries << next;
    // Milano's own chain is its own.
    QCOMPARE(statuses(push(auditCreates(auditChain(uuid(), 1, S::genesisHash, 2)), m_pcB)),
             QStringList(2, QStringLiteral("applied")));
}

void TestServerProtocol::hostileAuditEntriesAreRefused()
{
    const qint64 changes = count(QStringLiteral("changes"));
    S::AuditEntry big = auditChain(m_chain, 11, m_chainEntries.last().hash, 1).first();
    for (int i = 0; i < 4000; ++i)
        big.details.insert(QStringLiteral("k%1").arg(i), QString(100, u'x'));
    big.hash = big.computeHash(); // a correct hash over a huge object: still refused for its size
    const QJsonObject next = S::toJson(auditChain(m_chain, 11, m_chainEntries.last().hash, 1).first());
    const QList<std::pair<const char *, QJsonObject>> cases{
        {"huge details", S::toJson(big)},
        {"fractional chainSeq", with(next, QStringLiteral("chainSeq"), 11.5)},
        {"chainSeq 1e300", with(next, QStringLiteral("chainSeq"), 1e300)},
        {"negative chainSeq", with(next, QStringLiteral("chainSeq"), -11)},
        {"chainSeq as text", with(next, QStringLiteral("chainSeq"), QStringLiteral("11"))},
        {"details not an object", with(next, QStringLiteral("details"), QJsonArray{1, 2})},
        {"chain not a UUID",
         with(next, QStringLiteral("chain"), QStringLiteral("'; DROP TABLE audit_chains; --"))},
        {"long username", with(next, QStringLiteral("username"), QString(5000, u'u'))},
    };
    for (const auto &[name, payload] : cases) {
        const Reply r = push({auditCreate(payload)}, m_pc1);
        QVERIFY2(r.status == 200, name);
        QVERIFY2(reasonOf(r) == QLatin1String("invalid_record"), name);
    }
    QVERIFY(messageEnOf(push({auditCreate(with(next, QStringLiteral("chainSeq"), 1e300))}, m_pc1))
                .contains(QLatin1String("chainSeq")));
    QCOMPARE(count(QStringLiteral("changes")), changes);
    // None of it moved the chain: the honest entry 11 follows.
    QCOMPARE(statuses(push({auditCreate(next)}, m_pc1)), QStringList{QStringLiteral("applied")});
}

void TestServerProtocol::theLogNeverShowsATokenAndTheServerStillAnswers()
{
    QCOMPARE(m_client->get(QStringLiteral("/api/v1/health")).status, 200);
    const QByteArray log = m_server.process().readAllStandardError();
    QVERIFY(log.contains("path=/api/v1/sync/push status=200"));
    QVERIFY(log.contains("status=401"));
    QVERIFY(log.contains("status=413"));
    QVERIFY(log.contains("device=" + m_pc1Id.toLatin1()));
    for (const QByteArray &token : std::as_const(m_tokens))
        QVERIFY(!log.contains(token));
}

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_serverprotocol.moc"
