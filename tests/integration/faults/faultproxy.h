// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A TCP proxy between the sync clients and sportello-server that breaks the network on purpose: per
// HTTP request it drops, cuts, delays, replays or answers in the server's place. It runs on the
// thread that creates it (the test's), handles any number of connections at once (long polls are
// held open by the server) and opens a fresh upstream connection for every request it forwards.
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>
#include <array>

class QTcpServer;

namespace FaultTest {

class ProxyConnection;

enum class Fault {
    PassThrough,
    DropBeforeForward,  // the connection closes; the server never sees the request
    DropBeforeResponse, // the server applied it; the connection closes before its answer
    CutResponse,        // half of the server's answer, then the connection closes
    Delay,              // the server's answer, a few hundred milliseconds late
    Answer500,          // the proxy answers 500 itself; the server never sees the request
    Answer503,          // the same with 503
    AppliedThen503,     // the server applied it; the client gets 503 instead of its answer
    Replay,             // sent to the server twice; the client gets the second answer
};
constexpr int faultKinds = 9;
QString faultName(Fault fault);

// Where a request caught by holdNext() stops until its client goes away (or releaseHeld()).
enum class Hold {
    BeforeForward, // the server has not seen it
    AfterResponse, // the server answered (and committed); the client has nothing
    MidResponse,   // the client has half of the answer
};

class FaultProxy : public QObject {
    Q_OBJECT
public:
    // The random choices follow `seed`; the constructor takes SPORTELLO_FAULT_SEED when it is set
    // (to replay a failed run's choices), otherwise a fresh one, and prints it.
    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(); // 127.0.0.1, a free port
    quint16 port() const;
    QUrl url() const;
    quint32 seed() const { return m_seed; }
    // Where requests forwarded from now on go: a restarted server may listen elsewhere.
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    quint16 upstreamPort() const { return m_upstreamPort; }

    // Relative weights of the kinds (index = Fault); disabled, every request passes through.
    void setWeights(const std::array<int, faultKinds> &weights) { m_weights = weights; }
    void setFaultsEnabled(bool enabled) { m_enabled = enabled; }
    int count(Fault fault) const { return m_counts.at(int(fault)); }
    int requests() const { return m_requests; }
    QString summary() const;

    // The next request whose path starts with `pathPrefix`, after `skip` matching ones, is held
    // at `where`; held() says when it got there.
    void holdNext(const QString &pathPrefix, Hold where, int skip = 0);
    void cancelHold() { m_holdPrefix.clear(); }
    // Closes every held connection.
    void releaseHeld();
    // A request whose bytes hold `marker` is answered 500 by the proxy, as a server that cannot
    // store one entry would answer every batch that carries it (empty: none).
    void setPoison(const QByteArray &marker) { m_poison = marker; }
    bool poisoned(const QByteArray &request) const
    {
        return !m_poison.isEmpty() && request.contains(m_poison);
    }
    int openConnections() const { return int(m_connections.size()); }

    // For the connections.
    struct Decision {
        Fault fault = Fault::PassThrough;
        bool hold = false;
        Hold where = Hold::BeforeForward;
        int delayMs = 0;
    };
    Decision decide(const QString &path);
    void forget(ProxyConnection *connection) { m_connections.removeOne(connection); }

signals:
    // A request has been written to the server in full (the server may be applying it now).
    void forwarded(const QString &path);
    void held(const QString &path);

private:
    void onNewConnection();

    QTcpServer *m_server = nullptr;
    quint16 m_upstreamPort = 0;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    bool m_enabled = false;
    std::array<int, faultKinds> m_weights{};
    std::array<int, faultKinds> m_counts{};
    int m_requests = 0;
    QString m_holdPrefix;
    QByteArray m_poison;
    Hold m_holdWhere = Hold::BeforeForward;
    int m_holdSkip = 0;
    QList<ProxyConnection *> m_connections;
};

} // namespace FaultTest
