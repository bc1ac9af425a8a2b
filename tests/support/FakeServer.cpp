#include "FakeServer.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {
QByteArray unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 >= in.size()) {
            out.append(in.at(i));
            continue;
        }
        const char c = in.at(++i);
        if (c == 'r') {
            out.append('\r');
        } else if (c == 'n') {
            out.append('\n');
        } else if (c == 't') {
            out.append('\t');
        } else if (c == 'x' && i + 2 < in.size()) {
            out.append(char(in.mid(i + 1, 2).toInt(nullptr, 16)));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}
} // namespace

class FakeServer::Listener : public QTcpServer {
public:
    explicit Listener(FakeServer *owner)
        : QTcpServer(owner)
        , m_owner(owner)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_owner->onNewSocket(descriptor); }

private:
    FakeServer *m_owner;
};

FakeServer::FakeServer(QStringList script, Delivery delivery, Tls tls, Cert cert, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
    , m_delivery(delivery)
    , m_tls(tls)
{
    const char *base = cert == Cert::Good ? "server"
        : cert == Cert::SelfSigned        ? "selfsigned"
        : cert == Cert::Expired           ? "expired"
                                          : "wronghost";
    const QString prefix = certDir() + QLatin1Char('/') + QLatin1String(base);
    m_cert = QSslCertificate(readFile(prefix + QLatin1String(".pem")));
    m_key = QSslKey(readFile(prefix + QLatin1String(".key")), QSsl::Rsa);
    m_dripTimer.setInterval(1);
    connect(&m_dripTimer, &QTimer::timeout, this, &FakeServer::drip);
    m_server = new Listener(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("fake server cannot listen");
}

FakeServer::~FakeServer() = default;

quint16 FakeServer::port() const
{
    return m_server->serverPort();
}

QString FakeServer::certDir()
{
    return QStringLiteral(MAILWRIGHT_TEST_CERT_DIR);
}

QString FakeServer::caFile()
{
    return certDir() + QLatin1String("/ca.pem");
}

void FakeServer::onNewSocket(qintptr descriptor)
{
    ++m_connections;
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        fail(QStringLiteral("cannot adopt socket"));
        return;
    }
    if (m_socket) { // only the first connection runs the script
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_cert);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(config);
    connect(socket, &QSslSocket::readyRead, this, &FakeServer::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this] { m_clientClosed = true; });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_waitingTls = false;
        step();
    });
    connect(socket, &QSslSocket::sslErrors, this,
        [socket](const QList<QSslError> &) { socket->ignoreSslErrors(); });
    if (m_tls == Tls::Implicit) {
        m_waitingTls = true;
        socket->startServerEncryption();
        return;
    }
    step();
}

void FakeServer::onReadyRead()
{
    if (!m_socket || m_waitingTls || m_notReading)
        return;
    const QByteArray data = m_socket->readAll();
    m_raw += data;
    m_partial += data;
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        QByteArray line = m_partial.left(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        m_partial.remove(0, newline + 1);
        m_received << QString::fromUtf8(line);
        m_lines << line;
    }
    step();
}

void FakeServer::step()
{
    if (!m_socket || m_waitingTls || m_pausing || !m_error.isEmpty())
        return;
    while (m_index < m_script.size()) {
        if (!m_dripQueue.isEmpty())
            return; // drip() calls us again
        const QString &line = m_script.at(m_index);
        if (m_unchecked > 0) {
            if (m_lines.isEmpty()) {
                flush();
                return;
            }
            m_lines.removeFirst();
            if (--m_unchecked == 0)
                ++m_index;
            continue;
        }
        if (line.startsWith(QLatin1String("S: ")) || line == QLatin1String("S:")) {
            m_out += line.mid(3).toUtf8() + "\r\n";
            ++m_index;
            continue;
        }
        if (line.startsWith(QLatin1String("R: "))) {
            m_out += unescape(line.mid(3));
            ++m_index;
            continue;
        }
        if (line.startsWith(QLatin1String("C: ")) || line.startsWith(QLatin1String("C* "))
            || line.startsWith(QLatin1String("C+ "))) {
            if (m_delivery == Delivery::Whole)
                flush();
            if (line.startsWith(QLatin1String("C+ "))) {
                m_unchecked = line.mid(3).toInt();
                if (m_unchecked <= 0)
                    ++m_index;
                continue;
            }
            if (m_lines.isEmpty()) {
                flush();
                return;
            }
            const QString got = QString::fromUtf8(m_lines.takeFirst());
            const QString want = line.mid(3);
            const bool ok = line.at(1) == QLatin1Char(':') ? got == want : got.startsWith(want);
            if (!ok) {
                fail(QStringLiteral("script line %1: expected \"%2\", got \"%3\"")
                         .arg(m_index + 1)
                         .arg(want, got));
                return;
            }
            ++m_index;
            continue;
        }
        flush();
        if (!m_dripQueue.isEmpty())
            return;
        if (line == QLatin1String("T")) {
            ++m_index;
            m_waitingTls = true;
            m_partial.clear();
            m_socket->startServerEncryption();
            return;
        }
        if (line == QLatin1String("X")) {
            ++m_index;
            m_socket->disconnectFromHost();
            return;
        }
        if (line == QLatin1String("P")) {
            ++m_index;
            m_notReading = true;
            m_socket->setReadBufferSize(4096);
            continue;
        }
        if (line == QLatin1String("A")) {
            ++m_index;
            m_socket->abort();
            return;
        }
        if (line.startsWith(QLatin1String("W "))) {
            ++m_index;
            m_pausing = true;
            QTimer::singleShot(line.mid(2).toInt(), this, [this] {
                m_pausing = false;
                step();
            });
            return;
        }
        fail(QStringLiteral("bad script line: %1").arg(line));
        return;
    }
    flush();
}

void FakeServer::flush()
{
    if (m_out.isEmpty() || !m_socket)
        return;
    if (m_delivery == Delivery::ByteByByte) {
        m_dripQueue += m_out;
        m_out.clear();
        if (!m_dripTimer.isActive())
            m_dripTimer.start();
        return;
    }
    m_socket->write(m_out);
    m_socket->flush();
    m_out.clear();
}

void FakeServer::drip()
{
    if (!m_socket || m_dripQueue.isEmpty()) {
        m_dripTimer.stop();
        return;
    }
    m_socket->write(m_dripQueue.left(1));
    m_socket->flush();
    m_dripQueue.remove(0, 1);
    if (m_dripQueue.isEmpty()) {
        m_dripTimer.stop();
        step();
    }
}

void FakeServer::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    if (m_socket)
        m_socket->abort();
}
