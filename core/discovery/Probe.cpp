#include "discovery/Probe.h"

#include "discovery/DiscoveryLog.h"
#include "net/Connection.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpCommands.h"

namespace mw {

namespace {
constexpr int kMaxLines = 200; // capability lines are few; a flood is hostile
constexpr int kGoodbyeMs = 1000; // how long a polite QUIT may take

QByteArray imapTag(int n)
{
    return "p" + QByteArray::number(n);
}

// "AUTH=PLAIN" atoms of an IMAP capability list (RFC 3501 §7.2.1).
void addImapCapabilities(const QByteArray &list, QStringList *auth, bool *tls)
{
    for (const QByteArray &atom : list.split(' ')) {
        const QByteArray upper = atom.toUpper();
        if (upper == "STARTTLS")
            *tls = true;
        else if (upper.startsWith("AUTH=") && auth->size() < 32)
            *auth << QString::fromLatin1(upper.mid(5));
    }
}
} // namespace

Probe::Probe(const ProbeTarget &target, const TlsPolicy &policy, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_policy(policy)
    , m_timeoutMs(timeoutMs)
{
    qRegisterMetaType<mw::ProbeResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        failWith(
            NetError::Timeout, QStringLiteral("no complete answer within %1 ms").arg(m_timeoutMs));
    });
}

Probe::~Probe()
{
    cancel();
}

void Probe::start()
{
    m_clock.start();
    m_timer.start(m_timeoutMs);
    m_connection = new Connection(this);
    m_connection->setTlsPolicy(m_policy);
    m_connection->setConnectTimeout(m_timeoutMs);
    m_connection->setMaxLineLength(4096);
    connect(m_connection, &Connection::lineReceived, this, &Probe::onLine);
    connect(m_connection, &Connection::failed, this,
        [this](const NetError &error) { failWith(error.kind, error.detail); });
    connect(m_connection, &Connection::closed, this,
        [this] { failWith(NetError::Closed, QStringLiteral("the server closed the connection")); });
    connect(m_connection, &Connection::encrypted, this, [this] {
        if (m_phase == Phase::StartTls)
            requestCapabilities(); // RFC 3207 §4.2: ask again, forget the old answer
    });
    // Any port without implicit TLS is probed for STARTTLS/STLS, so the
    // connection must be able to upgrade.
    const SecurityMode connectMode
        = m_target.mode == SecurityMode::Ssl ? SecurityMode::Ssl : SecurityMode::StartTls;
    m_connection->connectToHost(m_target.host, m_target.port, connectMode);
}

void Probe::cancel()
{
    m_reported = true;
    m_timer.stop();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
    }
}

void Probe::onLine(const QByteArray &line)
{
    if (m_reported)
        return;
    if (++m_lines > kMaxLines) {
        failWith(NetError::Protocol, QStringLiteral("too many lines"));
        return;
    }
    switch (m_target.protocol) {
    case Protocol::Smtp:
        onSmtpLine(line);
        return;
    case Protocol::Pop3:
        onPop3Line(line);
        return;
    case Protocol::Imap:
        onImapLine(line);
        return;
    }
}

void Probe::onSmtpLine(const QByteArray &line)
{
    const auto state = m_smtpParser.feedLine(line);
    if (state == SmtpReplyParser::Result::Error) {
        failWith(NetError::Protocol, m_smtpParser.errorString());
        return;
    }
    if (state == SmtpReplyParser::Result::NeedMore)
        return;
    const SmtpReply reply = m_smtpParser.takeReply();
    switch (m_phase) {
    case Phase::Greeting:
        // RFC 5321 §4.2: 554 instead of 220 means "no service here".
        if (reply.code != 220) {
            failWith(NetError::Protocol, reply.summary());
            return;
        }
        requestCapabilities();
        return;
    case Phase::Capabilities: {
        if (reply.code != 250) {
            // No EHLO, so no STARTTLS and no AUTH to read: still a server.
            capabilitiesDone(false);
            return;
        }
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(reply);
        m_auth.clear();
        for (const QByteArray &mech : caps.authMechanisms)
            m_auth << QString::fromLatin1(mech);
        capabilitiesDone(caps.has(SmtpCapabilities::StartTls));
        return;
    }
    case Phase::StartTls:
        if (reply.code != 220) {
            capabilitiesDone(false);
            return;
        }
        m_connection->startClientEncryption();
        return;
    case Phase::Done:
        return;
    }
}

void Probe::onPop3Line(const QByteArray &line)
{
    switch (m_phase) {
    case Phase::Greeting:
        if (!line.startsWith("+OK")) {
            failWith(NetError::Protocol, QString::fromLatin1(line.left(200)));
            return;
        }
        requestCapabilities();
        return;
    case Phase::Capabilities:
        if (!m_inMultiline) {
            if (!line.startsWith("+OK")) { // RFC 2449 §5: no CAPA, nothing known
                capabilitiesDone(false);
                return;
            }
            m_inMultiline = true;
            m_auth.clear();
            m_tlsOffered = false;
            return;
        }
        if (line == ".") {
            m_inMultiline = false;
            capabilitiesDone(m_tlsOffered);
            return;
        }
        {
            const QList<QByteArray> words = line.toUpper().split(' ');
            if (words.first() == "STLS")
                m_tlsOffered = true;
            else if (words.first() == "USER")
                m_auth << QStringLiteral("USER");
            else if (words.first() == "SASL")
                for (qsizetype i = 1; i < words.size() && m_auth.size() < 32; ++i)
                    m_auth << QString::fromLatin1(words[i]);
        }
        return;
    case Phase::StartTls:
        if (!line.startsWith("+OK")) {
            capabilitiesDone(false);
            return;
        }
        m_connection->startClientEncryption();
        return;
    case Phase::Done:
        return;
    }
}

void Probe::onImapLine(const QByteArray &line)
{
    const QByteArray upper = line.toUpper();
    switch (m_phase) {
    case Phase::Greeting: {
        if (!upper.startsWith("* OK") && !upper.startsWith("* PREAUTH")) {
            failWith(NetError::Protocol, QString::fromLatin1(line.left(200)));
            return;
        }
        // RFC 3501 §7.1: the greeting may carry [CAPABILITY ...] already.
        const qsizetype open = upper.indexOf("[CAPABILITY ");
        const qsizetype close = upper.indexOf(']', open);
        if (open >= 0 && close > open) {
            m_auth.clear();
            m_tlsOffered = false;
            addImapCapabilities(line.mid(open + 12, close - open - 12), &m_auth, &m_tlsOffered);
            m_phase = Phase::Capabilities;
            capabilitiesDone(m_tlsOffered);
            return;
        }
        requestCapabilities();
        return;
    }
    case Phase::Capabilities:
        if (upper.startsWith("* CAPABILITY ")) {
            addImapCapabilities(line.mid(13), &m_auth, &m_tlsOffered);
        } else if (upper.startsWith(imapTag(m_tag).toUpper() + ' ')) {
            capabilitiesDone(m_tlsOffered);
        }
        return;
    case Phase::StartTls:
        if (upper.startsWith(imapTag(m_tag).toUpper() + ' ')) {
            if (upper.mid(imapTag(m_tag).size() + 1).startsWith("OK"))
                m_connection->startClientEncryption();
            else
                capabilitiesDone(false);
        }
        return;
    case Phase::Done:
        return;
    }
}

void Probe::requestCapabilities()
{
    m_phase = Phase::Capabilities;
    m_auth.clear();
    m_tlsOffered = false;
    m_inMultiline = false;
    switch (m_target.protocol) {
    case Protocol::Smtp:
        m_smtpParser.reset();
        m_connection->write("EHLO "
            + smtp::heloArgument(QString(), m_connection->localAddress().toString()) + "\r\n");
        return;
    case Protocol::Pop3:
        m_connection->write("CAPA\r\n");
        return;
    case Protocol::Imap:
        m_connection->write(imapTag(++m_tag) + " CAPABILITY\r\n");
        return;
    }
}

void Probe::capabilitiesDone(bool tlsOffered)
{
    if (m_connection->isEncrypted()) {
        succeed(m_target.mode == SecurityMode::Ssl ? SecurityMode::Ssl : SecurityMode::StartTls);
        return;
    }
    if (m_phase == Phase::Capabilities && tlsOffered) {
        m_phase = Phase::StartTls;
        switch (m_target.protocol) {
        case Protocol::Smtp:
            m_connection->write("STARTTLS\r\n");
            return;
        case Protocol::Pop3:
            m_connection->write("STLS\r\n");
            return;
        case Protocol::Imap:
            m_connection->write(imapTag(++m_tag) + " STARTTLS\r\n");
            return;
        }
    }
    // Offered no TLS, or refused the upgrade: a plaintext-only server.
    succeed(SecurityMode::Plain);
}

void Probe::succeed(SecurityMode security)
{
    ProbeResult result;
    result.target = m_target;
    result.ok = true;
    result.security = security;
    result.authMethods = m_auth;
    m_phase = Phase::Done;
    // Say goodbye, then let the connection close on its own time; it is
    // reparented so that it outlives this probe without leaking.
    Connection *connection = m_connection;
    m_connection = nullptr;
    connection->disconnect(this);
    switch (m_target.protocol) {
    case Protocol::Smtp:
    case Protocol::Pop3:
        connection->write("QUIT\r\n");
        break;
    case Protocol::Imap:
        connection->write(imapTag(++m_tag) + " LOGOUT\r\n");
        break;
    }
    connection->setParent(parent());
    connect(connection, &Connection::closed, connection, &QObject::deleteLater);
    connect(connection, &Connection::failed, connection, &QObject::deleteLater);
    QTimer::singleShot(kGoodbyeMs, connection, [connection] {
        connection->abort();
        connection->deleteLater();
    });
    connection->disconnectFromHost();
    report(result);
}

void Probe::failWith(NetError::Kind kind, const QString &detail)
{
    if (m_reported)
        return;
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
    }
    ProbeResult result;
    result.target = m_target;
    result.error.kind = kind;
    result.error.detail = detail;
    report(result);
}

void Probe::report(ProbeResult result)
{
    if (m_reported)
        return;
    m_reported = true;
    m_timer.stop();
    result.elapsedMs = m_clock.elapsed();
    qCDebug(lcDiscovery).noquote()
        << "probe" << Endpoint { m_target.host, m_target.port, m_target.mode }.toString()
        << (result.ok ? toString(result.security) : result.error.detail) << result.elapsedMs
        << "ms";
    emit finished(result);
}

} // namespace mw
