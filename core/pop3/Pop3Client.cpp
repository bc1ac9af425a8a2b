#include "pop3/Pop3Client.h"

#include "net/Connection.h"
#include "net/TranscriptLine.h"
#include "pop3/Pop3Apop.h"
#include "pop3/Pop3Commands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPop3, "mailwright.pop3", QtWarningMsg)

namespace mw {

namespace {
// RFC 2449 §4 allows 512 octets per response line; like SMTP, tolerate more.
constexpr int kStatusLineLimit = 4096;
// RFC 5322 §2.1.1 caps message lines at 998 octets, but real mail breaks
// that; the message size limit bounds the total anyway.
constexpr int kMessageLineLimit = 64 * 1024;
// CAPA is a short list; a longer one is not a capability list.
constexpr qint64 kMaxCapaBytes = 64 * 1024;

// Translation context for this file's messages (lupdate reads Xxx::tr calls).
struct Pop3ClientText {
    Q_DECLARE_TR_FUNCTIONS(mw::Pop3Client)
};

// Server bytes for the transcript: UTF-8 with control characters replaced.
QString printable(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return text;
}
} // namespace

Pop3Client::Pop3Client(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::Pop3Error>();
    qRegisterMetaType<mw::Pop3ListEntry>();
    qRegisterMetaType<mw::Pop3UidEntry>();
}

Pop3Client::~Pop3Client() = default;

bool Pop3Client::isEncrypted() const
{
    return m_conn && m_conn->isEncrypted();
}

QString Pop3Client::tlsDescription() const
{
    return m_conn ? m_conn->tlsDescription() : QString();
}

void Pop3Client::connectToServer(const Pop3Server &server, const Pop3SessionOptions &options)
{
    Q_ASSERT(m_state == State::Idle);
    m_server = server;
    m_options = options;
    m_state = State::Connecting;
    m_conn = new Connection(this);
    m_conn->setTlsPolicy(options.tls);
    m_conn->setConnectTimeout(options.timeouts.connect);
    m_conn->setMaxLineLength(kStatusLineLimit);
    connect(m_conn, &Connection::tcpConnected, this, [this] {
        m_tcpUp = true;
        markStep(Pop3Error::Step::Connect);
    });
    connect(m_conn, &Connection::connected, this, &Pop3Client::onConnected);
    connect(m_conn, &Connection::encrypted, this, &Pop3Client::onEncrypted);
    connect(m_conn, &Connection::lineReceived, this, &Pop3Client::onLine);
    connect(m_conn, &Connection::failed, this, &Pop3Client::onNetFailed);
    connect(m_conn, &Connection::closed, this, &Pop3Client::onClosed);
    log(QStringLiteral("* connecting to %1:%2 (%3)")
            .arg(server.host)
            .arg(server.port)
            .arg(toString(server.security)));
    m_stepClock.start();
    m_conn->connectToHost(server.host, server.port, server.security);
}

void Pop3Client::log(const QString &line)
{
    const QString safe = transcriptSafe(line);
    qCDebug(lcPop3).noquote() << safe;
    emit transcript(safe);
}

void Pop3Client::markStep(Pop3Error::Step step)
{
    emit stepSucceeded(step, m_stepClock.elapsed());
    m_stepClock.restart();
}

void Pop3Client::onConnected()
{
    if (m_server.security == SecurityMode::Ssl)
        markStep(Pop3Error::Step::Tls);
    m_state = State::Greeting;
    m_expect.append({ Expectation::Greeting, m_options.timeouts.greeting });
    rearmTimer();
}

void Pop3Client::onEncrypted()
{
    log(QStringLiteral("* TLS established: %1").arg(m_conn->tlsDescription()));
    if (m_state != State::Handshake)
        return;
    markStep(Pop3Error::Step::Stls);
    // RFC 2595 §4: forget the capabilities learned in plaintext and ask
    // again. (The greeting's APOP timestamp is kept: the greeting is not
    // repeated, and the digest now travels encrypted.)
    m_caps = Pop3Capabilities();
    sendCapa();
}

void Pop3Client::rearmTimer()
{
    if (!m_conn)
        return;
    if (m_expect.isEmpty())
        m_conn->disarmTimeout();
    else
        m_conn->armTimeout(m_expect.first().timeoutMs);
}

void Pop3Client::sendCommand(const QByteArray &line, Expectation e, const QString &shown)
{
    log(QStringLiteral("C: ") + (shown.isEmpty() ? QString::fromUtf8(line.chopped(2)) : shown));
    m_conn->write(line);
    m_expect.append(e);
    if (m_expect.size() == 1)
        rearmTimer();
}

Pop3Error::Step Pop3Client::stepFor(Expectation::What what) const
{
    switch (what) {
    case Expectation::Greeting:
        return Pop3Error::Step::Greeting;
    case Expectation::Capa:
        return Pop3Error::Step::Capabilities;
    case Expectation::Stls:
        return Pop3Error::Step::Stls;
    case Expectation::Sasl:
    case Expectation::User:
    case Expectation::Pass:
    case Expectation::Apop:
        return Pop3Error::Step::Auth;
    case Expectation::Stat:
    case Expectation::List:
    case Expectation::Uidl:
        return Pop3Error::Step::Mailbox;
    case Expectation::Retr:
        return Pop3Error::Step::Retrieve;
    case Expectation::Quit:
        return Pop3Error::Step::Quit;
    }
    return Pop3Error::Step::None;
}

void Pop3Client::onLine(const QByteArray &line)
{
    if (m_failed)
        return;
    if (m_body) {
        onBodyLine(line);
        return;
    }
    log(QStringLiteral("S: ") + printable(line));
    if (m_expect.isEmpty()) {
        failSession(Pop3Error::make(Pop3Error::Step::None, Pop3Error::Kind::Protocol,
            QStringLiteral("the server sent a line nobody asked for")));
        return;
    }
    const Expectation e = m_expect.takeFirst();
    const Pop3Reply reply = Pop3Reply::parse(line);
    if (reply.status == Pop3Reply::Status::Invalid
        || (reply.isContinuation() && e.what != Expectation::Sasl)) {
        // RFC 1939 §3: every response starts with +OK or -ERR.
        failSession(Pop3Error::make(stepFor(e.what), Pop3Error::Kind::Protocol,
            QStringLiteral("expected +OK or -ERR, got \"%1\"").arg(printable(line.left(80)))));
        return;
    }
    const bool multiline = e.what == Expectation::Capa || e.what == Expectation::List
        || e.what == Expectation::Uidl || e.what == Expectation::Retr;
    if (reply.isOk() && multiline) {
        // RFC 1939 §3: the body follows, up to a line with a single ".".
        m_expect.prepend(e);
        qint64 limit = m_options.maxListingBytes;
        if (e.what == Expectation::Capa)
            limit = kMaxCapaBytes;
        if (e.what == Expectation::Retr) {
            limit = m_options.maxMessageBytes;
            m_conn->setMaxLineLength(kMessageLineLimit);
        }
        m_body.emplace(limit);
        m_conn->armTimeout(m_options.timeouts.data);
        return;
    }
    rearmTimer();
    onReply(e, reply);
}

void Pop3Client::onBodyLine(const QByteArray &line)
{
    const Expectation e = m_expect.first();
    switch (m_body->feedLine(line)) {
    case Pop3MultilineReader::Result::NeedMore:
        if (e.what == Expectation::Capa)
            log(QStringLiteral("S: ") + printable(line));
        // A long reply is still progress: keep the deadline fresh.
        m_conn->armTimeout(m_options.timeouts.data);
        return;
    case Pop3MultilineReader::Result::TooLarge:
        failSession(Pop3Error::make(stepFor(e.what),
            e.what == Expectation::Capa ? Pop3Error::Kind::Protocol : Pop3Error::Kind::TooLarge,
            QStringLiteral("the reply exceeds the limit of %1 bytes").arg(m_body->maxBytes())));
        return;
    case Pop3MultilineReader::Result::Complete:
        break;
    }
    m_expect.removeFirst();
    const int lines = m_body->lineCount();
    QByteArray body = m_body->takeData();
    m_body.reset();
    m_conn->setMaxLineLength(kStatusLineLimit);
    if (e.what != Expectation::Capa)
        log(QStringLiteral("S: <%1 lines, %2 bytes>").arg(lines).arg(body.size()));
    log(QStringLiteral("S: ."));
    rearmTimer();
    onMultilineDone(e, std::move(body));
}

void Pop3Client::onReply(const Expectation &e, const Pop3Reply &reply)
{
    switch (e.what) {
    case Expectation::Greeting:
        if (!reply.isOk()) {
            failSession(Pop3Error::fromReply(Pop3Error::Step::Greeting, reply));
            return;
        }
        m_apopTimestamp = pop3::apopTimestamp(reply.text);
        if (!m_apopTimestamp && reply.text.contains('<'))
            log(QStringLiteral(
                "* the greeting's APOP timestamp is not valid; APOP is not offered"));
        markStep(Pop3Error::Step::Greeting);
        sendCapa();
        return;
    case Expectation::Capa:
        // RFC 2449 §5: a server without CAPA answers -ERR; assume nothing.
        m_caps = Pop3Capabilities();
        log(QStringLiteral("* no capability list: assuming none"));
        markStep(Pop3Error::Step::Capabilities);
        afterCapa();
        return;
    case Expectation::Stls:
        if (!reply.isOk()) {
            failSession(Pop3Error::fromReply(Pop3Error::Step::Stls, reply));
            return;
        }
        m_state = State::Handshake;
        m_conn->armTimeout(m_options.timeouts.command);
        m_conn->startClientEncryption(); // fails on bytes injected after the +OK
        return;
    case Expectation::Sasl:
    case Expectation::User:
    case Expectation::Pass:
    case Expectation::Apop:
        handleAuthReply(e, reply);
        return;
    case Expectation::Stat:
    case Expectation::List:
    case Expectation::Uidl:
    case Expectation::Retr:
        handleMailboxReply(e, reply);
        return;
    case Expectation::Quit:
        // RFC 1939 §6: -ERR only reports deletions not done; there are none.
        m_state = State::Done;
        if (reply.isOk())
            markStep(Pop3Error::Step::Quit);
        m_conn->disconnectFromHost();
        return;
    }
}

void Pop3Client::onMultilineDone(const Expectation &e, QByteArray body)
{
    switch (e.what) {
    case Expectation::Capa:
        m_caps = Pop3Capabilities::fromCapa(body);
        markStep(Pop3Error::Step::Capabilities);
        afterCapa();
        return;
    case Expectation::List:
    case Expectation::Uidl:
        handleListing(e, body);
        return;
    case Expectation::Retr:
        markStep(Pop3Error::Step::Retrieve);
        m_state = State::Ready;
        emit messageRetrieved(e.number, body);
        runNextRequest();
        return;
    default:
        return;
    }
}

void Pop3Client::sendCapa()
{
    m_state = State::Capa;
    sendCommand(pop3::capa(), { Expectation::Capa, m_options.timeouts.command });
}

void Pop3Client::afterCapa()
{
    if (m_server.security == SecurityMode::StartTls && !m_conn->isEncrypted()) {
        // RFC 2595 §4; checklist 1: never continue in plaintext. A server
        // without CAPA has no STLS either (STLS is announced through CAPA).
        if (!m_caps.has(Pop3Capabilities::Stls)) {
            failSession(Pop3Error::make(Pop3Error::Step::Stls, Pop3Error::Kind::Policy,
                Pop3ClientText::tr(
                    "The server does not offer STLS, so the connection cannot be encrypted. "
                    "Mailwright will not continue without encryption; try SSL/TLS on port 995.")));
            return;
        }
        m_state = State::Stls;
        sendCommand(pop3::stls(), { Expectation::Stls, m_options.timeouts.command });
        return;
    }
    if (m_options.credentials) {
        beginAuth();
        return;
    }
    becomeReady();
}

void Pop3Client::cancel()
{
    if (m_failed || m_state == State::Done)
        return;
    failSession(Pop3Error::make(
        Pop3Error::Step::None, Pop3Error::Kind::Cancelled, Pop3ClientText::tr("Cancelled.")));
}

void Pop3Client::onNetFailed(const NetError &error)
{
    if (m_failed)
        return;
    if (m_state == State::Quitting || m_state == State::Done) {
        // The goodbye went wrong, but everything that mattered is done.
        finishOnce();
        return;
    }
    Pop3Error::Step step = Pop3Error::Step::None;
    if (m_state == State::Handshake)
        step = Pop3Error::Step::Stls;
    else if (!m_expect.isEmpty())
        step = stepFor(m_expect.first().what);
    else if (m_state == State::Connecting)
        step = m_tcpUp ? Pop3Error::Step::Tls : Pop3Error::Step::Connect;
    failSession(Pop3Error::fromNet(step, error));
}

void Pop3Client::onClosed()
{
    if (m_failed)
        return;
    if (m_state == State::Quitting || m_state == State::Done) {
        finishOnce();
        return;
    }
    NetError closed;
    closed.kind = NetError::Closed;
    closed.detail = m_body
        ? QStringLiteral("the connection ended in the middle of a multi-line reply")
        : QStringLiteral("the server closed the connection");
    onNetFailed(closed);
}

void Pop3Client::finishOnce()
{
    m_state = State::Done;
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

void Pop3Client::failSession(const Pop3Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_state = State::Done;
    m_body.reset();
    m_sasl.reset();
    log(QStringLiteral("* failed (%1, %2): %3")
            .arg(stepName(error.step), kindName(error.kind), error.detail));
    if (m_conn)
        m_conn->abort();
    emit failed(error);
}

} // namespace mw
