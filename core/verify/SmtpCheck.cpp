#include "verify/SmtpCheck.h"

#include "smtp/SmtpClient.h"

namespace mw {

SmtpCheck::SmtpCheck(QObject *parent)
    : ServerCheck(Protocol::Smtp, parent)
{
}

SmtpCheck::~SmtpCheck() = default;

void SmtpCheck::openSession(const QString &username, int budgetMs)
{
    SmtpSessionOptions options;
    options.tls = setup().tls;
    options.timeouts = SmtpTimeouts::forVerification(budgetMs);
    options.allowPlaintextAuth = setup().allowPlaintext;
    options.forcedMechanisms = setup().mechanisms;
    options.secretKind = setup().secretKind;
    if (shouldLogIn())
        options.credentials = sasl::Credentials { username, *setup().password, {} };

    m_client = new SmtpClient(this);
    connect(m_client, &SmtpClient::stepSucceeded, this, &SmtpCheck::onStep);
    connect(m_client, &SmtpClient::transcript, this, &ServerCheck::transcript);
    connect(m_client, &SmtpClient::ready, this, [this] {
        // The capabilities of the last EHLO (after STARTTLS; AUTH without a
        // security layer asks for none again, RFC 4954 §4).
        setSmtpMaxSize(m_client->capabilities().maxSize);
        loggedIn(QString::fromLatin1(m_client->authMechanism()), m_client->tlsDescription());
        m_client->quit(); // nothing is queued, so QUIT goes out at once
    });
    connect(m_client, &SmtpClient::failed, this,
        [this](const SmtpError &error) { sessionFailed(toFailure(error, pendingStep())); });
    connect(m_client, &SmtpClient::finished, this, [this] { sessionEnded(); });
    m_client->connectToServer(setup().endpoint, options);
}

void SmtpCheck::closeSession()
{
    if (!m_client)
        return;
    m_client->disconnect(this);
    m_client->deleteLater(); // we may be inside one of its signals
    m_client = nullptr;
}

void SmtpCheck::onStep(SmtpError::Step step, qint64 ms)
{
    switch (step) {
    case SmtpError::Step::Connect:
        stepDone(VerifyStep::Name::Tcp, ms);
        return;
    case SmtpError::Step::Tls:
    case SmtpError::Step::StartTls:
        stepDone(VerifyStep::Name::Tls, ms);
        return;
    case SmtpError::Step::Greeting:
        stepDone(VerifyStep::Name::Greeting, ms);
        return;
    case SmtpError::Step::Ehlo:
        stepDone(VerifyStep::Name::Capabilities, ms);
        return;
    case SmtpError::Step::Auth:
        stepDone(VerifyStep::Name::Auth, ms);
        return;
    default:
        return; // nothing after AUTH is part of verification
    }
}

VerifyFailure SmtpCheck::toFailure(const SmtpError &error, VerifyStep::Name pending)
{
    using K = VerifyFailure::Kind;
    using N = VerifyStep::Name;
    VerifyFailure f;
    f.protocol = Protocol::Smtp;
    f.detail = error.detail;
    f.certificate = error.certificate;
    f.temporary = error.isTemporary();
    f.message = error.message();
    f.smtpReply = error.reply;

    switch (error.step) {
    case SmtpError::Step::Connect:
        f.step = N::Tcp;
        break;
    case SmtpError::Step::Tls:
    case SmtpError::Step::StartTls:
        f.step = N::Tls;
        break;
    case SmtpError::Step::Greeting:
        f.step = N::Greeting;
        break;
    case SmtpError::Step::Ehlo:
        f.step = N::Capabilities;
        break;
    case SmtpError::Step::Auth:
        f.step = N::Auth;
        break;
    default:
        f.step = pending;
        break;
    }

    classify(error.kind, &f);
    // RFC 4954 §6: 535 is "authentication credentials invalid".
    f.credentialsRejected = f.kind == K::Reply && f.step == N::Auth && error.reply.code == 535;
    return f;
}

} // namespace mw
