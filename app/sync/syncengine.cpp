// SPDX-License-Identifier: EUPL-1.2
#include "sync/syncengine.h"

#include "domain/clock.h"
#include "domain/logcategories.h"
#include "records/recordkind.h"
#include "security/secretstore.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/syncstore.h"
#include "storage/transaction.h"
#include "sync/protocol.h"
#include "sync/reasons.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace Sportello::Sync {
namespace P = Protocol;
using Storage::SyncStore;

namespace {
const QString &versionConflict = Reasons::Code::versionConflict;
// A batch answered 500 this many times in a row is split (see narrowBatch).
constexpr int serverErrorsBeforeSplit = 3;

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// Worth another try later: no answer, a busy or failing server, or an answer cut off on the way.
bool isTransient(QNetworkReply *reply)
{
    const int status = httpStatus(reply);
    return status == 0 || status == 429 || status >= 500 ||
           (status == 200 && reply->error() != QNetworkReply::NoError);
}
} // namespace

SyncEngine::SyncEngine(Storage::Database &database, Security::SecretStore &secrets, SyncOptions options)
    : m_database(database)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
    qRegisterMetaType<SyncStatus>();
    m_options.maxBatch = std::clamp(m_options.maxBatch, 1, P::maxPushEntries);
    m_options.pullPageSize = std::clamp(m_options.pullPageSize, 1, P::maxPullLimit);
    m_batchLimit = m_options.maxBatch;
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (m_thread)
        return;
    Q_ASSERT(!parent());
    m_ownerThread = thread();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sportello-sync"));
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, &SyncEngine::begin, Qt::QueuedConnection);
}

void SyncEngine::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(this, &SyncEngine::end, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SyncEngine::begin()
{
    m_stopping = false;
    m_network = new QNetworkAccessManager(this);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    try {
        // 16 MiB instead of SQLite's 2 MB on this thread's connection: a pulled page is applied in
        // one transaction, and with the default cache it spills dirty pages before its commit. Set
        // here, not in Database: the server's SQLite backend opens its connections there too.
        Storage::Sql::exec(m_database.connection(), QStringLiteral("PRAGMA cache_size = -16384"));
        m_status.lastSuccess = SyncStore(m_database).identity().lastSuccessAt;
    } catch (const Storage::StorageError &error) {
        qCWarning(lcSyncEngine) << "cannot read the sync state:" << error.detail();
    }
    syncNow();
}

void SyncEngine::end()
{
    m_stopping = true;
    if (m_inFlight)
        m_inFlight->abort();
    if (m_watch)
        m_watch->abort();
    delete m_network; // deletes its replies
    m_network = nullptr;
    delete m_retryTimer;
    m_retryTimer = nullptr;
    delete m_pollTimer;
    m_pollTimer = nullptr;
    m_busy = false;
    m_database.closeThreadConnection();
    // Back to the thread that owns the engine, so that it can be deleted (or started again) there.
    moveToThread(m_ownerThread);
}

std::chrono::milliseconds SyncEngine::retryDelay(int failures) const
{
    const double draw = m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
    return m_options.backoff.delay(failures, draw);
}

QDateTime SyncEngine::now() const
{
    return Clock::nowUtc();
}

void SyncEngine::syncNow()
{
    if (m_stopping || !m_network)
        return;
    if (m_busy) {
        m_again = true; // one more round when this one ends: the new writes may have missed it
        return;
    }
    startRound();
}

bool SyncEngine::loadToken()
{
    if (!m_token.isEmpty())
        return true;
    const Security::SecretResult secret = m_secrets.read(m_options.tokenKey, m_options.secretTimeoutMs);
    if (secret.ok() && !secret.value.isEmpty()) {
        m_token = secret.value;
        return true;
    }
    if (secret.status == Security::SecretResult::Status::NotFound || secret.ok())
        needsEnrolment(tr("This computer has no sync credentials: enrol it again with a new code."));
    else
        failed(secret.message, true);
    return false;
}

void SyncEngine::startRound()
{
    m_retryTimer->stop();
    m_pollTimer->stop();
    try {
        const Storage::SyncIdentity identity = SyncStore(m_database).identity();
        if (!identity.enrolled()) {
            needsEnrolment(tr("This computer is not enrolled with the central service yet."));
            return;
        }
        m_server = QUrl(identity.serverUrl);
        m_authorities = QSslCertificate::fromData(identity.caCertificates, QSsl::Pem);
    } catch (const Storage::StorageError &error) {
        failed(error.message(), true);
        return;
    }
    if (!loadToken())
        return;
    m_busy = true;
    m_status.state = SyncState::Syncing;
    publish();
    pushNext();
}

QNetworkRequest SyncEngine::request(const QUrl &url, std::chrono::milliseconds timeout) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(int(std::max(timeout, m_options.requestTimeout).count()));
    if (!m_authorities.isEmpty()) {
        // Added to the system's authorities, never instead of the certificate check.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_authorities);
        request.setSslConfiguration(tls);
    }
    return request;
}

QNetworkReply *SyncEngine::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                                std::chrono::milliseconds timeout)
{
    QNetworkRequest request =
        this->request(QUrl(m_server.toString(QUrl::StripTrailingSlash) + path), timeout);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    return verb == "GET" ? m_network->get(request) : m_network->post(request, body);
}

QString SyncEngine::replyMessage(QNetworkReply *reply, const QByteArray &body)
{
    if (const auto reason = P::parseErrorBody(body))
        return reason->message; // the server's Italian words, written for staff
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return tr("The certificate of the central service is not trusted (%1). Ask the administrator for "
                  "the comune's certificate file and connect again.")
            .arg(reply->errorString());
    if (httpStatus(reply) == 0)
        return tr("The central service cannot be reached (%1).").arg(reply->errorString());
    return tr("The central service answered with an error (HTTP %1).").arg(httpStatus(reply));
}

// An entry whose operation this version does not know (a newer program's, or a damaged row) is
// never guessed at and pushed as something else: it is parked for staff. False when that failed
// (the round has then ended with the error).
bool SyncEngine::parkUnknownOperations(const QList<Storage::ChangeEntry> &batch)
{
    for (const Storage::ChangeEntry &entry : batch) {
        if (entry.operation)
            continue;
        qCWarning(lcSyncEngine) << "outbox entry" << entry.seq << "names no known operation: parked";
        try {
            SyncStore(m_database)
                .park(entry.seq, Reasons::Code::unknownOperation,
                      tr("This change names an operation this version of Sportello does not "
                         "know: it was not sent."),
                      now());
        } catch (const Storage::StorageError &error) {
            failed(error.message(), true);
            return false;
        }
    }
    return true;
}

void SyncEngine::pushNext()
{
    QList<Storage::ChangeEntry> batch;
    // Entries parked for an unknown operation leave the outbox: read it again until a batch has
    // something to send, or nothing is left.
    while (batch.isEmpty()) {
        try {
            batch = SyncStore(m_database).pendingBatch(m_batchLimit);
        } catch (const Storage::StorageError &error) {
            failed(error.message(), true);
            return;
        }
        if (batch.isEmpty()) {
            pullNext();
            return;
        }
        if (!parkUnknownOperations(batch))
            return;
        batch.removeIf([](const Storage::ChangeEntry &entry) { return !entry.operation; });
    }
    P::PushRequest request;
    m_batchSeqs.clear();
    for (const Storage::ChangeEntry &entry : batch) {
        P::PushEntry e;
        e.operationId = entry.operationId;
        e.entity = entry.entity;
        e.recordId = entry.recordId;
        e.operation = *entry.operation;
        e.payload = entry.payload;
        e.payload.remove(QStringLiteral("changed")); // local audit detail; the server knows no such field
        e.createdAt = entry.createdAt;
        request.entries << e;
        m_batchSeqs << entry.seq;
    }
    const QByteArray body = P::compact(P::toJson(request));
    if (body.size() > P::maxBodyBytes) {
        // Split before sending: the server would refuse it unread (413), and a client still
        // uploading may see that only as a broken connection.
        narrowBatch(QStringLiteral("body_too_large"),
                    tr("This change is larger than the central service accepts (%1 bytes at most).")
                        .arg(P::maxBodyBytes),
                    true);
        return;
    }
    qCDebug(lcSyncEngine) << "push" << batch.size() << "entries from seq" << batch.constFirst().seq;
    QNetworkReply *reply = send("POST", QStringLiteral("/api/v1/sync/push"), body);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPushReply(reply); });
}

void SyncEngine::onPushReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_stopping)
        return;
    const int status = httpStatus(reply);
    const QByteArray body = reply->readAll();
    qCDebug(lcSyncEngine) << "push answered" << status;
    // The same batch failing on the server again and again (500, not an unreachable 502-504) may
    // hold one entry that the server cannot store: after a few tries the batch is split.
    m_batchServerErrors = status == 500 ? m_batchServerErrors + 1 : 0;
    if (status == 500 && m_batchServerErrors >= serverErrorsBeforeSplit) {
        m_batchServerErrors = 0;
        narrowBatch(Reasons::Code::serverError, replyMessage(reply, body), false);
    } else if (isTransient(reply)) {
        transientFailure(replyMessage(reply, body));
    } else if (status == 401) {
        needsEnrolment(replyMessage(reply, body));
    } else if (status == 413) {
        narrowBatch(QStringLiteral("body_too_large"), replyMessage(reply, body), true);
    } else if (status == 400) {
        // A bug on one side or the other, perhaps in one entry only: that one is parked, the rest
        // of the outbox moves on.
        const auto reason = P::parseErrorBody(body);
        narrowBatch(reason ? reason->code : QStringLiteral("invalid_request"), replyMessage(reply, body),
                    true);
    } else if (status == 200) {
        if (applyPushResults(body))
            pushNext();
    } else {
        failed(replyMessage(reply, body), true);
    }
}

// Halves the batch and sends again, down to the one entry that fails, which is parked for staff
// (no split helps it). The rest of the outbox goes on, nothing is dropped.
void SyncEngine::narrowBatch(const QString &reason, const QString &message, bool sendAtOnce)
{
    if (m_batchSeqs.size() <= 1) {
        parkBatch(reason, message);
        return;
    }
    m_batchLimit = std::max(1, int(m_batchSeqs.size() / 2));
    qCInfo(lcSyncEngine) << "push refused (" << reason << "): trying" << m_batchLimit << "entries";
    if (sendAtOnce)
        pushNext();
    else
        transientFailure(message); // the server is failing: after the backoff, not at once
}

void SyncEngine::parkBatch(const QString &reason, const QString &message)
{
    try {
        SyncStore store(m_database);
        Storage::Transaction transaction(m_database);
        for (const qint64 seq : std::as_const(m_batchSeqs))
            store.park(seq, reason, message, now());
        transaction.commit();
    } catch (const Storage::StorageError &error) {
        failed(error.message(), true);
        return;
    }
    qCWarning(lcSyncEngine) << "parked" << m_batchSeqs.size() << "entries:" << reason;
    pushNext();
}

bool SyncEngine::applyPushResults(const QByteArray &body)
{
    const P::ParseResult<P::PushResponse> parsed = P::parsePushResponse(body);
    const auto *response = std::get_if<P::PushResponse>(&parsed);
    if (!response || response->results.size() != m_batchSeqs.size()) {
        failed(tr("The central service sent an answer this program does not understand."), true);
        return false;
    }
    try {
        SyncStore store(m_database);
        const QDateTime at = now();
        Storage::Transaction transaction(m_database, Storage::ChangeNotifier::Origin::CentralCopy);
        // Read inside the transaction: the outbox as it is now, in the batch order. Seq and operation
        // id are enough to check the answer; only rejected entries are read whole, below.
        const auto outOfOrder = [] {
            return Storage::StorageError(
                Storage::StorageError::Kind::Sql,
                tr("The central service sent an answer this program does not understand."),
                QStringLiteral("push result out of order"));
        };
        const QList<SyncStore::PendingId> pending = store.pendingIds(m_batchSeqs);
        for (qsizetype i = 0; i < m_batchSeqs.size(); ++i) {
            if (i >= pending.size() || pending.at(i).seq != m_batchSeqs.at(i) ||
                pending.at(i).operationId != response->results.at(i).operationId)
                throw outOfOrder();
        }
        QList<qint64> sent;
        sent.reserve(m_batchSeqs.size());
        for (qsizetype i = 0; i < m_batchSeqs.size(); ++i) {
            const P::PushResult &result = response->results.at(i);
            if (result.status != P::PushStatus::Rejected) {
                sent << m_batchSeqs.at(i);
                continue;
            }
            // Each batch holds one entry per record, so what is done for one rejected entry below
            // touches no other entry of the batch: reading it now reads it as it was at the start.
            const std::optional<Storage::ChangeEntry> found = store.entry(m_batchSeqs.at(i));
            if (!found)
                throw outOfOrder();
            const Storage::ChangeEntry &entry = *found;
            qCInfo(lcSyncEngine) << "entry" << entry.seq << "rejected:" << result.reason.code;
            store.park(entry.seq, result.reason.code, result.reason.message, at);
            // Kept parked, but not put before staff when the entity says the refusal loses nothing.
            if (const Records::RecordKind *kind = Records::RecordKinds::standard().find(entry.entity);
                kind && kind->refused && kind->refused(m_database, entry.recordId, result.reason.code)) {
                store.markParkedReviewed(entry.seq, at);
                transaction.noteChange(entry.entity); // its record shows the central service's word now
            }
            if (result.reason.code != versionConflict)
                continue;
            // Later edits of the same record build on the version that lost: they lose too.
            const QList<Storage::ChangeEntry> later = store.parkLaterEntries(
                entry.entity, entry.recordId, entry.seq, result.reason.code, result.reason.message, at);
            QJsonObject losing = later.isEmpty() ? entry.payload : later.constLast().payload;
            losing.remove(QStringLiteral("changed"));
            store.recordConflict({0,
                                  entry.entity,
                                  entry.recordId,
                                  versionConflict,
                                  losing.value(QStringLiteral("version")).toInt(),
                                  losing,
                                  result.currentVersion,
                                  {},
                                  at,
                                  {}});
            // A pulled version was held back for this record: now nothing is pending, it wins.
            if (const auto held = store.heldWinner(entry.entity, entry.recordId);
                held && held->winningVersion >= result.currentVersion &&
                !store.hasPending(entry.entity, entry.recordId))
                applyChange(entry.entity, entry.recordId, held->winningPayload);
        }
        store.markSent(sent, at);
        settleHeldWinners(store, sent);
        transaction.commit();
    } catch (const Storage::StorageError &error) {
        qCWarning(lcSyncEngine) << "cannot record the push results:" << error.detail();
        failed(error.message(), true);
        return false;
    }
    return true;
}

// A version pulled while our edit of the record waited for its answer was held back as a possible
// conflict. Our edit was accepted, so it did not lose: a held version newer than it was made on top
// of it (the long poll brought it before our answer came). Apply it, and forget the false conflict.
void SyncEngine::settleHeldWinners(SyncStore &store, const QList<qint64> &accepted)
{
    if (accepted.isEmpty() || !store.hasHeldWinners())
        return;
    for (const qint64 seq : accepted) {
        const std::optional<Storage::ChangeEntry> entry = store.entry(seq);
        if (!entry)
            continue;
        const int sentVersion = entry->payload.value(QStringLiteral("version")).toInt();
        const std::optional<Storage::SyncConflict> held = store.heldWinner(entry->entity, entry->recordId);
        if (!held || held->winningVersion <= sentVersion || store.hasPending(entry->entity, entry->recordId))
            continue;
        applyChange(entry->entity, entry->recordId, held->winningPayload);
        if (held->losingVersion == sentVersion)
            store.removeConflict(held->id);
    }
}

// A pull page after the stored cursor; held by the server up to waitSeconds when there is nothing.
QNetworkReply *SyncEngine::sendPull(int waitSeconds)
{
    const qint64 cursor = SyncStore(m_database).identity().pullCursor;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(cursor));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pullPageSize));
    if (waitSeconds > 0)
        query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    // The server is silent for up to the wait on purpose: that is not a stalled transfer.
    return send("GET", QStringLiteral("/api/v1/sync/pull?") + query.toString(), {},
                m_options.requestTimeout + std::chrono::seconds(waitSeconds));
}

void SyncEngine::pullNext()
{
    QNetworkReply *reply = nullptr;
    try {
        reply = sendPull(0);
    } catch (const Storage::StorageError &error) {
        failed(error.message(), true);
        return;
    }
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPullReply(reply); });
}

// The long poll: one pull held open beside the rounds while online, so that what another PC pushes
// arrives within moments instead of at the next round.
void SyncEngine::startWatch()
{
    if (m_stopping || !m_network || m_watch || m_options.longPollWait.count() <= 0 || m_token.isEmpty())
        return;
    try {
        m_watch = sendPull(int(m_options.longPollWait.count()));
    } catch (const Storage::StorageError &error) {
        qCWarning(lcSyncEngine) << "cannot start the long poll:" << error.detail();
        return;
    }
    QNetworkReply *reply = m_watch;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onWatchReply(reply); });
}

void SyncEngine::onWatchReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_watch = nullptr;
    if (m_stopping)
        return;
    const int status = httpStatus(reply);
    const QByteArray body = reply->readAll();
    if (status == 401) {
        needsEnrolment(replyMessage(reply, body));
        return;
    }
    bool more = false;
    QString error;
    if (status != 200 || !applyPullPage(body, &more, &error)) {
        // Rounds own the error states; the watch waits a little and hands over to one.
        ++m_watchFailures;
        m_pollTimer->start(retryDelay(m_watchFailures));
        qCDebug(lcSyncEngine) << "long poll answered" << status << error << "- a round follows";
        return;
    }
    m_watchFailures = 0;
    publish();
    if (more)
        syncNow(); // a round pulls the rest page by page; the watch starts again when it ends
    else
        startWatch();
}

void SyncEngine::onPullReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_stopping)
        return;
    const int status = httpStatus(reply);
    const QByteArray body = reply->readAll();
    if (isTransient(reply)) {
        transientFailure(replyMessage(reply, body));
    } else if (status == 401) {
        needsEnrolment(replyMessage(reply, body));
    } else if (status != 200) {
        failed(replyMessage(reply, body), true);
    } else {
        bool more = false;
        QString error;
        if (!applyPullPage(body, &more, &error)) {
            failed(error, true);
            return;
        }
        if (more)
            pullNext();
        else
            roundSucceeded();
    }
}

// Rounds and the long poll both pull: a page that ends at or before the stored cursor (the other
// one got there first) is already applied, and the cursor never moves back.
bool SyncEngine::applyPullPage(const QByteArray &body, bool *more, QString *error)
{
    const P::ParseResult<P::PullResponse> parsed = P::parsePullResponse(body);
    const auto *page = std::get_if<P::PullResponse>(&parsed);
    if (!page) {
        *error = tr("The central service sent an answer this program does not understand.");
        return false;
    }
    try {
        SyncStore store(m_database);
        Storage::Transaction transaction(m_database, Storage::ChangeNotifier::Origin::CentralCopy);
        const Storage::SyncIdentity identity = store.identity();
        if (page->next > identity.pullCursor) {
            QSet<QString> absent = absentRecords(page->changes);
            for (const P::PullChange &change : page->changes) {
                // Only the first change of a record may rely on it: that one may insert the record.
                const bool knownAbsent = absent.remove(change.entity + QLatin1Char('/') + change.recordId);
                applyChange(change.entity, change.recordId, change.payload,
                            change.originDevice == identity.deviceId, knownAbsent);
            }
            store.setPullCursor(page->next);
        }
        transaction.commit();
    } catch (const Storage::StorageError &storageError) {
        qCWarning(lcSyncEngine) << "cannot apply a pulled page:" << storageError.detail();
        *error = storageError.message();
        return false;
    }
    qCDebug(lcSyncEngine) << "pulled" << page->changes.size() << "changes up to" << page->next;
    if (!page->changes.isEmpty())
        emit changesPulled(int(page->changes.size()));
    *more = page->more && !page->changes.isEmpty();
    return true;
}

// The records of a pulled page that this PC does not hold ("entity/id"), one read per entity: a PC
// catching up then needs no look-up per new record.
QSet<QString> SyncEngine::absentRecords(const QList<Protocol::PullChange> &changes) const
{
    QHash<QString, QStringList> ids;
    for (const P::PullChange &change : changes)
        ids[change.entity] << change.recordId;
    QSet<QString> absent;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const Records::RecordKind *kind = Records::RecordKinds::standard().find(it.key());
        if (!kind || !kind->existing)
            continue;
        const QSet<QString> existing = kind->existing(m_database, it.value());
        for (const QString &id : it.value()) {
            if (!existing.contains(id))
                absent.insert(it.key() + QLatin1Char('/') + id);
        }
    }
    return absent;
}

// One pulled record, inside the page's transaction. Every synced entity plugs in here.
void SyncEngine::applyChange(const QString &entity, const QString &recordId, const QJsonObject &payload,
                             bool fromThisPc, bool knownAbsent)
{
    const Records::RecordKind *kind = Records::RecordKinds::standard().find(entity);
    if (!kind) {
        qCWarning(lcSyncEngine) << "pulled a change of an entity this version does not know:" << entity;
        return;
    }
    // Whatever it decides, the views of this kind look again once the transaction commits.
    if (Storage::Transaction *transaction = Storage::Transaction::current())
        transaction->noteChange(entity);
    SyncStore store(m_database);
    const int remoteVersion = payload.value(QStringLiteral("version")).toInt();
    const std::optional<Records::LocalRecord> local =
        knownAbsent ? std::nullopt : kind->find(m_database, recordId);
    if (local) {
        if (store.hasPending(entity, recordId)) {
            // Our own push, back through the long poll before its answer arrived: the row here is
            // that version or a later edit of ours. Not a conflict; the push's answer settles it.
            if (fromThisPc)
                return;
            // Local changes wait to be pushed: they are not overwritten. If the server is at least
            // as far, they will lose; keep the server's version to apply once they are settled.
            if (remoteVersion >= local->version)
                store.recordConflict({0,
                                      entity,
                                      recordId,
                                      versionConflict,
                                      local->version,
                                      local->payload,
                                      remoteVersion,
                                      payload,
                                      now(),
                                      {}});
            return;
        }
        // The echo of our own push: this PC already holds exactly this version. Only an exact match
        // is skipped: the server may have changed the record (the owner branch of a record created
        // before enrolment), and then it is written like any other.
        if (fromThisPc && local->version == remoteVersion && local->payload == payload)
            return;
        if (local->version > remoteVersion) {
            const std::optional<int> lostTo = store.lostTo(entity, recordId, local->version);
            if (!lostTo || remoteVersion < *lostTo)
                return; // old news
        }
    }
    // The row was just read: the entity need not look it up again.
    const std::optional<int> storedVersion = local ? std::optional<int>(local->version) : std::nullopt;
    if (const QString clash = kind->apply(m_database, payload, storedVersion); !clash.isEmpty())
        store.recordConflict({0, entity, recordId, clash, remoteVersion, payload, 0, {}, now(), {}});
}

void SyncEngine::roundSucceeded()
{
    m_busy = false;
    m_failures = 0;
    m_batchLimit = m_options.maxBatch;
    // A round asked for meanwhile starts next: until it ends the PC is not idle, and saying so
    // would let a reader take this round's end for that one's.
    m_status.state = m_again ? SyncState::Syncing : SyncState::Idle;
    m_status.message.clear();
    m_status.offlineSince = {};
    m_status.nextRetry = {};
    m_status.lastSuccess = now();
    try {
        SyncStore(m_database).setLastSuccess(m_status.lastSuccess);
    } catch (const Storage::StorageError &error) {
        qCWarning(lcSyncEngine) << "cannot record the last success:" << error.detail();
    }
    publish();
    emit roundFinished();
    if (m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
    } else {
        m_pollTimer->start(m_options.pollInterval);
        startWatch();
    }
}

void SyncEngine::transientFailure(const QString &message)
{
    m_busy = false;
    m_again = false;
    ++m_failures;
    const QDateTime at = now();
    if (!m_status.offlineSince.isValid())
        m_status.offlineSince = at;
    m_status.state = SyncState::Offline;
    m_status.message = message;
    const std::chrono::milliseconds delay = retryDelay(m_failures);
    m_status.nextRetry = at.addMSecs(delay.count());
    qCInfo(lcSyncEngine) << "offline, attempt" << m_failures << "- retry in" << delay.count() << "ms";
    m_retryTimer->start(delay);
    publish();
    emit retryScheduled(m_failures, delay.count());
}

// Ends a request without its answer being handled: one that must not go on would otherwise run
// beside the next round.
void SyncEngine::abandon(QPointer<QNetworkReply> &reply)
{
    if (!reply)
        return;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    reply = nullptr;
}

void SyncEngine::dropRequests()
{
    abandon(m_inFlight);
    abandon(m_watch);
    m_busy = false;
}

void SyncEngine::needsEnrolment(const QString &message)
{
    m_busy = false;
    m_again = false;
    m_token.clear(); // read again after re-enrolment; the outbox stays as it is
    dropRequests();
    m_retryTimer->stop();
    m_pollTimer->stop();
    m_status.state = SyncState::NeedsEnrolment;
    m_status.message = message;
    m_status.nextRetry = {};
    qCWarning(lcSyncEngine) << "re-enrolment needed";
    publish();
}

void SyncEngine::failed(const QString &message, bool retry)
{
    m_busy = false;
    m_again = false;
    m_status.state = SyncState::Error;
    m_status.message = message;
    m_status.nextRetry = {};
    if (retry) {
        ++m_failures;
        const std::chrono::milliseconds delay = retryDelay(m_failures);
        m_status.nextRetry = now().addMSecs(delay.count());
        m_retryTimer->start(delay);
        emit retryScheduled(m_failures, delay.count());
    }
    qCWarning(lcSyncEngine) << "sync error:" << message;
    publish();
}

void SyncEngine::publish()
{
    try {
        SyncStore store(m_database);
        m_status.pendingCount = store.pendingCount();
        m_status.parkedCount = store.parkedCount();
        m_status.conflictCount = store.conflictCount();
    } catch (const Storage::StorageError &error) {
        qCWarning(lcSyncEngine) << "cannot count the outbox:" << error.detail();
    }
    emit statusChanged(m_status);
}

void SyncEngine::enrol(const QUrl &serverUrl, const QString &code, const QString &deviceName,
                       const QByteArray &caCertificates)
{
    if (m_stopping || !m_network)
        return;
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(caCertificates, QSsl::Pem);
    if (!caCertificates.trimmed().isEmpty() && authorities.isEmpty()) {
        emit enrolmentFinished(false, tr("The certificate file of the comune holds no PEM certificate."));
        return;
    }
    m_authorities = authorities;
    // The long poll listens for the enrolment of before. Connections already open were set up with
    // the trust of before (or failed for the lack of it).
    abandon(m_watch);
    m_network->clearConnectionCache();
    const QNetworkRequest request = this->request(
        QUrl(serverUrl.toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/v1/devices/enrol")), {});
    QNetworkReply *reply = m_network->post(request, P::compact(P::toJson(P::EnrolRequest{code, deviceName})));
    connect(reply, &QNetworkReply::finished, this, [this, reply, serverUrl, caCertificates] {
        reply->deleteLater();
        if (m_stopping)
            return;
        const QByteArray body = reply->readAll();
        if (httpStatus(reply) != 200) {
            emit enrolmentFinished(false, replyMessage(reply, body));
            return;
        }
        const P::ParseResult<P::EnrolResponse> parsed = P::parseEnrolResponse(body);
        const auto *answer = std::get_if<P::EnrolResponse>(&parsed);
        if (!answer) {
            emit enrolmentFinished(
                false, tr("The central service sent an answer this program does not understand."));
            return;
        }
        // The token goes to the keychain only; without a keychain there is no enrolment.
        const Security::SecretResult stored =
            m_secrets.write(m_options.tokenKey, answer->token.toUtf8(), m_options.secretTimeoutMs);
        if (!stored.ok()) {
            emit enrolmentFinished(false, stored.message);
            return;
        }
        try {
            SyncStore(m_database)
                .saveEnrolment(serverUrl.toString(QUrl::StripTrailingSlash), caCertificates.trimmed(),
                               answer->deviceId, answer->tenantId, answer->branchId, now(),
                               answer->ticketSeries);
        } catch (const Storage::StorageError &error) {
            emit enrolmentFinished(false, error.message());
            return;
        }
        qCInfo(lcSyncEngine) << "enrolled as device" << answer->deviceId;
        m_token = answer->token.toUtf8();
        m_failures = 0;
        m_status.state = SyncState::Idle;
        m_status.message.clear();
        emit enrolmentFinished(true, {});
        publish();
        syncNow();
    });
}

} // namespace Sportello::Sync
