#include "net/Connection.h"

#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcNet, "mailwright.net", QtWarningMsg)

namespace mw {

namespace {
// Bytes read from the socket per step; Qt's own buffer is capped too, so a
// hostile peer cannot make us hold more than a few of these.
constexpr qint64 kReadChunk = 16 * 1024;
constexpr qint64 kSocketReadBuffer = 64 * 1024;

bool looksLikeTlsRecord(const QByteArray &bytes)
{
    // A TLS record starts with content type 0x15 (alert) or 0x16 (handshake)
    // followed by version major 3.
    return bytes.size() >= 2 && (bytes.at(0) == 0x15 || bytes.at(0) == 0x16) && bytes.at(1) == 0x03;
}
} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mw::NetError>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &Connection::onTimeout);
}

Connection::~Connection() = default;

void Connection::connectToHost(const QString &host, quint16 port, SecurityMode mode)
{
    Q_ASSERT(!m_socket);
    m_host = host;
    m_port = port;
    m_mode = mode;
    if (mode == SecurityMode::Plain) {
        m_socket = new QTcpSocket(this);
    } else {
        m_ssl = new QSslSocket(this);
        m_socket = m_ssl;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        // RFC 8997: TLS 1.0 and 1.1 are not used.
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_policy.extraCaCertificates.isEmpty())
            config.addCaCertificates(m_policy.extraCaCertificates);
        m_ssl->setSslConfiguration(config);
        m_ssl->setPeerVerifyName(host);
        connect(m_ssl, &QSslSocket::encrypted, this, &Connection::onEncrypted);
        connect(m_ssl, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
        // With TLS, bytesWritten() fires when plaintext enters the TLS engine
        // and encryptedBytesWritten() when ciphertext reaches the kernel;
        // back-pressure needs a wake-up for both.
        connect(m_ssl, &QSslSocket::encryptedBytesWritten, this, [this](qint64) {
            if (!m_done)
                emit bytesWritten(0);
        });
    }
    m_socket->setReadBufferSize(kSocketReadBuffer);
    connect(m_socket, &QAbstractSocket::connected, this, &Connection::onConnected);
    connect(m_socket, &QIODevice::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Connection::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QIODevice::bytesWritten, this, [this](qint64 bytes) {
        if (!m_done)
            emit bytesWritten(bytes);
    });

    m_connecting = true;
    armTimeout(m_connectTimeoutMs);
    qCDebug(lcNet) << "connecting to" << host << port << toString(mode);
    if (mode == SecurityMode::Ssl)
        m_ssl->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void Connection::onConnected()
{
    // The protocol clients batch their own writes (pipelining, whole body
    // chunks); Nagle would only add a delayed-ACK stall between groups.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QPointer<Connection> self(this);
    emit tcpConnected();
    if (!self || m_done)
        return;
    if (m_mode == SecurityMode::Ssl)
        return; // wait for the handshake
    m_connecting = false;
    disarmTimeout();
    emit connected();
}

void Connection::onEncrypted()
{
    if (m_done)
        return;
    qCDebug(lcNet) << "encrypted:" << tlsDescription();
    QPointer<Connection> self(this);
    if (m_connecting) {
        m_connecting = false;
        disarmTimeout();
        emit encrypted();
        if (self && !m_done)
            emit connected();
    } else {
        m_upgrading = false;
        emit encrypted();
    }
    // Data that arrived with the last handshake flight.
    if (self && !m_done && m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void Connection::startClientEncryption()
{
    if (m_done || !m_socket)
        return;
    // RFC 3207 §4.2 / RFC 2595 §4: nothing the server sent before the
    // handshake may be used afterwards. Anything already here was injected.
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
        fail(NetError::Injection,
            QStringLiteral("%1 unexpected byte(s) arrived after the go-ahead for TLS")
                .arg(m_buffer.size() + m_socket->bytesAvailable()));
        return;
    }
    if (!m_ssl) {
        fail(NetError::Protocol,
            QStringLiteral("TLS was requested on a connection opened without encryption"));
        return;
    }
    m_upgrading = true;
    m_ssl->startClientEncryption();
}

void Connection::write(const QByteArray &data)
{
    if (m_done || !m_socket)
        return;
    m_socket->write(data);
}

qint64 Connection::bytesToWrite() const
{
    if (!m_socket)
        return 0;
    return m_socket->bytesToWrite()
        + (m_ssl && m_ssl->isEncrypted() ? m_ssl->encryptedBytesToWrite() : 0);
}

void Connection::armTimeout(int ms)
{
    m_deadline.start(ms);
}

void Connection::disarmTimeout()
{
    m_deadline.stop();
}

void Connection::disconnectFromHost()
{
    disarmTimeout();
    if (!m_socket || m_done)
        return;
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        m_done = true;
        emit closed();
        return;
    }
    m_socket->disconnectFromHost();
}

void Connection::abort()
{
    disarmTimeout();
    m_done = true;
    if (m_socket)
        m_socket->abort();
}

bool Connection::isEncrypted() const
{
    return m_ssl && m_ssl->isEncrypted();
}

bool Connection::isOpen() const
{
    return m_socket && !m_done && m_socket->state() == QAbstractSocket::ConnectedState;
}

QHostAddress Connection::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

QString Connection::tlsDescription() const
{
    if (!isEncrypted())
        return {};
    const QSslCipher cipher = m_ssl->sessionCipher();
    return QStringLiteral("%1, %2").arg(cipher.protocolString(), cipher.name());
}

CertificateInfo Connection::peerCertificate() const
{
    return m_ssl ? CertificateInfo::from(m_ssl->peerCertificate()) : CertificateInfo();
}

void Connection::onReadyRead()
{
    if (m_done || !m_socket)
        return;
    // During the handshake QSslSocket consumes the bytes itself.
    if (m_upgrading)
        return;
    while (!m_done && !m_upgrading && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(kReadChunk);
        if (chunk.isEmpty())
            break;
        if (!m_sawFirstByte && !isEncrypted() && looksLikeTlsRecord(chunk)) {
            fail(NetError::Protocol,
                QStringLiteral("the server answered with TLS on a plaintext connection"));
            return;
        }
        m_sawFirstByte = true;
        m_buffer.append(chunk);
        if (!drainLines())
            return;
    }
}

// Emits every complete line in the buffer. Returns false when processing
// must stop (failure, upgrade started, or this object went away).
bool Connection::drainLines()
{
    QPointer<Connection> self(this);
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            break;
        qsizetype end = newline;
        if (end > 0 && m_buffer.at(end - 1) == '\r')
            --end;
        if (end > m_maxLineLength) {
            fail(NetError::LineTooLong,
                QStringLiteral("a line of %1 bytes exceeds the limit of %2")
                    .arg(end)
                    .arg(m_maxLineLength));
            return false;
        }
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, newline + 1);
        emit lineReceived(line);
        if (!self || m_done || m_upgrading)
            return false;
    }
    if (m_buffer.size() > m_maxLineLength) {
        fail(NetError::LineTooLong,
            QStringLiteral("more than %1 bytes arrived without a line break").arg(m_maxLineLength));
        return false;
    }
    return true;
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate leaf = m_ssl->peerCertificate();
    if (m_policy.isPinned(leaf)) {
        // The user explicitly accepted exactly this certificate for this
        // account's host and port; nothing else is waived.
        qCDebug(lcNet) << "certificate accepted by pin";
        m_ssl->ignoreSslErrors(errors);
        return;
    }
    m_rejectedCertificate = CertificateInfo::from(leaf, errors);
}

void Connection::onSocketError()
{
    if (m_done)
        return;
    const auto error = m_socket->error();
    const QString detail = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(NetError::HostNotFound, detail);
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(NetError::Refused, detail);
        return;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
        fail(m_connecting && m_socket->state() != QAbstractSocket::ConnectedState
                ? NetError::Unreachable
                : NetError::Closed,
            detail);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_upgrading || (m_connecting && m_mode == SecurityMode::Ssl))
            fail(NetError::TlsHandshake,
                QStringLiteral("the server closed the connection during the TLS handshake"));
        else
            fail(NetError::Closed, detail);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_rejectedCertificate.isNull())
            fail(NetError::Certificate, m_rejectedCertificate.problems.join(QLatin1String("; ")),
                m_rejectedCertificate);
        else
            fail(NetError::TlsHandshake, detail);
        return;
    default:
        fail(m_connecting ? NetError::Unreachable : NetError::Closed, detail);
        return;
    }
}

void Connection::onDisconnected()
{
    if (m_done)
        return;
    disarmTimeout();
    // Data may still sit unread if the peer closed right after sending.
    if (m_socket->bytesAvailable() > 0) {
        QPointer<Connection> self(this);
        onReadyRead();
        if (!self || m_done)
            return;
    }
    m_done = true;
    emit closed();
}

void Connection::onTimeout()
{
    if (m_done)
        return;
    if (m_connecting) {
        const bool tcpUp = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
        // Connected but silent during the handshake: a stalled server, not a
        // TLS incompatibility (those fail fast with an alert).
        fail(tcpUp ? NetError::Timeout : NetError::Unreachable,
            tcpUp ? QStringLiteral(
                "the server accepted the connection but the TLS handshake did not finish in time")
                  : QStringLiteral("the connection could not be established in time"));
        return;
    }
    if (m_upgrading) {
        fail(NetError::Timeout, QStringLiteral("the TLS handshake did not finish in time"));
        return;
    }
    fail(NetError::Timeout, QStringLiteral("no answer in time"));
}

void Connection::fail(NetError::Kind kind, const QString &detail, const CertificateInfo &cert)
{
    if (m_done)
        return;
    m_done = true;
    disarmTimeout();
    qCDebug(lcNet) << "failed:" << kind << detail;
    if (m_socket)
        m_socket->abort();
    NetError error;
    error.kind = kind;
    error.detail = detail;
    error.certificate = cert;
    emit failed(error);
}

} // namespace mw
