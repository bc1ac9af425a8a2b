#include "console/ConsoleSession.h"

#include "net/Connection.h"
#include "net/TranscriptLine.h"

#include <QSaveFile>

namespace mw {

namespace {

QString verbOf(const QString &line)
{
    return line.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
}

QString failureSentence(const NetError &error)
{
    switch (error.kind) {
    case NetError::HostNotFound:
        return ConsoleSession::tr("The server name was not found.");
    case NetError::Refused:
        return ConsoleSession::tr(
            "The server refused the connection: nothing listens on that port.");
    case NetError::Unreachable:
        return ConsoleSession::tr("The server could not be reached.");
    case NetError::Timeout:
        return ConsoleSession::tr("The server stopped answering.");
    case NetError::Closed:
        return ConsoleSession::tr("The server closed the connection.");
    case NetError::TlsHandshake:
        return ConsoleSession::tr("The TLS handshake failed.");
    case NetError::Certificate:
        return ConsoleSession::tr("The server's certificate is not trusted.");
    case NetError::Injection:
        return ConsoleSession::tr(
            "The server sent data across the TLS upgrade; the connection was closed for safety.");
    case NetError::LineTooLong:
    case NetError::Protocol:
        return ConsoleSession::tr("The server sent data that is not a valid line of text.");
    case NetError::None:
        break;
    }
    return ConsoleSession::tr("The connection failed.");
}

} // namespace

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
{
}

ConsoleSession::~ConsoleSession()
{
    m_authPassword.fill(QLatin1Char('\0'));
    if (m_conn)
        m_conn->abort();
}

void ConsoleSession::connectTo(const Endpoint &endpoint, Protocol protocol)
{
    dropConnection();
    m_protocol = protocol;
    m_conn = new Connection(this);
    m_conn->setTlsPolicy(m_policy);
    m_conn->setConnectTimeout(m_connectTimeoutMs);
    connect(m_conn, &Connection::connected, this, &ConsoleSession::onConnected);
    connect(m_conn, &Connection::encrypted, this, &ConsoleSession::onEncrypted);
    connect(m_conn, &Connection::lineReceived, this, &ConsoleSession::onLine);
    connect(m_conn, &Connection::failed, this, &ConsoleSession::onFailed);
    connect(m_conn, &Connection::closed, this, &ConsoleSession::onClosed);
    append(
        QStringLiteral("* ") + tr("Connecting to %1 …").arg(transcriptSafe(endpoint.toString())));
    setState(State::Connecting);
    // Without implicit TLS the session starts in plaintext; upgrading is the
    // user's command (also on an endpoint chosen as unencrypted), so the
    // connection must be able to upgrade.
    const SecurityMode mode
        = endpoint.security == SecurityMode::Ssl ? SecurityMode::Ssl : SecurityMode::StartTls;
    m_conn->connectToHost(endpoint.host, endpoint.port, mode);
}

void ConsoleSession::disconnectFromHost()
{
    if (!m_conn)
        return;
    dropConnection();
    append(QStringLiteral("* ") + tr("Disconnected."));
}

bool ConsoleSession::isEncrypted() const
{
    return m_conn && m_conn->isEncrypted();
}

bool ConsoleSession::sendLine(const QString &line, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_state != State::Connected || !m_conn)
        return refuse(tr("Not connected."));
    if (line.contains(QLatin1Char('\r')) || line.contains(QLatin1Char('\n'))
        || line.contains(QChar(0)))
        return refuse(tr("A command must be one line, without line breaks or NUL characters."));
    if (m_helperAuth)
        return refuse(tr("Wait until the AUTH helper has finished."));

    const QString shown = redactedCommand(line, m_userAuth);
    const QString verb = verbOf(line);
    if (!m_userAuth) {
        if (verb == QLatin1String("AUTH"))
            m_userAuth = true; // the lines that follow answer challenges
        const QLatin1String upgrade
            = m_protocol == Protocol::Pop3 ? QLatin1String("STLS") : QLatin1String("STARTTLS");
        if (verb == upgrade && !isEncrypted())
            m_awaitingTls = true;
    }
    m_lastCommand = verb;
    write(line.toUtf8(), shown);
    return true;
}

bool ConsoleSession::startTls(QString *error)
{
    if (isEncrypted()) {
        if (error)
            *error = tr("The connection is already encrypted.");
        return false;
    }
    return sendLine(
        m_protocol == Protocol::Pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS"), error);
}

bool ConsoleSession::authenticate(
    AuthMechanism mechanism, const QString &username, const QString &password, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_state != State::Connected || !m_conn)
        return refuse(tr("Not connected."));
    if (m_helperAuth || m_userAuth)
        return refuse(tr("An AUTH exchange is already in progress."));
    if (username.isEmpty() || password.isEmpty())
        return refuse(tr("Enter both the user name and the password."));
    if (username.contains(QChar(0)) || password.contains(QChar(0)))
        return refuse(tr("The user name and password cannot contain NUL characters."));
    if (!isEncrypted() && !m_allowPlaintextAuth)
        return refuse(tr("The connection is not encrypted, so the password would cross the "
                         "network readable. Start TLS first."));

    m_helperAuth = true;
    m_helperMechanism = mechanism;
    m_helperStep = 0;
    m_authUser = username;
    m_authPassword = password;
    if (mechanism == AuthMechanism::Plain) {
        // RFC 4616: authzid NUL authcid NUL passwd, as the initial response
        // (RFC 4954 for SMTP, RFC 5034 for POP3).
        const QByteArray message
            = QByteArray(1, '\0') + username.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
        m_helperStep = 1;
        write("AUTH PLAIN " + message.toBase64(), QStringLiteral("AUTH PLAIN <redacted>"));
    } else {
        write("AUTH LOGIN", QStringLiteral("AUTH LOGIN"));
    }
    return true;
}

bool ConsoleSession::saveLog(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(m_log.join(QLatin1Char('\n')).toUtf8());
    file.write("\n");
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ConsoleSession::redactedCommand(const QString &line, bool inAuthExchange)
{
    if (inAuthExchange)
        return line.trimmed() == QLatin1String("*") ? QStringLiteral("*")
                                                    : QStringLiteral("<redacted>");
    const QStringList words = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString verb = words.value(0).toUpper();
    if (verb == QLatin1String("AUTH") && words.size() > 2)
        return QStringLiteral("AUTH %1 <redacted>").arg(transcriptSafe(words.at(1)));
    if ((verb == QLatin1String("PASS") || verb == QLatin1String("APOP")) && words.size() > 1)
        return verb + QStringLiteral(" <redacted>");
    return transcriptSafe(line);
}

void ConsoleSession::onConnected()
{
    setState(State::Connected);
    append(QStringLiteral("* ")
        + tr("Connected to %1:%2.").arg(transcriptSafe(m_conn->host())).arg(m_conn->port()));
}

void ConsoleSession::onEncrypted()
{
    if (!m_conn)
        return;
    m_conn->disarmTimeout();
    const QString description = m_conn->tlsDescription();
    append(QStringLiteral("* ") + tr("TLS is on: %1").arg(description));
    emit encrypted(description);
}

void ConsoleSession::onLine(const QByteArray &bytes)
{
    const QString line = QString::fromUtf8(bytes);
    append(QStringLiteral("S: ") + transcriptSafe(line));
    if (!m_conn)
        return;

    if (m_awaitingTls && isFinalReply(line)) {
        m_awaitingTls = false;
        const bool goAhead = m_protocol == Protocol::Pop3 ? line.startsWith(QLatin1String("+OK"))
                                                          : line.startsWith(QLatin1String("220"));
        if (goAhead) {
            append(QStringLiteral("* ") + tr("Starting TLS …"));
            m_conn->armTimeout(m_connectTimeoutMs);
            m_conn->startClientEncryption(); // may fail: injected bytes
        }
        return;
    }
    if (m_helperAuth) {
        continueAuth(line);
        return;
    }
    if (m_userAuth && isFinalReply(line))
        m_userAuth = false;
}

void ConsoleSession::continueAuth(const QString &serverLine)
{
    if (isFinalReply(serverLine)) {
        endAuth();
        return;
    }
    if (!isContinuation(serverLine))
        return;
    if (m_helperMechanism == AuthMechanism::Plain) {
        // The server ignored the initial response and sent an empty challenge.
        if (m_helperStep == 1) {
            m_helperStep = 2;
            const QByteArray message = QByteArray(1, '\0') + m_authUser.toUtf8()
                + QByteArray(1, '\0') + m_authPassword.toUtf8();
            write(message.toBase64(), QStringLiteral("<redacted>"));
            return;
        }
    } else if (m_helperStep == 0) {
        m_helperStep = 1;
        write(m_authUser.toUtf8().toBase64(), QStringLiteral("<redacted>"));
        return;
    } else if (m_helperStep == 1) {
        m_helperStep = 2;
        write(m_authPassword.toUtf8().toBase64(), QStringLiteral("<redacted>"));
        return;
    }
    // More challenges than the mechanism has: cancel (RFC 4954 §4).
    write("*", QStringLiteral("*"));
}

void ConsoleSession::endAuth()
{
    m_helperAuth = false;
    m_helperStep = 0;
    m_authUser.clear();
    m_authPassword.fill(QLatin1Char('\0'));
    m_authPassword.clear();
}

bool ConsoleSession::isContinuation(const QString &line) const
{
    if (m_protocol == Protocol::Pop3)
        return line == QLatin1String("+") || line.startsWith(QLatin1String("+ "));
    return line == QLatin1String("334") || line.startsWith(QLatin1String("334 "));
}

bool ConsoleSession::isFinalReply(const QString &line) const
{
    if (m_protocol == Protocol::Pop3)
        return line.startsWith(QLatin1String("+OK")) || line.startsWith(QLatin1String("-ERR"));
    if (line.size() < 3 || !line.at(0).isDigit() || !line.at(1).isDigit() || !line.at(2).isDigit())
        return false;
    return !isContinuation(line) && (line.size() == 3 || line.at(3) == QLatin1Char(' '));
}

void ConsoleSession::onFailed(const NetError &error)
{
    QString message = failureSentence(error);
    if (!error.detail.isEmpty())
        message += QStringLiteral(" (%1)").arg(transcriptSafe(error.detail));
    append(QStringLiteral("* ") + message);
    dropConnection();
    emit failed(message);
}

void ConsoleSession::onClosed()
{
    append(QStringLiteral("* ") + tr("The server closed the connection."));
    dropConnection();
}

void ConsoleSession::append(const QString &line)
{
    m_log << line;
    emit logged(line);
}

void ConsoleSession::write(const QByteArray &line, const QString &shown)
{
    append(QStringLiteral("C: ") + shown);
    m_conn->write(line + "\r\n");
}

void ConsoleSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ConsoleSession::dropConnection()
{
    endAuth();
    m_userAuth = false;
    m_awaitingTls = false;
    if (m_conn) {
        Connection *conn = m_conn;
        m_conn = nullptr;
        conn->disconnect(this);
        conn->abort();
        conn->deleteLater();
    }
    setState(State::Disconnected);
}

} // namespace mw
