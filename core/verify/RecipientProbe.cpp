#include "verify/RecipientProbe.h"

#include "net/Connection.h"
#include "smtp/SmtpCommands.h"
#include "smtp/SmtpError.h"

namespace mw {

namespace {
// Server bytes for the transcript: UTF-8 with control characters replaced,
// so a server cannot forge "C:" lines.
QString printable(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return text;
}
} // namespace

RecipientProbe::RecipientProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::RecipientCheck>();
}

RecipientProbe::~RecipientProbe() = default;

void RecipientProbe::start(const Endpoint &server, const EmailAddress &sender,
    const EmailAddress &recipient, const RecipientProbeOptions &options)
{
    Q_ASSERT(m_phase == Phase::Idle && !m_conn);
    m_server = server;
    m_sender = sender;
    m_recipient = recipient;
    m_options = options;
    m_conn = new Connection(this);
    m_conn->setTlsPolicy(options.tls);
    m_conn->setConnectTimeout(options.timeoutMs);
    connect(m_conn, &Connection::tcpConnected, this, [this] { m_tcpUp = true; });
    connect(m_conn, &Connection::connected, this, &RecipientProbe::onConnected);
    connect(m_conn, &Connection::encrypted, this, &RecipientProbe::onEncrypted);
    connect(m_conn, &Connection::lineReceived, this, &RecipientProbe::onLine);
    connect(m_conn, &Connection::failed, this, &RecipientProbe::onNetFailed);
    connect(m_conn, &Connection::closed, this, &RecipientProbe::onClosed);
    emit transcript(QStringLiteral("* connecting to %1").arg(server.toString()));
    m_conn->connectToHost(server.host, server.port, server.security);
}

void RecipientProbe::onConnected()
{
    m_heloName = smtp::heloArgument({}, m_conn->localAddress().toString());
    m_phase = Phase::Greeting;
    m_conn->armTimeout(m_options.timeoutMs);
}

void RecipientProbe::onEncrypted()
{
    if (m_phase != Phase::Handshake)
        return;
    emit transcript(QStringLiteral("* TLS established: %1").arg(m_conn->tlsDescription()));
    // RFC 3207 §4.2: forget everything learned before TLS and ask again.
    m_caps = SmtpCapabilities();
    m_parser.reset();
    sendEhlo();
}

void RecipientProbe::send(Phase phase, const QByteArray &line, const QString &shown)
{
    emit transcript(
        QStringLiteral("C: ") + (shown.isEmpty() ? QString::fromUtf8(line.chopped(2)) : shown));
    m_phase = phase;
    m_conn->write(line);
    m_conn->armTimeout(m_options.timeoutMs);
}

void RecipientProbe::sendEhlo()
{
    send(Phase::Ehlo, smtp::ehlo(m_heloName));
}

void RecipientProbe::onLine(const QByteArray &line)
{
    if (m_phase == Phase::Done)
        return;
    emit transcript(QStringLiteral("S: ") + printable(line));
    switch (m_parser.feedLine(line)) {
    case SmtpReplyParser::Result::NeedMore:
        return;
    case SmtpReplyParser::Result::Error:
        fail(SmtpError::make(currentStep(), SmtpError::Kind::Protocol, m_parser.errorString()));
        return;
    case SmtpReplyParser::Result::Complete:
        onReply(m_parser.takeReply());
        return;
    }
}

void RecipientProbe::onReply(const SmtpReply &reply)
{
    m_conn->disarmTimeout();
    // RFC 5321 §3.8: 421 may come at any moment; the server is closing.
    if (reply.code == 421 && m_phase != Phase::Quit) {
        fail(SmtpError::fromReply(currentStep(), reply));
        return;
    }
    switch (m_phase) {
    case Phase::Greeting:
        if (reply.code != 220)
            return fail(SmtpError::fromReply(SmtpError::Step::Greeting, reply));
        return sendEhlo();
    case Phase::Ehlo:
        if (reply.code != 250)
            return fail(SmtpError::fromReply(SmtpError::Step::Ehlo, reply));
        m_caps = SmtpCapabilities::fromEhlo(reply);
        return afterEhlo();
    case Phase::StartTls:
        if (reply.code != 220)
            return fail(SmtpError::fromReply(SmtpError::Step::StartTls, reply));
        m_phase = Phase::Handshake;
        m_conn->armTimeout(m_options.timeoutMs);
        m_conn->startClientEncryption();
        return;
    case Phase::Auth:
        return handleAuth(reply);
    case Phase::Vrfy:
        m_vrfyReply = reply;
        if (const auto verdict = classifyVrfyReply(reply))
            return conclude(*verdict);
        return askRcpt();
    case Phase::Mail:
        if (reply.code != 250) {
            RecipientCheck refused;
            refused.method = RecipientCheck::Method::Rcpt;
            refused.error = SmtpError::fromReply(SmtpError::Step::Sender, reply);
            refused.rcptReply = reply;
            refused.explanation = refused.error.message();
            return conclude(refused);
        }
        send(Phase::Rcpt,
            smtp::rcptTo(
                *m_recipient->toSmtpPath(m_caps.has(SmtpCapabilities::SmtpUtf8)), std::nullopt));
        return;
    case Phase::Rcpt:
        return conclude(classifyRcptReply(reply));
    case Phase::Rset:
        return send(Phase::Quit, smtp::quit());
    case Phase::Quit:
        m_conn->disconnectFromHost();
        return finish();
    case Phase::Idle:
    case Phase::Handshake:
    case Phase::Done:
        return fail(SmtpError::make(currentStep(), SmtpError::Kind::Protocol,
            QStringLiteral("unexpected reply: %1").arg(reply.summary())));
    }
}

void RecipientProbe::afterEhlo()
{
    if (m_server.security == SecurityMode::StartTls && !m_conn->isEncrypted()) {
        // Never continue in plaintext when the user asked for STARTTLS.
        if (!m_caps.has(SmtpCapabilities::StartTls))
            return fail(SmtpError::make(SmtpError::Step::StartTls, SmtpError::Kind::Policy,
                tr("The server does not offer STARTTLS, so the "
                   "connection cannot be encrypted.")));
        return send(Phase::StartTls, smtp::startTls());
    }
    // Without AUTH offered, ask anyway: VRFY and RCPT may work without it.
    if (m_options.credentials && m_caps.has(SmtpCapabilities::Auth))
        return beginAuth();
    askVrfy();
}

void RecipientProbe::beginAuth()
{
    sasl::ChoiceOptions choice;
    choice.tlsActive = m_conn->isEncrypted();
    choice.allowCleartextWithoutTls = m_options.allowPlaintextAuth;
    choice.kind = m_options.secretKind;
    choice.forced = m_options.forcedMechanisms;
    sasl::Choice chosen = sasl::choose(m_caps.authMechanisms, *m_options.credentials, choice);
    if (!chosen.mechanism)
        return fail(SmtpError::make(SmtpError::Step::Auth, SmtpError::Kind::Policy, chosen.error));
    m_sasl = std::move(chosen.mechanism);
    if (const QString invalid = m_sasl->validationError(); !invalid.isEmpty())
        return fail(SmtpError::make(SmtpError::Step::Auth, SmtpError::Kind::Policy, invalid));
    const std::optional<QByteArray> initial = m_sasl->initialResponse();
    send(Phase::Auth, smtp::auth(m_sasl->name(), initial),
        QStringLiteral("AUTH %1%2")
            .arg(QString::fromLatin1(m_sasl->name()),
                initial ? QStringLiteral(" <redacted>") : QString()));
}

void RecipientProbe::handleAuth(const SmtpReply &reply)
{
    if (reply.code == 334) {
        const auto decoded = QByteArray::fromBase64Encoding(reply.lines.value(0).trimmed(),
            QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        const sasl::Step step = decoded
            ? m_sasl->respond(*decoded)
            : sasl::Step::abort(QStringLiteral("the login challenge is not valid base64"));
        if (step.kind == sasl::Step::Abort)
            return fail(
                SmtpError::make(SmtpError::Step::Auth, SmtpError::Kind::Protocol, step.error));
        return send(Phase::Auth, smtp::authResponse(step.response), QStringLiteral("<redacted>"));
    }
    if (reply.code != 235)
        return fail(SmtpError::fromReply(SmtpError::Step::Auth, reply));
    if (!m_sasl->isComplete())
        return fail(SmtpError::make(SmtpError::Step::Auth, SmtpError::Kind::Protocol,
            QStringLiteral("success before the login exchange completed")));
    m_sasl.reset();
    askVrfy();
}

void RecipientProbe::askVrfy()
{
    // RFC 6531 §3.7.4.2: a non-ASCII mailbox needs VRFY's SMTPUTF8 option;
    // RCPT TO handles that case instead.
    if (m_recipient->needsSmtpUtf8())
        return askRcpt();
    send(Phase::Vrfy, "VRFY " + *m_recipient->toSmtpPath(false) + "\r\n");
}

void RecipientProbe::askRcpt()
{
    const bool utf8 = m_caps.has(SmtpCapabilities::SmtpUtf8);
    if (!m_sender->toSmtpPath(utf8) || !m_recipient->toSmtpPath(utf8))
        return fail(SmtpError::make(SmtpError::Step::Recipient, SmtpError::Kind::Policy,
            tr("The address needs SMTPUTF8, which this server does not "
               "offer.")));
    smtp::MailParameters parameters;
    parameters.smtpUtf8 = utf8 && (m_sender->needsSmtpUtf8() || m_recipient->needsSmtpUtf8());
    send(Phase::Mail, smtp::mailFrom(*m_sender->toSmtpPath(utf8), parameters));
}

void RecipientProbe::conclude(const RecipientCheck &result)
{
    const bool inTransaction = m_phase == Phase::Rcpt;
    m_result = result;
    if (m_vrfyReply.isValid())
        m_result.vrfyReply = m_vrfyReply;
    m_concluded = true;
    // RFC 5321 §4.1.1.5: RSET ends the transaction; nothing was sent.
    if (inTransaction)
        send(Phase::Rset, smtp::rset());
    else
        send(Phase::Quit, smtp::quit());
}

void RecipientProbe::fail(const SmtpError &error)
{
    if (m_phase == Phase::Done)
        return;
    if (!m_concluded) {
        m_result = RecipientCheck();
        m_result.verdict = RecipientCheck::Verdict::Failed;
        m_result.vrfyReply = m_vrfyReply;
        m_result.error = error;
        m_result.explanation = error.message();
        emit transcript(QStringLiteral("* failed: %1").arg(error.detail));
    }
    // After the answer, a failed goodbye changes nothing.
    m_conn->abort();
    finish();
}

void RecipientProbe::onNetFailed(const NetError &error)
{
    fail(SmtpError::fromNet(currentStep(), error));
}

void RecipientProbe::onClosed()
{
    if (m_phase == Phase::Done)
        return;
    if (m_concluded)
        return finish();
    NetError closed;
    closed.kind = NetError::Closed;
    closed.detail = QStringLiteral("the server closed the connection");
    onNetFailed(closed);
}

void RecipientProbe::finish()
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_conn->disarmTimeout();
    emit finished(m_result);
}

SmtpError::Step RecipientProbe::currentStep() const
{
    switch (m_phase) {
    case Phase::Idle:
        return m_tcpUp ? SmtpError::Step::Tls : SmtpError::Step::Connect;
    case Phase::Greeting:
        return SmtpError::Step::Greeting;
    case Phase::Ehlo:
        return SmtpError::Step::Ehlo;
    case Phase::StartTls:
        return SmtpError::Step::StartTls;
    case Phase::Handshake:
        return SmtpError::Step::Tls;
    case Phase::Auth:
        return SmtpError::Step::Auth;
    case Phase::Vrfy:
    case Phase::Rcpt:
    case Phase::Rset:
        return SmtpError::Step::Recipient;
    case Phase::Mail:
        return SmtpError::Step::Sender;
    case Phase::Quit:
    case Phase::Done:
        return SmtpError::Step::Quit;
    }
    return SmtpError::Step::None;
}

} // namespace mw
