#pragma once

#include "net/Endpoint.h"
#include "net/NetError.h"
#include "net/TlsPolicy.h"
#include "smtp/SmtpReply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace mw {

class Connection;

// One server to try. `mode` Ssl means implicit TLS; StartTls means a
// plaintext connection that upgrades if the server offers it (and is reported
// as plaintext if it does not).
struct ProbeTarget {
    Protocol protocol = Protocol::Smtp;
    QString host;
    quint16 port = 0;
    SecurityMode mode = SecurityMode::Ssl;
};

struct ProbeResult {
    ProbeTarget target;
    bool ok = false;
    SecurityMode security = SecurityMode::Plain; // what the session reached
    QStringList authMethods; // SASL mechanisms (plus "USER" / "LOGIN" where offered)
    NetError error; // when !ok
    qint64 elapsedMs = 0;
};

// Reads what a server offers without logging in: the SMTP greeting and EHLO,
// POP3 +OK and CAPA, IMAP * OK and CAPABILITY; upgrades with STARTTLS/STLS
// when offered so that the capabilities come from the protected session
// (RFC 3207 §4.2, RFC 2595 §3.1). No credentials are ever sent (RFC 8314 §5.1).
// Reports once, within `timeoutMs`, then says goodbye politely.
class Probe : public QObject {
    Q_OBJECT
public:
    Probe(const ProbeTarget &target, const TlsPolicy &policy, int timeoutMs,
        QObject *parent = nullptr);
    ~Probe() override;

    void start();
    void cancel(); // no report
    const ProbeTarget &target() const { return m_target; }

signals:
    void finished(const mw::ProbeResult &result);

private:
    enum class Phase { Greeting, Capabilities, StartTls, Done };

    void onLine(const QByteArray &line);
    void onSmtpLine(const QByteArray &line);
    void onPop3Line(const QByteArray &line);
    void onImapLine(const QByteArray &line);
    void requestCapabilities();
    void capabilitiesDone(bool tlsOffered);
    void succeed(SecurityMode security);
    void failWith(NetError::Kind kind, const QString &detail);
    void report(ProbeResult result);

    ProbeTarget m_target;
    TlsPolicy m_policy;
    int m_timeoutMs;
    Connection *m_connection = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    Phase m_phase = Phase::Greeting;
    SmtpReplyParser m_smtpParser;
    QStringList m_auth;
    bool m_tlsOffered = false;
    bool m_inMultiline = false; // POP3 CAPA body
    int m_lines = 0;
    int m_tag = 0; // IMAP command tag counter
    bool m_reported = false;
};

} // namespace mw

Q_DECLARE_METATYPE(mw::ProbeResult)
