#pragma once

#include "mime/EmailAddress.h"
#include "net/Endpoint.h"
#include "net/NetError.h"
#include "net/TlsPolicy.h"
#include "sasl/SaslMechanism.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpReply.h"
#include "verify/RecipientCheck.h"

#include <QObject>

#include <memory>
#include <optional>

namespace mw {

class Connection;

struct RecipientProbeOptions {
    TlsPolicy tls;
    int timeoutMs = 15000; // per reply
    std::optional<sasl::Credentials> credentials; // RCPT on submission ports needs a login
    sasl::SecretKind secretKind = sasl::SecretKind::Password;
    QList<QByteArray> forcedMechanisms;
    bool allowPlaintextAuth = false;
};

// Asks an SMTP server whether it would take mail for one address, without
// sending any: greeting → EHLO → TLS → EHLO → AUTH → VRFY, and where VRFY
// says nothing useful, MAIL FROM + RCPT TO + RSET. Never DATA or BDAT.
//
// SmtpClient has no way to send VRFY or to stop after RCPT, so this is a
// small session of its own on the same pieces (Connection, SmtpReplyParser,
// the smtp:: command renderers, sasl::choose).
class RecipientProbe : public QObject {
    Q_OBJECT
public:
    explicit RecipientProbe(QObject *parent = nullptr);
    ~RecipientProbe() override;

    void start(const Endpoint &server, const EmailAddress &sender, const EmailAddress &recipient,
        const RecipientProbeOptions &options);

signals:
    void transcript(const QString &line); // "C: …", "S: …"; secrets redacted
    void finished(const mw::RecipientCheck &result);

private:
    enum class Phase {
        Idle,
        Greeting,
        Ehlo,
        StartTls,
        Handshake,
        Auth,
        Vrfy,
        Mail,
        Rcpt,
        Rset,
        Quit,
        Done
    };

    void onConnected();
    void onEncrypted();
    void onLine(const QByteArray &line);
    void onReply(const SmtpReply &reply);
    void onNetFailed(const NetError &error);
    void onClosed();
    void send(Phase phase, const QByteArray &line, const QString &shown = {});
    void sendEhlo();
    void afterEhlo();
    void beginAuth();
    void handleAuth(const SmtpReply &reply);
    void askVrfy();
    void askRcpt();
    void conclude(const RecipientCheck &result);
    void fail(const SmtpError &error);
    void finish();
    SmtpError::Step currentStep() const;

    Connection *m_conn = nullptr;
    Endpoint m_server;
    std::optional<EmailAddress> m_sender;
    std::optional<EmailAddress> m_recipient;
    RecipientProbeOptions m_options;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_caps;
    QByteArray m_heloName;
    std::unique_ptr<sasl::Mechanism> m_sasl;
    Phase m_phase = Phase::Idle;
    SmtpReply m_vrfyReply;
    RecipientCheck m_result;
    bool m_tcpUp = false;
    bool m_concluded = false;
};

} // namespace mw
