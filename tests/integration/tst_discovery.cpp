// Discovery against the testbed: each test domain through exactly its own
// path, the plaintext-only and blackholed domains, and `mailwright detect`.
// Runs inside the testbed namespace only (scripts/testbed exec).

#include "TestbedEnv.h"
#include "discovery/Discovery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace mw;
using namespace mw::test;

namespace {

DiscoveryOptions testbedOptions(int deadlineMs = 3000)
{
    DiscoveryOptions options;
    QString error;
    if (!options.tls.addCaFile(env("MAILWRIGHT_CA_FILE"), &error))
        qFatal("%s", qPrintable(error));
    options.ispdbBaseUrl = QUrl(env("MAILWRIGHT_TB_ISPDB_BASE_URL"));
    options.deadlineMs = deadlineMs; // "under 3 s in the LAN tests"
    return options;
}

struct Run {
    DiscoveryResult result;
    QHash<int, SourceState> states;
    qint64 wallMs = 0;
};

Run detect(const QString &email, const DiscoveryOptions &options)
{
    Run run;
    Discovery discovery;
    QSignalSpy finished(&discovery, &Discovery::finished);
    QObject::connect(&discovery, &Discovery::sourceChanged, &discovery,
        [&run](ConfigSource s, SourceState state, const QString &) {
            run.states.insert(int(s), state);
        });
    QElapsedTimer clock;
    clock.start();
    discovery.start(*EmailAddress::parse(email), options);
    if (!finished.wait(options.deadlineMs + 3000))
        qWarning("no finished() for %s", qPrintable(email));
    run.wallMs = clock.elapsed();
    if (!finished.isEmpty())
        run.result = finished.first().first().value<DiscoveryResult>();
    return run;
}

} // namespace

class TestDiscovery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        env("MAILWRIGHT_TESTBED_NS");
    }

    void eachPath_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<ConfigSource>("source");
        QTest::addColumn<QString>("smtp");
        QTest::addColumn<QString>("pop3");
        QTest::addColumn<bool>("trusted");
        QTest::addColumn<QString>("providerName");

        QTest::newRow("autoconfig")
            << "alice@autoconfig.test" << ConfigSource::Autoconfig << "smtp.example.test:465/ssl"
            << "pop.example.test:995/ssl" << true << "Testbed via autoconfig host";
        QTest::newRow("well-known")
            << "alice@wellknown.test" << ConfigSource::WellKnown << "smtp.example.test:465/ssl"
            << "pop.example.test:995/ssl" << true << "Testbed via well-known";
        QTest::newRow("ispdb") << "alice@ispdb.test" << ConfigSource::Ispdb
                               << "smtp.example.test:465/ssl"
                               << "pop.example.test:995/ssl" << true << "Testbed via ISPDB";
        QTest::newRow("srv") << "alice@srv.test" << ConfigSource::Srv << "mail.srv.test:465/ssl"
                             << "mail.srv.test:995/ssl" << true << "";
        QTest::newRow("mx") << "alice@mx-hosted.test" << ConfigSource::Mx
                            << "smtp.example.test:465/ssl"
                            << "pop.example.test:995/ssl" << false << "";
        QTest::newRow("guess") << "alice@guess.test" << ConfigSource::Guess
                               << "smtp.guess.test:465/ssl"
                               << "pop.guess.test:995/ssl" << false << "";
    }

    void eachPath()
    {
        QFETCH(QString, email);
        QFETCH(ConfigSource, source);
        QFETCH(QString, smtp);
        QFETCH(QString, pop3);
        QFETCH(bool, trusted);
        QFETCH(QString, providerName);
        const Run run = detect(email, testbedOptions());
        const DiscoveryResult &r = run.result;
        QCOMPARE(r.status, DiscoveryResult::Status::Found);
        QCOMPARE(sourceName(r.source), sourceName(source));
        QVERIFY(r.smtp && r.pop3);
        QCOMPARE(r.smtp->endpoint().toString(), smtp);
        QCOMPARE(r.pop3->endpoint().toString(), pop3);
        QCOMPARE(sourceName(r.smtp->source), sourceName(source));
        QCOMPARE(sourceName(r.pop3->source), sourceName(source));
        QCOMPARE(r.trust == Trust::Trusted, trusted);
        QCOMPARE(r.provider.name, providerName);
        QCOMPARE(r.smtp->username, email);
        QVERIFY(!r.timedOut);
        QVERIFY(!r.plaintextOnly);
        // Exactly its own path: every other source found nothing (or was never needed).
        for (auto it = run.states.cbegin(); it != run.states.cend(); ++it) {
            if (it.key() != int(source))
                QVERIFY2(it.value() != SourceState::Found,
                    qPrintable(sourceName(ConfigSource(it.key()))));
        }
        QCOMPARE(run.states.value(int(source)), SourceState::Found);
        // Only the guess path may use the guess source.
        if (source != ConfigSource::Guess)
            QVERIFY(!run.states.contains(int(ConfigSource::Guess)));
        QVERIFY2(run.wallMs < 2000, qPrintable(QString::number(run.wallMs)));
    }

    void plaintextOnly()
    {
        const Run run = detect(QStringLiteral("alice@plainonly.test"), testbedOptions());
        const DiscoveryResult &r = run.result;
        QCOMPARE(r.status, DiscoveryResult::Status::Found);
        QCOMPARE(r.source, ConfigSource::Guess);
        QVERIFY(r.plaintextOnly);
        QVERIFY(r.trust == Trust::NeedsConfirmation);
        QVERIFY(r.smtp && r.smtp->security == SecurityMode::Plain);
        QCOMPARE(r.smtp->host, QStringLiteral("smtp.plainonly.test"));
        QVERIFY(r.pop3 && r.pop3->security == SecurityMode::Plain);
        QCOMPARE(r.pop3->port, quint16(110));
        QVERIFY(r.smtp->trust == Trust::NeedsConfirmation);
    }

    void blackholeFinishesWithinTheDeadline()
    {
        const int deadline = 3000;
        const Run run = detect(QStringLiteral("alice@blackhole.test"), testbedOptions(deadline));
        QVERIFY(run.result.isEmpty());
        QVERIFY(run.result.timedOut);
        QCOMPARE(run.result.status,
            DiscoveryResult::Status::NothingFound); // reachable names, silent hosts
        QVERIFY2(run.wallMs <= deadline + 300, qPrintable(QString::number(run.wallMs)));
    }

    void unknownDomainIsADnsFailure()
    {
        const Run run = detect(QStringLiteral("alice@nosuch.invalid"), testbedOptions());
        QCOMPARE(run.result.status, DiscoveryResult::Status::DnsFailure);
        QVERIFY(!run.result.timedOut);
    }

    void useBestSoFar()
    {
        Discovery discovery;
        QSignalSpy finished(&discovery, &Discovery::finished);
        discovery.start(
            *EmailAddress::parse(QStringLiteral("alice@blackhole.test")), testbedOptions(8000));
        QTest::qWait(300);
        discovery.useBestSoFar();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<DiscoveryResult>().timedOut);
    }

    void cliJson()
    {
        QProcess p;
        p.start(QStringLiteral(MAILWRIGHT_BINARY),
            { QStringLiteral("--ca-file"), env("MAILWRIGHT_CA_FILE"), QStringLiteral("detect"),
                QStringLiteral("alice@srv.test"), QStringLiteral("--json"),
                QStringLiteral("--timeout-ms"), QStringLiteral("3000"),
                QStringLiteral("--ispdb-url"), env("MAILWRIGHT_TB_ISPDB_BASE_URL") });
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("email")).toString(), QStringLiteral("alice@srv.test"));
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("srv"));
        QCOMPARE(o.value(QStringLiteral("trusted")).toBool(), true);
        const QJsonObject smtp = o.value(QStringLiteral("smtp")).toObject();
        QCOMPARE(smtp.value(QStringLiteral("host")).toString(), QStringLiteral("mail.srv.test"));
        QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(smtp.value(QStringLiteral("security")).toString(), QStringLiteral("ssl"));
        QCOMPARE(
            smtp.value(QStringLiteral("username")).toString(), QStringLiteral("alice@srv.test"));
        QVERIFY(smtp.value(QStringLiteral("auth")).isArray());
        QVERIFY(o.value(QStringLiteral("pop3")).isObject());
        QVERIFY(o.contains(QStringLiteral("imap")));
        QVERIFY(o.contains(QStringLiteral("provider")));
        QVERIFY(o.value(QStringLiteral("elapsedMs")).toInt() >= 0);

        QProcess bad;
        bad.start(QStringLiteral(MAILWRIGHT_BINARY),
            { QStringLiteral("detect"), QStringLiteral("not-an-address") });
        QVERIFY(bad.waitForFinished(15000));
        QCOMPARE(bad.exitCode(), 65);
        QProcess none;
        none.start(QStringLiteral(MAILWRIGHT_BINARY),
            { QStringLiteral("detect"), QStringLiteral("a@nosuch.invalid"),
                QStringLiteral("--json"), QStringLiteral("--ispdb-url"), QString() });
        QVERIFY(none.waitForFinished(15000));
        QCOMPARE(none.exitCode(), 68);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
