#pragma once

#include "pop3/Pop3Capabilities.h"
#include "pop3/Pop3Error.h"
#include "pop3/Pop3Reply.h"
#include "pop3/Pop3Types.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

namespace mw {

class Connection;

// A POP3 client (RFC 1939, 2449, 2595, 5034) for one connection: a
// single-threaded, event-driven state machine that never deletes anything.
//
// connectToServer() greets, reads CAPA, negotiates TLS (implicit, or STLS
// followed by a fresh CAPA), authenticates (SASL, else USER/PASS, else APOP;
// each only where it does not expose the secret without consent), then emits
// ready(). Requests made with stat(), list(), uidl() and retrieve() run in
// order, one at a time; quit() ends the session politely once they are done,
// and finished() follows.
//
// Any failure emits failed() once and closes the connection without QUIT:
// POP3 commits nothing then (RFC 1939 §6), and this client never sends DELE.
class Pop3Client : public QObject {
    Q_OBJECT
public:
    explicit Pop3Client(QObject *parent = nullptr);
    ~Pop3Client() override;

    void connectToServer(const Pop3Server &server, const Pop3SessionOptions &options);
    void stat();
    void list();
    void uidl();
    void retrieve(int number); // message numbers start at 1
    void quit(); // after the requests above
    void cancel(); // close now

    const Pop3Capabilities &capabilities() const { return m_caps; }
    bool isEncrypted() const;
    QString tlsDescription() const;
    QByteArray authMethod() const { return m_authMethod; } // "SCRAM-SHA-256", "USER", "APOP"…
    bool apopOffered() const { return m_apopTimestamp.has_value(); }
    bool isReady() const { return m_state == State::Ready || m_state == State::Busy; }

signals:
    void transcript(const QString &line); // "C: …", "S: …", "* …"; secrets redacted
    void stepSucceeded(mw::Pop3Error::Step step, qint64 elapsedMs);
    void ready();
    void statReceived(int messageCount, qint64 octets);
    void listReceived(const QList<mw::Pop3ListEntry> &entries);
    void uidlReceived(const QList<mw::Pop3UidEntry> &entries);
    void messageRetrieved(int number, const QByteArray &message); // CRLF line ends, unstuffed
    void failed(const mw::Pop3Error &error);
    void finished();

private:
    enum class State {
        Idle,
        Connecting,
        Greeting,
        Capa,
        Stls,
        Handshake,
        Auth,
        Ready,
        Busy,
        Quitting,
        Done
    };

    // One reply the client is waiting for. POP3 here is lock-step (no
    // PIPELINING), so there is at most one, but a line that arrives when
    // none is expected is still caught.
    struct Expectation {
        enum What {
            Greeting,
            Capa,
            Stls,
            Sasl,
            User,
            Pass,
            Apop,
            Stat,
            List,
            Uidl,
            Retr,
            Quit
        } what;
        int timeoutMs = 0;
        int number = 0; // for Retr
    };

    struct Request {
        enum What { Stat, List, Uidl, Retr } what;
        int number = 0;
    };

    // Session (Pop3Client.cpp)
    void onConnected();
    void onEncrypted();
    void onLine(const QByteArray &line);
    void onBodyLine(const QByteArray &line);
    void onNetFailed(const NetError &error);
    void onClosed();
    void onReply(const Expectation &e, const Pop3Reply &reply);
    void onMultilineDone(const Expectation &e, QByteArray body);
    void sendCapa();
    void afterCapa();
    void sendCommand(const QByteArray &line, Expectation e, const QString &shown = {});
    void rearmTimer();
    void log(const QString &line);
    void failSession(const Pop3Error &error);
    void finishOnce();
    Pop3Error::Step stepFor(Expectation::What what) const;
    void markStep(Pop3Error::Step step);

    // Authentication (Pop3ClientAuth.cpp)
    void beginAuth();
    bool tryUserPass(QStringList &reasons);
    bool tryApop(QStringList &reasons);
    bool trySasl(const QList<QByteArray> &forced, QStringList &reasons);
    void handleSaslReply(const Pop3Reply &reply);
    void handleAuthReply(const Expectation &e, const Pop3Reply &reply);
    void authenticated();

    // Mailbox requests (Pop3ClientMailbox.cpp)
    void enqueue(Request request);
    void becomeReady();
    void runNextRequest();
    void handleMailboxReply(const Expectation &e, const Pop3Reply &reply);
    void handleListing(const Expectation &e, const QByteArray &body);

    Connection *m_conn = nullptr;
    Pop3Server m_server;
    Pop3SessionOptions m_options;
    Pop3Capabilities m_caps;
    State m_state = State::Idle;
    QList<Expectation> m_expect;
    std::optional<Pop3MultilineReader> m_body; // inside a multi-line reply
    std::optional<QByteArray> m_apopTimestamp;
    QList<Request> m_requests;
    bool m_quitRequested = false;
    bool m_failed = false;
    bool m_tcpUp = false;
    bool m_finished = false;
    QElapsedTimer m_stepClock;

    std::unique_ptr<sasl::Mechanism> m_sasl;
    QByteArray m_authMethod;
    bool m_authAborting = false;
    QString m_authAbortReason;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::Pop3Error)
Q_DECLARE_METATYPE(mw::Pop3ListEntry)
Q_DECLARE_METATYPE(mw::Pop3UidEntry)
