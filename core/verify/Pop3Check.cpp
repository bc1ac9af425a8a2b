#include "verify/Pop3Check.h"

#include "pop3/Pop3Client.h"

namespace mw {

Pop3Check::Pop3Check(QObject *parent)
    : ServerCheck(Protocol::Pop3, parent)
{
}

Pop3Check::~Pop3Check() = default;

void Pop3Check::openSession(const QString &username, int budgetMs)
{
    Pop3SessionOptions options;
    options.tls = setup().tls;
    options.timeouts = Pop3Timeouts::forVerification(budgetMs);
    options.allowPlaintextAuth = setup().allowPlaintext;
    options.allowApop = setup().allowPlaintext;
    options.forcedMechanisms = setup().mechanisms;
    options.secretKind = setup().secretKind;
    if (shouldLogIn())
        options.credentials = sasl::Credentials { username, *setup().password, {} };

    const Endpoint &ep = setup().endpoint;
    m_client = new Pop3Client(this);
    connect(m_client, &Pop3Client::stepSucceeded, this, &Pop3Check::onStep);
    connect(m_client, &Pop3Client::transcript, this, &ServerCheck::transcript);
    connect(m_client, &Pop3Client::ready, this, [this] {
        loggedIn(QString::fromLatin1(m_client->authMethod()), m_client->tlsDescription());
        // STAT proves the mailbox opens (RFC 1939 §5); only after a login.
        if (shouldLogIn())
            m_client->stat();
        m_client->quit();
    });
    connect(m_client, &Pop3Client::failed, this,
        [this](const Pop3Error &error) { sessionFailed(toFailure(error, pendingStep())); });
    connect(m_client, &Pop3Client::finished, this, [this] { sessionEnded(); });
    m_client->connectToServer(Pop3Server { ep.host, ep.port, ep.security }, options);
}

void Pop3Check::closeSession()
{
    if (!m_client)
        return;
    m_client->disconnect(this);
    m_client->deleteLater(); // we may be inside one of its signals
    m_client = nullptr;
}

void Pop3Check::onStep(Pop3Error::Step step, qint64 ms)
{
    switch (step) {
    case Pop3Error::Step::Connect:
        stepDone(VerifyStep::Name::Tcp, ms);
        return;
    case Pop3Error::Step::Tls:
        stepDone(VerifyStep::Name::Tls, ms);
        return;
    case Pop3Error::Step::Greeting:
        stepDone(VerifyStep::Name::Greeting, ms);
        return;
    case Pop3Error::Step::Capabilities:
        stepDone(VerifyStep::Name::Capabilities, ms);
        return;
    case Pop3Error::Step::Stls:
        stepDone(VerifyStep::Name::Tls, ms);
        return;
    case Pop3Error::Step::Auth:
        stepDone(VerifyStep::Name::Auth, ms);
        return;
    case Pop3Error::Step::Mailbox:
        stepDone(VerifyStep::Name::Mailbox, ms);
        return;
    default:
        return;
    }
}

VerifyFailure Pop3Check::toFailure(const Pop3Error &error, VerifyStep::Name pending)
{
    using K = VerifyFailure::Kind;
    using N = VerifyStep::Name;
    VerifyFailure f;
    f.protocol = Protocol::Pop3;
    f.detail = error.detail;
    f.certificate = error.certificate;
    f.temporary = error.isTemporary();
    f.message = error.message();
    if (error.reply.status != Pop3Reply::Status::Invalid)
        f.pop3Reply = error.reply;

    switch (error.step) {
    case Pop3Error::Step::Connect:
        f.step = N::Tcp;
        break;
    case Pop3Error::Step::Greeting:
        f.step = N::Greeting;
        break;
    case Pop3Error::Step::Capabilities:
        f.step = N::Capabilities;
        break;
    case Pop3Error::Step::Tls:
    case Pop3Error::Step::Stls:
        f.step = N::Tls;
        break;
    case Pop3Error::Step::Auth:
        f.step = N::Auth;
        break;
    case Pop3Error::Step::Mailbox:
    case Pop3Error::Step::Retrieve:
        f.step = N::Mailbox;
        break;
    default:
        f.step = pending;
        break;
    }

    classify(error.kind, &f);
    // RFC 3206 §5 [AUTH], or a bare -ERR (RFC 1939 gives no reason) at login.
    const bool credentialCode
        = error.reply.code == Pop3ResponseCode::Auth || error.reply.code == Pop3ResponseCode::None;
    f.credentialsRejected = f.kind == K::Reply && f.step == N::Auth && credentialCode;
    return f;
}

} // namespace mw
