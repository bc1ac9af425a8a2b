#pragma once

#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpDataEncoder.h"
#include "smtp/SmtpTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace mw {

class Connection;

// An SMTP submission client (RFC 5321, 6409) for one connection: a
// single-threaded, event-driven state machine.
//
// connectToServer() greets, negotiates TLS (implicit or STARTTLS), reads the
// capabilities and authenticates, then emits ready(). Messages queued with
// send() go out in order over the same connection, pipelined where the server
// allows (MAIL + RCPTs + BDAT LAST: one round trip per message), each body
// streamed from its QIODevice with back-pressure. Every message gets a
// messageFinished() with per-recipient results. quit() means "no more
// messages": the session ends politely once the queue is empty, and QUIT may
// go out right behind the last message's end of data (RFC 2920), before its
// result is known. So hand every message to send() before quit(): one given
// after QUIT went out gets a "session ended" result. finished() follows.
//
// A session-level failure (connection, TLS, auth, a 421) emits failed() once;
// messages not yet finished are reported with that error first.
//
// Slots may call send(), quit() and cancel() (cancel takes effect on the next
// event-loop turn). Do not delete the client from a slot: use deleteLater().
class SmtpClient : public QObject {
    Q_OBJECT
public:
    explicit SmtpClient(QObject *parent = nullptr);
    ~SmtpClient() override;

    void connectToServer(const SmtpServer &server, const SmtpSessionOptions &options);
    void send(const QList<OutgoingMessage> &messages);
    void quit(); // no more messages: QUIT once the queue drains (see above)
    void cancel(); // close now; unfinished messages are reported as cancelled

    const SmtpCapabilities &capabilities() const { return m_caps; }
    bool isEncrypted() const;
    QString tlsDescription() const;
    QByteArray authMechanism() const { return m_authMechanismName; }
    bool isReady() const { return m_state == State::Ready || m_state == State::Sending; }

signals:
    void transcript(const QString &line); // "C: …", "S: …", "* …"; secrets redacted
    void stepSucceeded(mw::SmtpError::Step step, qint64 elapsedMs);
    void ready();
    void progress(int messageIndex, qint64 bytesSent, qint64 bytesTotal);
    void messageFinished(const mw::MessageResult &result);
    void failed(const mw::SmtpError &error);
    void finished();

private:
    enum class State {
        Idle,
        Connecting,
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        Handshake,
        Auth,
        Ready,
        Sending,
        Quitting,
        Done
    };

    struct Transaction;

    // One reply the client is waiting for, in send order (RFC 2920).
    struct Expectation {
        enum What {
            Greeting,
            Ehlo,
            Helo,
            StartTls,
            Auth,
            Mail,
            Rcpt,
            Data,
            DataEnd,
            Bdat,
            Rset,
            Quit
        } what;
        int recipient = -1; // for Rcpt
        bool last = false; // for Bdat
        int timeoutMs = 0;
        // The message a transaction reply belongs to (expect() fills in the
        // current one); with an envelope pipelined behind "." it is the next.
        const Transaction *owner = nullptr;
    };

    // Session (SmtpClient.cpp)
    void onConnected();
    void onEncrypted();
    void onLine(const QByteArray &line);
    void onNetFailed(const NetError &error);
    void onClosed();
    void onReply(const SmtpReply &reply);
    void handleSessionReply(const Expectation &expect, const SmtpReply &reply);
    void sendEhlo();
    void afterEhlo();
    void beginAuth();
    void handleAuthReply(const SmtpReply &reply);
    void becomeReady();
    void sendCommand(const QByteArray &line, Expectation expect, const QString &shown = {});
    void expect(Expectation expect);
    void rearmTimer();
    void log(const QString &line);
    bool transcriptWanted() const; // skip formatting lines nobody reads
    void failSession(const SmtpError &error);
    void finishOnce();
    SmtpError::Step stepFor(Expectation::What what) const;
    void markStep(SmtpError::Step step);

    // Transactions (SmtpTransaction.cpp)
    void startNextMessage();
    void startOneMessage();
    std::unique_ptr<Transaction> makeTransaction(const OutgoingMessage &message);
    std::optional<SmtpError> prepareTransaction(Transaction &t) const;
    QByteArray mailFromCommand(const Transaction &t) const;
    void pipelineAfterBody();
    void rejectLateMessages(const QList<OutgoingMessage> &messages);
    void sendRecipientBatch(Transaction &t);
    void handleTransactionReply(const Expectation &expect, const SmtpReply &reply);
    void startBody();
    void pumpBody();
    void finishBody();
    void maybeCompleteMessage();
    void completeMessage();
    void failMessage(const SmtpError &error);
    void failPendingMessages(const SmtpError &error);
    void maybeQuit();

    Connection *m_conn = nullptr;
    SmtpServer m_server;
    SmtpSessionOptions m_options;
    SmtpCapabilities m_caps;
    SmtpReplyParser m_parser;
    State m_state = State::Idle;
    QList<Expectation> m_expect;
    QByteArray m_heloName;
    bool m_quitRequested = false;
    bool m_failed = false;
    bool m_finished = false;
    bool m_tcpUp = false;
    QElapsedTimer m_stepClock;

    std::unique_ptr<sasl::Mechanism> m_sasl;
    QByteArray m_authMechanismName;
    bool m_authAborting = false;
    QString m_authAbortReason;

    QList<OutgoingMessage> m_queue; // not started yet; the front is message m_nextIndex
    int m_nextIndex = 0; // index given to the next message started
    bool m_starting = false; // startNextMessage() is on the stack
    bool m_startAgain = false;
    std::unique_ptr<Transaction> m_tx;
    // Sent behind the current message's "." (RFC 2920 §3.1), waiting to
    // become m_tx when that message's final reply has arrived.
    std::unique_ptr<Transaction> m_nextTx;
    QByteArray m_readBuffer; // reused for every body read
};

} // namespace mw

Q_DECLARE_METATYPE(mw::SmtpError)
Q_DECLARE_METATYPE(mw::MessageResult)
