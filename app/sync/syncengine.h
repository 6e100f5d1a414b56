// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "sync/backoff.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;
class QNetworkReply;
class QThread;
class QTimer;

namespace Sportello::Storage {
class Database;
class SyncStore;
struct ChangeEntry;
} // namespace Sportello::Storage
namespace Sportello::Security {
class SecretStore;
}

namespace Sportello::Sync {
namespace Protocol {
struct PullChange;
}

enum class SyncState {
    Idle,           // nothing in progress; see pendingCount: Idle with pending > 0 is NOT "synced"
    Syncing,        // a push or pull is under way
    Offline,        // the server cannot be reached (network, 5xx, 429): retrying on a timer
    NeedsEnrolment, // not enrolled, or the server refused the device token (401)
    Error           // something needs a person (see message); retried on a timer where it makes sense
};

// What the status bar shows. Sent by value through queued signals.
struct SyncStatus {
    SyncState state = SyncState::Idle;
    int pendingCount = 0;   // change-log entries waiting to be pushed
    int parkedCount = 0;    // refused by the server, kept for staff
    int conflictCount = 0;  // versions that lost, kept for staff
    QDateTime lastSuccess;  // UTC; invalid if never
    QDateTime offlineSince; // UTC; valid only while Offline (or Error after being offline)
    QDateTime nextRetry;    // UTC; valid while a retry is scheduled
    QString message;        // translated; why the state is Offline / Error / NeedsEnrolment
};

struct SyncOptions {
    int maxBatch = 500;
    int pullPageSize = 500;
    // A safety net: a full round this long after the last one, whatever the long poll says.
    std::chrono::milliseconds pollInterval{std::chrono::seconds(30)};
    // While online, a pull is held open on the server for up to this long and answered as soon as
    // another PC pushes (0: no long poll, rounds only). Below the server's limit of 30 s.
    std::chrono::seconds longPollWait{25};
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(60)};
    int secretTimeoutMs = 20000;
    BackoffPolicy backoff;
    QString tokenKey = QStringLiteral("device-token");
    // Injectable for tests: the jitter draw in [0, 1). (The time is Sportello::Clock's.)
    std::function<double()> random;
};

// The background sync (docs/sync-protocol.md, "How SyncEngine does it"). Construct it on the GUI thread, call
// start(): from then on it lives in its own thread with its own database connection, and talks to the GUI
// only through queued signals and slots. stop() (or the destructor) ends the thread.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    // No parent: an object with a parent cannot move to another thread. The database and the
    // secret store must outlive the engine.
    SyncEngine(Storage::Database &database, Security::SecretStore &secrets, SyncOptions options = {});
    ~SyncEngine() override;

    // Moves the engine to its own thread and starts it; a first sync follows when enrolled.
    void start();
    // Stops the timers and any request, closes the thread's connection, ends the thread. The outbox
    // is left as it is; entries in flight stay pending and are sent again (idempotent).
    void stop();

public slots:
    void syncNow();
    // POST the enrolment code to SERVER/api/v1/devices/enrol; the token goes to the SecretStore, the
    // ids to sync_state. caCertificates (PEM, optional) is the comune's own authority, trusted for
    // this server besides the system's. Answers with enrolmentFinished.
    void enrol(const QUrl &serverUrl, const QString &code, const QString &deviceName,
               const QByteArray &caCertificates = {});

signals:
    void statusChanged(const Sportello::Sync::SyncStatus &status);
    // message is translated and empty on success.
    void enrolmentFinished(bool ok, const QString &message);
    // For tests and logs: the n-th consecutive failure was met, the next try is in `delayMs`.
    void retryScheduled(int failures, qint64 delayMs);
    // A sync round (push then pull) ended well.
    void roundFinished();
    // Records from other PCs were written here (by a round or by the long poll). Views listen to
    // the database's ChangeNotifier instead; this count is for tests and benchmarks.
    void changesPulled(int count);

private:
    Q_INVOKABLE void begin();
    Q_INVOKABLE void end();
    QDateTime now() const;
    // The backoff after `failures` consecutive failures, with its jitter drawn.
    std::chrono::milliseconds retryDelay(int failures) const;
    bool loadToken();
    void startRound();
    void pushNext();
    bool parkUnknownOperations(const QList<Storage::ChangeEntry> &batch);
    void onPushReply(QNetworkReply *reply);
    void pullNext();
    void onPullReply(QNetworkReply *reply);
    void startWatch();
    void onWatchReply(QNetworkReply *reply);
    QNetworkReply *sendPull(int waitSeconds);
    bool applyPushResults(const QByteArray &body);
    void settleHeldWinners(Storage::SyncStore &store, const QList<qint64> &accepted);
    void narrowBatch(const QString &reason, const QString &message, bool sendAtOnce);
    void parkBatch(const QString &reason, const QString &message);
    bool applyPullPage(const QByteArray &body, bool *more, QString *error);
    QSet<QString> absentRecords(const QList<Protocol::PullChange> &changes) const;
    // fromThisPc: the server says this PC wrote this version (our own push coming back).
    // knownAbsent: the caller has just found, in the same transaction, that there is no such record.
    void applyChange(const QString &entity, const QString &recordId, const QJsonObject &payload,
                     bool fromThisPc = false, bool knownAbsent = false);
    void roundSucceeded();
    void transientFailure(const QString &message);
    void needsEnrolment(const QString &message);
    void dropRequests();
    void abandon(QPointer<QNetworkReply> &reply);
    void failed(const QString &message, bool retry);
    void publish();
    QNetworkRequest request(const QUrl &url, std::chrono::milliseconds timeout) const;
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body,
                        std::chrono::milliseconds timeout = {});
    static QString replyMessage(QNetworkReply *reply, const QByteArray &body);

    Storage::Database &m_database;
    Security::SecretStore &m_secrets;
    SyncOptions m_options;
    QThread *m_thread = nullptr;
    QThread *m_ownerThread = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QPointer<QNetworkReply> m_inFlight;
    QPointer<QNetworkReply> m_watch; // the long poll, beside the rounds
    QList<qint64> m_batchSeqs;       // the batch in flight
    QByteArray m_token;
    QUrl m_server;
    QList<QSslCertificate> m_authorities; // the comune's own, from sync_state
    SyncStatus m_status;
    int m_batchLimit = 500;
    int m_failures = 0;
    int m_batchServerErrors = 0; // 500 answers to push in a row
    int m_watchFailures = 0;
    bool m_busy = false;
    bool m_again = false;
    bool m_stopping = false;
};

} // namespace Sportello::Sync

Q_DECLARE_METATYPE(Sportello::Sync::SyncStatus)
