#pragma once

#include "net/Endpoint.h"
#include "net/NetError.h"
#include "net/TlsPolicy.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace mw {

class Connection;

// The protocol console's session: "telnet to the mail server", done safely.
//
// It connects to an SMTP or POP3 server (implicit TLS, or plaintext with a
// STARTTLS/STLS upgrade when the user asks for it), sends the lines the user
// types, and shows every line both ways. Everything it shows or saves is
// redacted: AUTH initial responses, the lines answering an AUTH challenge,
// PASS and APOP never appear, and server text is made safe to display
// (transcriptSafe). The AUTH helper encodes PLAIN or LOGIN credentials itself,
// so the user never types base64 of a password, and refuses to send them
// without TLS unless the user allowed plaintext.
//
// Event-driven, one connection per object at a time.
class ConsoleSession : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected };
    enum class AuthMechanism { Plain, Login };

    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    // Lets the AUTH helper send credentials over a connection without TLS.
    void setAllowPlaintextAuth(bool allow) { m_allowPlaintextAuth = allow; }
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }

    // With SecurityMode::StartTls the session stays in plaintext until the
    // user sends STARTTLS (SMTP) or STLS (POP3), or calls startTls().
    void connectTo(const Endpoint &endpoint, Protocol protocol);
    void disconnectFromHost(); // closes at once; logs it
    // Sends one line the user typed. Returns false (and logs nothing) when it
    // cannot be sent: not connected, or it holds a line break or NUL.
    bool sendLine(const QString &line, QString *error = nullptr);
    // Sends STARTTLS / STLS; the upgrade follows the server's go-ahead.
    bool startTls(QString *error = nullptr);
    // Runs AUTH PLAIN/LOGIN (SMTP) or AUTH PLAIN/LOGIN (POP3, RFC 5034) with
    // these credentials; they are kept only until the exchange ends.
    bool authenticate(AuthMechanism mechanism, const QString &username, const QString &password,
        QString *error = nullptr);

    State state() const { return m_state; }
    Protocol protocol() const { return m_protocol; }
    bool isEncrypted() const;
    QStringList log() const { return m_log; } // redacted, "C: …", "S: …", "* …"
    // Writes the redacted log as UTF-8 text (QSaveFile).
    bool saveLog(const QString &path, QString *error = nullptr) const;

    // The redacted form of a line the user typed, as the log shows it
    // (exposed for tests). `inAuthExchange`: it answers an AUTH challenge.
    static QString redactedCommand(const QString &line, bool inAuthExchange);

signals:
    void logged(const QString &line);
    void stateChanged(mw::ConsoleSession::State state);
    void encrypted(const QString &tlsDescription);
    void failed(const QString &message); // translated; the session is disconnected

private:
    void onConnected();
    void onEncrypted();
    void onLine(const QByteArray &line);
    void onFailed(const NetError &error);
    void onClosed();
    void append(const QString &line);
    void write(const QByteArray &line, const QString &shown);
    void setState(State state);
    void dropConnection();
    void continueAuth(const QString &serverLine);
    void endAuth();
    bool isContinuation(const QString &line) const;
    bool isFinalReply(const QString &line) const;

    Connection *m_conn = nullptr;
    TlsPolicy m_policy;
    Protocol m_protocol = Protocol::Smtp;
    State m_state = State::Disconnected;
    QStringList m_log;
    QString m_lastCommand; // upper-cased verb of the last line sent
    bool m_allowPlaintextAuth = false;
    bool m_awaitingTls = false; // STARTTLS/STLS sent, waiting for the go-ahead
    int m_connectTimeoutMs = 30000;

    // An AUTH exchange the helper drives, or one the user typed.
    bool m_userAuth = false; // the user typed AUTH: their next lines answer challenges
    bool m_helperAuth = false;
    AuthMechanism m_helperMechanism = AuthMechanism::Plain;
    int m_helperStep = 0;
    QString m_authUser;
    QString m_authPassword;
};

} // namespace mw
