#include "smtp/SmtpClient.h"

#include "net/Connection.h"
#include "net/TranscriptLine.h"
#include "smtp/SmtpCommands.h"
#include "smtp/SmtpTransaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaMethod>

Q_LOGGING_CATEGORY(lcSmtp, "mailwright.smtp", QtWarningMsg)

namespace mw {

SmtpClient::SmtpClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::SmtpError>();
    qRegisterMetaType<mw::MessageResult>();
}

SmtpClient::~SmtpClient() = default;

bool SmtpClient::isEncrypted() const
{
    return m_conn && m_conn->isEncrypted();
}

QString SmtpClient::tlsDescription() const
{
    return m_conn ? m_conn->tlsDescription() : QString();
}

void SmtpClient::connectToServer(const SmtpServer &server, const SmtpSessionOptions &options)
{
    Q_ASSERT(m_state == State::Idle);
    m_server = server;
    m_options = options;
    m_state = State::Connecting;
    m_conn = new Connection(this);
    m_conn->setTlsPolicy(options.tls);
    m_conn->setConnectTimeout(options.timeouts.connect);
    connect(m_conn, &Connection::tcpConnected, this, [this] {
        m_tcpUp = true;
        markStep(SmtpError::Step::Connect);
    });
    connect(m_conn, &Connection::connected, this, &SmtpClient::onConnected);
    connect(m_conn, &Connection::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_conn, &Connection::lineReceived, this, &SmtpClient::onLine);
    connect(m_conn, &Connection::failed, this, &SmtpClient::onNetFailed);
    connect(m_conn, &Connection::closed, this, &SmtpClient::onClosed);
    connect(m_conn, &Connection::bytesWritten, this, [this] {
        if (m_tx && m_tx->bodyStarted && !m_tx->bodyDone)
            pumpBody();
    });
    log(QStringLiteral("* connecting to %1:%2 (%3)")
            .arg(server.host)
            .arg(server.port)
            .arg(toString(server.security)));
    m_stepClock.start();
    m_conn->connectToHost(server.host, server.port, server.security);
}

bool SmtpClient::transcriptWanted() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&SmtpClient::transcript);
    return isSignalConnected(signal) || lcSmtp().isDebugEnabled();
}

void SmtpClient::log(const QString &line)
{
    const QString safe = transcriptSafe(line);
    qCDebug(lcSmtp).noquote() << safe;
    emit transcript(safe);
}

void SmtpClient::markStep(SmtpError::Step step)
{
    emit stepSucceeded(step, m_stepClock.elapsed());
    m_stepClock.restart();
}

void SmtpClient::onConnected()
{
    if (m_server.security == SecurityMode::Ssl)
        markStep(SmtpError::Step::Tls);
    m_heloName = smtp::heloArgument(m_options.heloName, m_conn->localAddress().toString());
    m_state = State::Greeting;
    expect({ Expectation::Greeting, -1, false, m_options.timeouts.greeting });
}

void SmtpClient::onEncrypted()
{
    log(QStringLiteral("* TLS established: %1").arg(m_conn->tlsDescription()));
    if (m_state == State::Handshake) {
        markStep(SmtpError::Step::Tls);
        // RFC 3207 §4.2: forget everything learned before TLS and ask again.
        m_caps = SmtpCapabilities();
        m_parser.reset();
        sendEhlo();
    }
}

void SmtpClient::expect(Expectation e)
{
    switch (e.what) {
    case Expectation::Mail:
    case Expectation::Rcpt:
    case Expectation::Data:
    case Expectation::DataEnd:
    case Expectation::Bdat:
    case Expectation::Rset:
        if (!e.owner)
            e.owner = m_tx.get();
        break;
    default:
        break;
    }
    m_expect.append(e);
    if (m_expect.size() == 1)
        rearmTimer();
}

void SmtpClient::rearmTimer()
{
    if (!m_conn)
        return;
    if (!m_expect.isEmpty())
        m_conn->armTimeout(m_expect.first().timeoutMs);
    else if (m_tx && m_tx->bodyStarted && !m_tx->bodyDone)
        m_conn->armTimeout(m_options.timeouts.dataBlock); // a body write must progress
    else
        m_conn->disarmTimeout();
}

void SmtpClient::sendCommand(const QByteArray &line, Expectation e, const QString &shown)
{
    if (transcriptWanted())
        log(QStringLiteral("C: ") + (shown.isEmpty() ? QString::fromUtf8(line.chopped(2)) : shown));
    m_conn->write(line);
    expect(e);
}

void SmtpClient::onLine(const QByteArray &line)
{
    if (m_failed)
        return;
    if (transcriptWanted())
        log(QStringLiteral("S: ") + QString::fromUtf8(line));
    switch (m_parser.feedLine(line)) {
    case SmtpReplyParser::Result::NeedMore:
        // A long multi-line reply is still progress: keep the deadline fresh.
        rearmTimer();
        return;
    case SmtpReplyParser::Result::Error:
        failSession(SmtpError::make(
            m_expect.isEmpty() ? SmtpError::Step::None : stepFor(m_expect.first().what),
            SmtpError::Kind::Protocol, m_parser.errorString()));
        return;
    case SmtpReplyParser::Result::Complete:
        onReply(m_parser.takeReply());
        return;
    }
}

SmtpError::Step SmtpClient::stepFor(Expectation::What what) const
{
    switch (what) {
    case Expectation::Greeting:
        return SmtpError::Step::Greeting;
    case Expectation::Ehlo:
    case Expectation::Helo:
        return SmtpError::Step::Ehlo;
    case Expectation::StartTls:
        return SmtpError::Step::StartTls;
    case Expectation::Auth:
        return SmtpError::Step::Auth;
    case Expectation::Mail:
        return SmtpError::Step::Sender;
    case Expectation::Rcpt:
        return SmtpError::Step::Recipient;
    case Expectation::Data:
    case Expectation::DataEnd:
    case Expectation::Bdat:
    case Expectation::Rset:
        return SmtpError::Step::Data;
    case Expectation::Quit:
        return SmtpError::Step::Quit;
    }
    return SmtpError::Step::None;
}

void SmtpClient::onReply(const SmtpReply &reply)
{
    if (m_expect.isEmpty()) {
        if (reply.code == 421) {
            failSession(SmtpError::fromReply(SmtpError::Step::None, reply));
            return;
        }
        failSession(SmtpError::make(SmtpError::Step::None, SmtpError::Kind::Protocol,
            QStringLiteral("unexpected reply: %1").arg(reply.summary())));
        return;
    }
    const Expectation e = m_expect.takeFirst();
    rearmTimer();
    // RFC 5321 §3.8: 421 may come at any moment; the server is closing.
    if (reply.code == 421 && e.what != Expectation::Quit) {
        failSession(SmtpError::fromReply(stepFor(e.what), reply));
        return;
    }
    switch (e.what) {
    case Expectation::Mail:
    case Expectation::Rcpt:
    case Expectation::Data:
    case Expectation::DataEnd:
    case Expectation::Bdat:
    case Expectation::Rset:
        handleTransactionReply(e, reply);
        return;
    default:
        handleSessionReply(e, reply);
        return;
    }
}

void SmtpClient::sendEhlo()
{
    m_state = State::Ehlo;
    sendCommand(
        smtp::ehlo(m_heloName), { Expectation::Ehlo, -1, false, m_options.timeouts.command });
}

void SmtpClient::handleSessionReply(const Expectation &e, const SmtpReply &reply)
{
    switch (e.what) {
    case Expectation::Greeting:
        if (reply.code != 220) {
            failSession(SmtpError::fromReply(SmtpError::Step::Greeting, reply));
            return;
        }
        markStep(SmtpError::Step::Greeting);
        sendEhlo();
        return;
    case Expectation::Ehlo:
        if (reply.code == 250) {
            m_caps = SmtpCapabilities::fromEhlo(reply);
            markStep(SmtpError::Step::Ehlo);
            afterEhlo();
            return;
        }
        // RFC 5321 §4.1.4: fall back to HELO only when EHLO is not recognised.
        // Without EHLO there is no STARTTLS, so a TLS-required session ends here.
        if ((reply.code == 500 || reply.code == 502)
            && m_server.security != SecurityMode::StartTls) {
            m_state = State::Helo;
            sendCommand(smtp::helo(m_heloName),
                { Expectation::Helo, -1, false, m_options.timeouts.command });
            return;
        }
        failSession(SmtpError::fromReply(SmtpError::Step::Ehlo, reply));
        return;
    case Expectation::Helo:
        if (reply.code != 250) {
            failSession(SmtpError::fromReply(SmtpError::Step::Ehlo, reply));
            return;
        }
        m_caps = SmtpCapabilities();
        m_caps.extended = false;
        markStep(SmtpError::Step::Ehlo);
        afterEhlo();
        return;
    case Expectation::StartTls:
        if (reply.code != 220) {
            failSession(SmtpError::fromReply(SmtpError::Step::StartTls, reply));
            return;
        }
        m_state = State::Handshake;
        m_conn->armTimeout(m_options.timeouts.command);
        m_conn->startClientEncryption();
        return;
    case Expectation::Auth:
        handleAuthReply(reply);
        return;
    case Expectation::Quit:
        m_state = State::Done;
        m_conn->disconnectFromHost();
        return;
    default:
        return;
    }
}

void SmtpClient::afterEhlo()
{
    if (m_server.security == SecurityMode::StartTls && !m_conn->isEncrypted()) {
        // RFC 3207; hostile-server checklist 1: never continue in plaintext.
        if (!m_caps.has(SmtpCapabilities::StartTls)) {
            failSession(SmtpError::make(SmtpError::Step::StartTls, SmtpError::Kind::Policy,
                tr("The server does not offer STARTTLS, so the connection cannot be encrypted. "
                   "Mailwright will not continue without encryption; try SSL/TLS on port 465.")));
            return;
        }
        m_state = State::StartTls;
        sendCommand(
            smtp::startTls(), { Expectation::StartTls, -1, false, m_options.timeouts.command });
        return;
    }
    if (m_options.credentials) {
        beginAuth();
        return;
    }
    becomeReady();
}

void SmtpClient::beginAuth()
{
    m_state = State::Auth;
    if (!m_caps.has(SmtpCapabilities::Auth)) {
        failSession(SmtpError::make(SmtpError::Step::Auth, SmtpError::Kind::Policy,
            tr("The server does not offer authentication (AUTH) on this connection.")));
        return;
    }
    sasl::ChoiceOptions choice;
    choice.tlsActive = m_conn->isEncrypted();
    choice.allowCleartextWithoutTls = m_options.allowPlaintextAuth;
    choice.kind = m_options.secretKind;
    choice.forced = m_options.forcedMechanisms;
    sasl::Choice chosen = sasl::choose(m_caps.authMechanisms, *m_options.credentials, choice);
    if (!chosen.mechanism) {
        failSession(SmtpError::make(SmtpError::Step::Auth, SmtpError::Kind::Policy, chosen.error));
        return;
    }
    m_sasl = std::move(chosen.mechanism);
    m_authMechanismName = m_sasl->name();
    const QString invalid = m_sasl->validationError();
    if (!invalid.isEmpty()) {
        failSession(SmtpError::make(SmtpError::Step::Auth, SmtpError::Kind::Policy, invalid));
        return;
    }
    const std::optional<QByteArray> initial = m_sasl->initialResponse();
    sendCommand(smtp::auth(m_authMechanismName, initial),
        { Expectation::Auth, -1, false, m_options.timeouts.command },
        QStringLiteral("AUTH %1%2")
            .arg(QString::fromLatin1(m_authMechanismName),
                initial ? QStringLiteral(" <redacted>") : QString()));
}

void SmtpClient::handleAuthReply(const SmtpReply &reply)
{
    if (reply.code == 334 && !m_authAborting) {
        const QByteArray encoded = reply.lines.value(0).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(
            encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            // Checklist 23: cancel the exchange properly, then report.
            m_authAborting = true;
            m_authAbortReason = tr("The server sent a login challenge that is not valid base64.");
            sendCommand(
                smtp::authCancel(), { Expectation::Auth, -1, false, m_options.timeouts.command });
            return;
        }
        const sasl::Step step = m_sasl->respond(*decoded);
        if (step.kind == sasl::Step::Abort) {
            m_authAborting = true;
            m_authAbortReason = step.error;
            sendCommand(
                smtp::authCancel(), { Expectation::Auth, -1, false, m_options.timeouts.command });
            return;
        }
        sendCommand(smtp::authResponse(step.response),
            { Expectation::Auth, -1, false, m_options.timeouts.command },
            QStringLiteral("<redacted>"));
        return;
    }
    if (m_authAborting) {
        SmtpError error
            = SmtpError::make(SmtpError::Step::Auth, SmtpError::Kind::Protocol, m_authAbortReason);
        error.reply = reply;
        failSession(error);
        return;
    }
    if (reply.code == 235) {
        if (!m_sasl->isComplete()) {
            failSession(SmtpError::make(SmtpError::Step::Auth, SmtpError::Kind::Protocol,
                tr("The server reported success without completing the login exchange "
                   "(it never proved it knows the password).")));
            return;
        }
        markStep(SmtpError::Step::Auth);
        log(QStringLiteral("* authenticated with %1")
                .arg(QString::fromLatin1(m_authMechanismName)));
        becomeReady();
        return;
    }
    SmtpError error = SmtpError::fromReply(SmtpError::Step::Auth, reply);
    if (!m_sasl->serverError().isEmpty())
        error.detail = tr("The server rejected the access token: %1").arg(m_sasl->serverError());
    failSession(error);
}

void SmtpClient::becomeReady()
{
    m_state = State::Ready;
    m_sasl.reset();
    emit ready();
    if (m_failed)
        return;
    startNextMessage();
}

void SmtpClient::send(const QList<OutgoingMessage> &messages)
{
    if (m_failed || m_state == State::Quitting || m_state == State::Done) {
        rejectLateMessages(messages);
        return;
    }
    m_queue += messages;
    if (m_state == State::Ready)
        startNextMessage();
}

// Messages handed over after the session ended still get a result, on the
// next event-loop turn (not from inside send()).
void SmtpClient::rejectLateMessages(const QList<OutgoingMessage> &messages)
{
    int index = m_nextIndex;
    m_nextIndex += int(messages.size());
    QList<MessageResult> results;
    for (const OutgoingMessage &message : messages) {
        MessageResult result;
        result.index = index++;
        for (const EmailAddress &address : message.recipients)
            result.recipients.append({ address, false, {} });
        result.error = SmtpError::make(SmtpError::Step::None, SmtpError::Kind::Cancelled,
            tr("The SMTP session had already ended."));
        results << result;
    }
    QMetaObject::invokeMethod(
        this,
        [this, results] {
            for (const MessageResult &result : results)
                emit messageFinished(result);
        },
        Qt::QueuedConnection);
}

void SmtpClient::quit()
{
    m_quitRequested = true;
    if (m_state == State::Ready)
        maybeQuit();
}

void SmtpClient::maybeQuit()
{
    if (!m_quitRequested || m_state != State::Ready || !m_queue.isEmpty())
        return;
    m_state = State::Quitting;
    sendCommand(smtp::quit(), { Expectation::Quit, -1, false, m_options.timeouts.quit });
}

void SmtpClient::cancel()
{
    // Deferred: cancel() is often called from a slot of our own signals
    // (progress, messageFinished), in the middle of a state change.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_failed || m_state == State::Done)
                return;
            failSession(SmtpError::make(
                SmtpError::Step::None, SmtpError::Kind::Cancelled, tr("Cancelled.")));
        },
        Qt::QueuedConnection);
}

void SmtpClient::onNetFailed(const NetError &error)
{
    if (m_failed)
        return;
    if ((m_state == State::Quitting || m_state == State::Done) && !m_tx) {
        // After QUIT, however the connection ends (a TLS close without
        // close_notify, a reset), everything that mattered is done. Not so
        // with QUIT pipelined behind a "." whose reply never came: that
        // message's fate is unknown, and it is reported as a failure.
        finishOnce();
        return;
    }
    SmtpError::Step step = SmtpError::Step::Connect;
    if (m_state == State::Handshake || (m_state == State::Connecting && m_tcpUp))
        step = SmtpError::Step::Tls;
    else if (!m_expect.isEmpty())
        step = stepFor(m_expect.first().what);
    else if (m_tx && m_tx->bodyStarted)
        step = SmtpError::Step::Data;
    else if (m_state != State::Connecting)
        step = SmtpError::Step::None;
    failSession(SmtpError::fromNet(step, error));
}

void SmtpClient::onClosed()
{
    if (m_failed)
        return;
    if ((m_state == State::Quitting || m_state == State::Done) && !m_tx) {
        finishOnce();
        return;
    }
    NetError closed;
    closed.kind = NetError::Closed;
    closed.detail = m_parser.isInsideReply()
        ? QStringLiteral("the connection ended in the middle of a reply")
        : QStringLiteral("the server closed the connection");
    onNetFailed(closed);
}

void SmtpClient::finishOnce()
{
    m_state = State::Done;
    if (m_finished)
        return;
    m_finished = true;
    if (m_conn)
        m_conn->abort();
    emit finished();
}

void SmtpClient::failSession(const SmtpError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_state = State::Done;
    log(QStringLiteral("* failed (%1, %2): %3")
            .arg(stepName(error.step), kindName(error.kind), error.detail));
    if (m_conn)
        m_conn->abort();
    failPendingMessages(error);
    emit failed(error);
}

} // namespace mw
