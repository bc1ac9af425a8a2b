// Probe and Prober against tiny scripted servers on 127.0.0.1 (no DNS, no
// other address): what a probe reads, how it fails, and how the Prober ranks.

#include "discovery/Prober.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace mw;

namespace {

// Answers each received line with the reply the script gives for it.
class ScriptedServer : public QObject {
public:
    using Script = std::function<QByteArray(const QByteArray &line)>;

    ScriptedServer(QByteArray greeting, Script script)
        : m_greeting(std::move(greeting))
        , m_script(std::move(script))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                if (!m_greeting.isEmpty())
                    s->write(m_greeting);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    while (s->canReadLine()) {
                        const QByteArray line = s->readLine().trimmed();
                        commands << line;
                        s->write(m_script(line));
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> commands;

private:
    QTcpServer m_server;
    QByteArray m_greeting;
    Script m_script;
};

QByteArray smtpScript(const QByteArray &line)
{
    if (line.startsWith("EHLO"))
        return "250-fake.example\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n";
    if (line == "QUIT")
        return "221 bye\r\n";
    return "500 what\r\n";
}

QByteArray pop3Script(const QByteArray &line)
{
    if (line == "CAPA")
        return "+OK\r\nUSER\r\nSASL PLAIN\r\nUIDL\r\n.\r\n";
    return "+OK\r\n";
}

ProbeResult runProbe(const ProbeTarget &target, int timeoutMs = 2000)
{
    Probe probe(target, TlsPolicy(), timeoutMs);
    QSignalSpy spy(&probe, &Probe::finished);
    probe.start();
    if (!spy.wait(timeoutMs + 2000))
        return ProbeResult();
    return spy.first().first().value<ProbeResult>();
}

ProbeTarget local(Protocol p, quint16 port, SecurityMode mode)
{
    return ProbeTarget { p, QStringLiteral("127.0.0.1"), port, mode };
}

} // namespace

class TestProber : public QObject {
    Q_OBJECT
private slots:
    void smtpWithoutStartTlsIsPlaintext()
    {
        ScriptedServer server("220 fake ESMTP\r\n", smtpScript);
        const ProbeResult r
            = runProbe(local(Protocol::Smtp, server.port(), SecurityMode::StartTls));
        QVERIFY(r.ok);
        QVERIFY(r.security == SecurityMode::Plain);
        QCOMPARE(r.authMethods, (QStringList { QStringLiteral("PLAIN"), QStringLiteral("LOGIN") }));
        QTRY_VERIFY(server.commands.contains("QUIT")); // a polite goodbye, and no credentials
        for (const QByteArray &c : std::as_const(server.commands))
            QVERIFY(!c.startsWith("AUTH"));
    }

    void pop3Capa()
    {
        ScriptedServer server("+OK ready\r\n", pop3Script);
        const ProbeResult r
            = runProbe(local(Protocol::Pop3, server.port(), SecurityMode::StartTls));
        QVERIFY(r.ok);
        QVERIFY(r.security == SecurityMode::Plain);
        QCOMPARE(r.authMethods, (QStringList { QStringLiteral("USER"), QStringLiteral("PLAIN") }));
    }

    void imapCapabilityInGreeting()
    {
        ScriptedServer server("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGINDISABLED] hi\r\n",
            [](const QByteArray &line) { return line.split(' ').value(0) + " OK bye\r\n"; });
        const ProbeResult r
            = runProbe(local(Protocol::Imap, server.port(), SecurityMode::StartTls));
        QVERIFY(r.ok);
        QCOMPARE(r.authMethods, QStringList { QStringLiteral("PLAIN") });
        QCOMPARE(server.commands.size() <= 1, true); // only LOGOUT: no CAPABILITY needed
    }

    void refusalGreetingFails()
    {
        ScriptedServer server("554 no service\r\n", smtpScript);
        const ProbeResult r
            = runProbe(local(Protocol::Smtp, server.port(), SecurityMode::StartTls));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Protocol);
    }

    void silentServerTimesOut()
    {
        ScriptedServer server(QByteArray(), smtpScript);
        const ProbeResult r
            = runProbe(local(Protocol::Smtp, server.port(), SecurityMode::StartTls), 300);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Timeout);
        QVERIFY(r.elapsedMs >= 250 && r.elapsedMs < 1500);
    }

    void implicitTlsAgainstPlaintextFails()
    {
        ScriptedServer server("220 fake ESMTP\r\n", smtpScript);
        const ProbeResult r
            = runProbe(local(Protocol::Smtp, server.port(), SecurityMode::Ssl), 1000);
        QVERIFY(!r.ok);
    }

    void closedPortIsRefused()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            port = s.serverPort();
        }
        const ProbeResult r = runProbe(local(Protocol::Pop3, port, SecurityMode::StartTls));
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, NetError::Refused);
    }

    void guessTargetsOrder()
    {
        const auto targets = Prober::guessTargets(QStringLiteral("example.com"));
        QCOMPARE(targets.size(), 9 + 6 + 4);
        // Implicit TLS first, protocols interleaved, preferred names first.
        QCOMPARE(targets[0].host, QStringLiteral("smtp.example.com"));
        QCOMPARE(targets[0].port, quint16(465));
        QCOMPARE(targets[1].host, QStringLiteral("pop.example.com"));
        QCOMPARE(targets[2].host, QStringLiteral("imap.example.com"));
        for (int i = 0; i < 7; ++i)
            QVERIFY(targets[i].mode == SecurityMode::Ssl);
        QCOMPARE(targets.last().port, quint16(25));
        QCOMPARE(targets.last().host, QStringLiteral("example.com"));
    }

    void proberPrefersAndWaitsForBetterCandidates()
    {
        // The silent server is ranked first: its answer could still win, so
        // the plaintext result only stands once the silent probe timed out.
        ScriptedServer silent(QByteArray(), smtpScript);
        ScriptedServer good("220 fake ESMTP\r\n", smtpScript);
        Prober prober;
        QSignalSpy done(&prober, &Prober::finished);
        ProberOptions options;
        options.probeTimeoutMs = 400;
        options.spacingMs = 10;
        QElapsedTimer clock;
        clock.start();
        prober.start({ local(Protocol::Smtp, silent.port(), SecurityMode::StartTls),
                         local(Protocol::Smtp, good.port(), SecurityMode::StartTls) },
            options);
        QVERIFY(done.wait(3000));
        QVERIFY(clock.elapsed() >= 350);
        const auto best = prober.best(Protocol::Smtp);
        QVERIFY(best);
        QCOMPARE(best->target.port, good.port());
        QVERIFY(!prober.best(Protocol::Pop3));
        QVERIFY(prober.anyHostResolved());
    }

    void emptyListFinishesFromTheEventLoop()
    {
        Prober prober;
        QSignalSpy done(&prober, &Prober::finished);
        prober.start({});
        QCOMPARE(done.size(), 0);
        QVERIFY(done.wait(1000));
    }
};

QTEST_GUILESS_MAIN(TestProber)
#include "tst_prober.moc"
