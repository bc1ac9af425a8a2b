// The authentication half of Pop3Client: SASL AUTH (RFC 5034), USER/PASS
// and APOP (RFC 1939 §7), each only where it keeps the secret safe.

#include "net/Connection.h"
#include "pop3/Pop3Apop.h"
#include "pop3/Pop3Client.h"
#include "pop3/Pop3Commands.h"
#include "sasl/SaslScramSha256.h"

#include <QCoreApplication>

namespace mw {

namespace {
// Translation context for this file's messages (lupdate reads Xxx::tr calls).
struct Pop3ClientText {
    Q_DECLARE_TR_FUNCTIONS(mw::Pop3Client)
};
} // namespace

void Pop3Client::beginAuth()
{
    m_state = State::Auth;
    QStringList reasons;
    QList<QByteArray> forced;
    for (const QByteArray &name : std::as_const(m_options.forcedMechanisms))
        forced.append(name.trimmed().toUpper());
    if (forced.isEmpty()) {
        // Strongest first: SASL (SCRAM beats anything else here), then the
        // password in the clear over TLS, then APOP's MD5 as a last resort.
        if (trySasl({}, reasons) || tryUserPass(reasons) || tryApop(reasons))
            return;
    } else {
        for (const QByteArray &name : std::as_const(forced)) {
            const bool started = name == "USER" ? tryUserPass(reasons)
                : name == "APOP"                ? tryApop(reasons)
                                                : trySasl({ name }, reasons);
            if (started)
                return;
        }
    }
    failSession(Pop3Error::make(Pop3Error::Step::Auth, Pop3Error::Kind::Policy,
        Pop3ClientText::tr("Mailwright found no safe way to log in to this server: %1.")
            .arg(reasons.join(QStringLiteral("; ")))));
}

bool Pop3Client::trySasl(const QList<QByteArray> &forced, QStringList &reasons)
{
    if (forced.isEmpty() && m_caps.saslMechanisms.isEmpty()) {
        reasons << QStringLiteral("the server offers no SASL mechanism");
        return false;
    }
    sasl::ChoiceOptions choice;
    choice.tlsActive = m_conn->isEncrypted();
    choice.allowCleartextWithoutTls = m_options.allowPlaintextAuth;
    choice.kind = m_options.secretKind;
    choice.forced = forced;
    sasl::Choice chosen = sasl::choose(m_caps.saslMechanisms, *m_options.credentials, choice);
    if (!chosen.mechanism) {
        reasons << chosen.error;
        return false;
    }
    m_sasl = std::move(chosen.mechanism);
    if (!m_options.scramClientNonceForTesting.isEmpty() && m_sasl->name() == "SCRAM-SHA-256")
        m_sasl = std::make_unique<sasl::SaslScramSha256>(
            *m_options.credentials, m_options.scramClientNonceForTesting);
    m_authMethod = m_sasl->name();
    std::optional<QByteArray> initial = m_sasl->initialResponse();
    QByteArray line = pop3::auth(m_authMethod, initial);
    if (initial && line.size() > pop3::kMaxCommandLine) {
        // RFC 5034 §4: too long for one command line; the server's empty
        // first challenge asks for it instead.
        initial.reset();
        line = pop3::auth(m_authMethod, std::nullopt);
    }
    sendCommand(line, { Expectation::Sasl, m_options.timeouts.command },
        QStringLiteral("AUTH %1%2")
            .arg(QString::fromLatin1(m_authMethod),
                initial ? QStringLiteral(" <redacted>") : QString()));
    return true;
}

bool Pop3Client::tryUserPass(QStringList &reasons)
{
    const sasl::Credentials &credentials = *m_options.credentials;
    if (m_options.secretKind != sasl::SecretKind::Password) {
        reasons << QStringLiteral("USER/PASS needs a password, not an access token");
        return false;
    }
    // RFC 2449 §6.2: with a capability list, USER must be in it.
    if (m_caps.known && !m_caps.has(Pop3Capabilities::User)) {
        reasons << QStringLiteral("the server does not offer USER/PASS");
        return false;
    }
    // RFC 8314 §3: no readable password on an unprotected link without consent.
    if (!m_conn->isEncrypted() && !m_options.allowPlaintextAuth) {
        reasons << QStringLiteral("USER/PASS would send the password without TLS");
        return false;
    }
    if (!pop3::isSafeName(credentials.username) || !pop3::isSafeArgument(credentials.secret)) {
        reasons << QStringLiteral("USER/PASS cannot carry this user name or password (empty, "
                                  "a line break or NUL, or a space in the user name)");
        return false;
    }
    m_authMethod = QByteArrayLiteral("USER");
    sendCommand(pop3::user(credentials.username), { Expectation::User, m_options.timeouts.command },
        QStringLiteral("USER <redacted>"));
    return true;
}

bool Pop3Client::tryApop(QStringList &reasons)
{
    const sasl::Credentials &credentials = *m_options.credentials;
    if (m_options.secretKind != sasl::SecretKind::Password) {
        reasons << QStringLiteral("APOP needs a password, not an access token");
        return false;
    }
    if (!m_apopTimestamp) {
        reasons << QStringLiteral("the greeting offers no valid APOP timestamp");
        return false;
    }
    // APOP's MD5 digest can be attacked offline once seen; only TLS or the
    // user's explicit consent lets it on the wire.
    if (!m_conn->isEncrypted() && !m_options.allowApop) {
        reasons << QStringLiteral("APOP without TLS needs explicit consent");
        return false;
    }
    if (!pop3::isSafeName(credentials.username) || credentials.secret.isEmpty()) {
        reasons << QStringLiteral("APOP cannot carry this user name or password");
        return false;
    }
    m_authMethod = QByteArrayLiteral("APOP");
    const QByteArray digest = pop3::apopDigest(*m_apopTimestamp, credentials.secret);
    sendCommand(pop3::apop(credentials.username, digest),
        { Expectation::Apop, m_options.timeouts.command }, QStringLiteral("APOP <redacted>"));
    return true;
}

void Pop3Client::handleAuthReply(const Expectation &e, const Pop3Reply &reply)
{
    switch (e.what) {
    case Expectation::Sasl:
        handleSaslReply(reply);
        return;
    case Expectation::User:
        if (!reply.isOk())
            break;
        sendCommand(pop3::pass(m_options.credentials->secret),
            { Expectation::Pass, m_options.timeouts.command }, QStringLiteral("PASS <redacted>"));
        return;
    case Expectation::Pass:
    case Expectation::Apop:
        if (!reply.isOk())
            break;
        authenticated();
        return;
    default:
        return;
    }
    failSession(Pop3Error::fromReply(Pop3Error::Step::Auth, reply));
}

void Pop3Client::handleSaslReply(const Pop3Reply &reply)
{
    if (m_authAborting) {
        // Whatever the server says after "*", the login failed for the reason
        // we cancelled it.
        Pop3Error error
            = Pop3Error::make(Pop3Error::Step::Auth, Pop3Error::Kind::Protocol, m_authAbortReason);
        error.reply = reply;
        failSession(error);
        return;
    }
    if (reply.isContinuation()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            reply.text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        sasl::Step step = decoded
            ? m_sasl->respond(*decoded)
            : sasl::Step::abort(Pop3ClientText::tr("The server sent a login challenge that is "
                                                   "not valid base64."));
        if (step.kind == sasl::Step::Abort) {
            // RFC 5034 §4: "*" cancels the exchange; the server answers -ERR.
            m_authAborting = true;
            m_authAbortReason = step.error;
            sendCommand(pop3::authCancel(), { Expectation::Sasl, m_options.timeouts.command });
            return;
        }
        sendCommand(pop3::authResponse(step.response),
            { Expectation::Sasl, m_options.timeouts.command }, QStringLiteral("<redacted>"));
        return;
    }
    if (reply.isOk()) {
        if (!m_sasl->isComplete()) {
            failSession(Pop3Error::make(Pop3Error::Step::Auth, Pop3Error::Kind::Protocol,
                Pop3ClientText::tr(
                    "The server reported success without completing the login exchange "
                    "(it never proved it knows the password).")));
            return;
        }
        authenticated();
        return;
    }
    Pop3Error error = Pop3Error::fromReply(Pop3Error::Step::Auth, reply);
    if (!m_sasl->serverError().isEmpty())
        error.detail = Pop3ClientText::tr("The server rejected the access token: %1")
                           .arg(m_sasl->serverError());
    failSession(error);
}

void Pop3Client::authenticated()
{
    markStep(Pop3Error::Step::Auth);
    log(QStringLiteral("* authenticated with %1").arg(QString::fromLatin1(m_authMethod)));
    becomeReady();
}

} // namespace mw
