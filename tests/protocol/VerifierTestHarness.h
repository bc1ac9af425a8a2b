#pragma once

// Drives a Verifier against FakeServers and records what it reports. The
// SequentialRelay gives one port several scripts (one per connection), for
// the local-part retry, which reconnects.

#include "FakeServer.h"
#include "verify/Verifier.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>
#include <utility>

namespace mw::test {

inline const char *kPassword = "s3cret-Pw";

inline void addDeliveryRows()
{
    QTest::addColumn<FakeServer::Delivery>("delivery");
    QTest::newRow("whole") << FakeServer::Delivery::Whole;
    QTest::newRow("byte-by-byte") << FakeServer::Delivery::ByteByByte;
    QTest::newRow("coalesced") << FakeServer::Delivery::Coalesced;
}
inline const char *kEmail = "alice@example.test";

inline QString plainAuthLine(
    const QString &user, const QString &password = QLatin1String(kPassword))
{
    const QByteArray raw = '\0' + user.toUtf8() + '\0' + password.toUtf8();
    return QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(raw.toBase64());
}

// Client lines that would start a mail transaction: verification must never
// send them.
inline bool sentMailCommands(const FakeServer &server)
{
    for (const QString &line : server.received()) {
        for (const char *command : { "MAIL", "RCPT", "DATA", "BDAT" }) {
            if (line.startsWith(QLatin1String(command), Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

// A port whose n-th connection is piped byte for byte to the n-th backend.
class SequentialRelay : public QObject {
public:
    explicit SequentialRelay(QList<quint16> backends)
        : m_backends(std::move(backends))
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("relay cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, &SequentialRelay::onNewConnection);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onNewConnection()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            if (m_next >= m_backends.size()) {
                client->abort();
                continue;
            }
            auto *upstream = new QTcpSocket(this);
            upstream->connectToHost(QHostAddress::LocalHost, m_backends.at(m_next++));
            pipe(client, upstream);
            pipe(upstream, client);
        }
    }
    void pipe(QTcpSocket *from, QTcpSocket *to)
    {
        connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
        connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
    }

    QTcpServer m_server;
    QList<quint16> m_backends;
    qsizetype m_next = 0;
};

struct VerifyRun {
    Verifier verifier;
    QList<std::pair<Protocol, VerifyStep>> steps; // as stepFinished() reported them
    QList<ServerReport> servers;
    std::optional<VerifyReport> report;
    int finishedCount = 0;

    VerifyRun()
    {
        QObject::connect(
            &verifier, &Verifier::stepFinished, &verifier, [this](Protocol p, const VerifyStep &s) {
                steps.append({ p, s });
            });
        QObject::connect(&verifier, &Verifier::serverFinished, &verifier,
            [this](const ServerReport &r) { servers << r; });
        QObject::connect(&verifier, &Verifier::finished, &verifier, [this](const VerifyReport &r) {
            ++finishedCount;
            report = r;
        });
    }

    static VerifyRequest request()
    {
        VerifyRequest r;
        r.email = QLatin1String(kEmail);
        r.password = QLatin1String(kPassword);
        r.deadlineMs = 5000;
        QString error;
        if (!r.tls.addCaFile(FakeServer::caFile(), &error))
            qFatal("%s", qPrintable(error));
        return r;
    }

    static Endpoint local(quint16 port, SecurityMode mode)
    {
        return { QStringLiteral("127.0.0.1"), port, mode };
    }

    bool run(const VerifyRequest &request, int waitMs = 15000)
    {
        verifier.start(request);
        return QTest::qWaitFor([this] { return report.has_value(); }, waitMs);
    }

    // The step names one server reported, in order ("dns tcp tls …"); failed ones marked "!".
    static QString names(const ServerReport &server)
    {
        QStringList out;
        for (const VerifyStep &step : server.steps)
            out << (step.ok ? QString() : QStringLiteral("!")) + verifyStepName(step.name);
        return out.join(QLatin1Char(' '));
    }

    QString streamed(Protocol protocol) const
    {
        QStringList out;
        for (const auto &[p, step] : steps) {
            if (p == protocol)
                out << (step.ok ? QString() : QStringLiteral("!")) + verifyStepName(step.name);
        }
        return out.join(QLatin1Char(' '));
    }
};

// Script pieces and helpers shared by the verifier tests.
inline const QStringList kSmtpQuit { QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"),
    QStringLiteral("X") };
inline const QStringList kPop3Quit { QStringLiteral("C: QUIT"), QStringLiteral("S: +OK Bye"),
    QStringLiteral("X") };

inline QStringList smtpHello(const QString &extensions = QStringLiteral("AUTH PLAIN"))
{
    return { QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C* EHLO "),
        QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 ") + extensions };
}

inline QStringList pop3Hello(const QString &extra = QStringLiteral("SASL PLAIN"))
{
    return { QStringLiteral("S: +OK POP3 ready"), QStringLiteral("C: CAPA"),
        QStringLiteral("S: +OK Capability list follows"), QStringLiteral("S: USER"),
        QStringLiteral("S: ") + extra, QStringLiteral("S: .") };
}

// A port where nothing listens: the connection is refused.
inline quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

inline QString dumpReport(const ServerReport &r)
{
    QStringList lines { VerifyRun::names(r), r.message };
    for (const VerifyStep &s : r.steps) {
        if (!s.ok)
            lines << s.text << s.detail << s.hint;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace mw::test

Q_DECLARE_METATYPE(FakeServer::Delivery)
