// The pure parts of discovery: priority merge, RFC 2782 SRV ordering and the
// RFC 6186 rules, placeholder expansion, MX base domains.

#include "discovery/DiscoveryResult.h"
#include "discovery/DnsDiscovery.h"
#include "discovery/DomainNames.h"
#include "discovery/ProviderRecord.h"
#include "discovery/SrvOrdering.h"
#include "mime/EmailAddress.h"

#include <QTest>

using namespace mw;

namespace {

ServerConfig server(
    Protocol p, const QString &host, quint16 port, SecurityMode sec, Trust trust = Trust::Trusted)
{
    ServerConfig c;
    c.protocol = p;
    c.host = host;
    c.port = port;
    c.security = sec;
    c.trust = trust;
    return c;
}

SourceFindings findings(
    ConfigSource source, const QList<ServerConfig> &configs, const QString &providerId = {})
{
    SourceFindings f;
    f.source = source;
    f.configs = configs;
    f.provider.id = providerId;
    return f;
}

EmailAddress addr(const QString &text)
{
    return *EmailAddress::parse(text);
}

QStringList targets(const QList<SrvRecord> &records)
{
    QStringList out;
    for (const SrvRecord &r : records)
        out << r.target;
    return out;
}

} // namespace

class TestDiscoveryMerge : public QObject {
    Q_OBJECT
private slots:
    void priorityWins()
    {
        const QList<SourceFindings> all {
            findings(ConfigSource::Guess,
                { server(Protocol::Smtp, QStringLiteral("smtp.guess"), 465, SecurityMode::Ssl,
                    Trust::NeedsConfirmation) }),
            findings(ConfigSource::Srv,
                { server(Protocol::Smtp, QStringLiteral("smtp.srv"), 465, SecurityMode::Ssl) }),
            findings(ConfigSource::Autoconfig,
                { server(Protocol::Smtp, QStringLiteral("smtp.auto"), 587, SecurityMode::StartTls),
                    server(Protocol::Pop3, QStringLiteral("pop.auto"), 995, SecurityMode::Ssl) },
                QStringLiteral("auto")),
            findings(ConfigSource::Ispdb,
                { server(Protocol::Smtp, QStringLiteral("smtp.ispdb"), 465, SecurityMode::Ssl) },
                QStringLiteral("ispdb")),
        };
        const DiscoveryResult r = mergeFindings(all);
        QCOMPARE(r.status, DiscoveryResult::Status::Found);
        QCOMPARE(r.smtp->host, QStringLiteral("smtp.auto"));
        QCOMPARE(r.smtp->source, ConfigSource::Autoconfig);
        QCOMPARE(r.pop3->host, QStringLiteral("pop.auto"));
        QVERIFY(!r.imap);
        QCOMPARE(r.source, ConfigSource::Autoconfig);
        QCOMPARE(r.trust, Trust::Trusted);
        QCOMPARE(r.provider.id, QStringLiteral("auto"));
        QCOMPARE(r.alternatives.size(), 3);
        QCOMPARE(r.alternatives[0].host, QStringLiteral("smtp.ispdb")); // then by priority
        QCOMPARE(r.alternatives[1].host, QStringLiteral("smtp.srv"));
        QCOMPARE(r.alternatives[2].host, QStringLiteral("smtp.guess"));
    }

    void orderOfEnumIsThePriority()
    {
        QVERIFY(ConfigSource::Bundled < ConfigSource::UserFile);
        QVERIFY(ConfigSource::UserFile < ConfigSource::Autoconfig);
        QVERIFY(ConfigSource::Autoconfig < ConfigSource::WellKnown);
        QVERIFY(ConfigSource::WellKnown < ConfigSource::Ispdb);
        QVERIFY(ConfigSource::Ispdb < ConfigSource::Srv);
        QVERIFY(ConfigSource::Srv < ConfigSource::Mx);
        QVERIFY(ConfigSource::Mx < ConfigSource::Guess);
    }

    void plaintextNeverBeatsTls()
    {
        // RFC 8314 §5.1: even a trusted source's plaintext server loses to a guessed TLS one.
        const DiscoveryResult r = mergeFindings({
            findings(ConfigSource::Autoconfig,
                { server(Protocol::Smtp, QStringLiteral("plain.auto"), 25, SecurityMode::Plain) }),
            findings(ConfigSource::Guess,
                { server(Protocol::Smtp, QStringLiteral("tls.guess"), 465, SecurityMode::Ssl,
                    Trust::NeedsConfirmation) }),
        });
        QCOMPARE(r.smtp->host, QStringLiteral("tls.guess"));
        QVERIFY(!r.plaintextOnly);
        QCOMPARE(r.trust, Trust::NeedsConfirmation);
        QCOMPARE(r.alternatives.size(), 1);
        QCOMPARE(
            r.alternatives.first().trust, Trust::NeedsConfirmation); // plaintext is never trusted
    }

    void plaintextOnlyIsFlagged()
    {
        const DiscoveryResult r = mergeFindings({ findings(ConfigSource::Guess,
            { server(Protocol::Smtp, QStringLiteral("s"), 587, SecurityMode::Plain,
                  Trust::NeedsConfirmation),
                server(Protocol::Pop3, QStringLiteral("p"), 110, SecurityMode::Plain,
                    Trust::NeedsConfirmation) }) });
        QVERIFY(r.plaintextOnly);
        QCOMPARE(r.trust, Trust::NeedsConfirmation);
        QVERIFY(r.smtp->security == SecurityMode::Plain);
    }

    void withinSourceOrderIsKept()
    {
        const DiscoveryResult r = mergeFindings({ findings(ConfigSource::Bundled,
            { server(Protocol::Smtp, QStringLiteral("first"), 465, SecurityMode::Ssl),
                server(Protocol::Smtp, QStringLiteral("second"), 587, SecurityMode::StartTls) }) });
        QCOMPARE(r.smtp->host, QStringLiteral("first"));
        QCOMPARE(r.alternatives.first().host, QStringLiteral("second"));
    }

    void nothingIsEmpty()
    {
        const DiscoveryResult r = mergeFindings({ findings(ConfigSource::Srv, {}) });
        QVERIFY(r.isEmpty());
        QCOMPARE(r.status, DiscoveryResult::Status::NothingFound);
    }

    void srvPriorityThenWeight()
    {
        const QList<SrvRecord> records { { QStringLiteral("c"), 1, 20, 0 },
            { QStringLiteral("a"), 1, 10, 5 }, { QStringLiteral("b"), 1, 10, 0 },
            { QStringLiteral("d"), 1, 30, 1 } };
        // random() always returns 0: the first entry of the running sum is picked,
        // and zero weights were placed first (RFC 2782).
        const auto ordered = orderSrvRecords(records, [](quint32) { return 0u; });
        QCOMPARE(targets(ordered),
            (QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"),
                QStringLiteral("d") }));
    }

    void srvWeightedPick()
    {
        const QList<SrvRecord> records { { QStringLiteral("light"), 1, 0, 10 },
            { QStringLiteral("heavy"), 1, 0, 90 } };
        // Running sums 10, 100: a draw of 50 selects "heavy"; of 10, "light".
        QCOMPARE(
            targets(orderSrvRecords(records, [](quint32 max) { return max == 100 ? 50u : 0u; })),
            (QStringList { QStringLiteral("heavy"), QStringLiteral("light") }));
        QCOMPARE(
            targets(orderSrvRecords(records, [](quint32 max) { return max == 100 ? 10u : 0u; })),
            (QStringList { QStringLiteral("light"), QStringLiteral("heavy") }));
        // With the real generator both appear, each once.
        QCOMPARE(orderSrvRecords(records).size(), 2);
    }

    void srvDotMeansNotOffered()
    {
        QVERIFY(srvNotOffered({ { QStringLiteral("."), 0, 0, 0 } }));
        QVERIFY(srvNotOffered({ { QString(), 0, 0, 0 } }));
        QVERIFY(!srvNotOffered({ { QStringLiteral("mail.example.com"), 465, 0, 0 } }));
        QVERIFY(DnsDiscovery::configsFromSrv(QStringLiteral("_submissions._tcp."),
            { { QStringLiteral("."), 0, 0, 0 } }, QStringLiteral("example.com"))
                    .isEmpty());
    }

    void srvConfigsAndTrust()
    {
        const auto configs = DnsDiscovery::configsFromSrv(QStringLiteral("_submission._tcp."),
            { { QStringLiteral("mail.example.com."), 587, 0, 1 },
                { QStringLiteral("smtp.hoster.example"), 587, 5, 1 },
                { QStringLiteral("bad host!"), 587, 9, 1 },
                { QStringLiteral("zero.example.com"), 0, 9, 1 } },
            QStringLiteral("example.com"));
        QCOMPARE(configs.size(), 2);
        QCOMPARE(configs[0].host, QStringLiteral("mail.example.com"));
        QVERIFY(configs[0].security == SecurityMode::StartTls);
        QCOMPARE(configs[0].protocol, Protocol::Smtp);
        QCOMPARE(configs[0].trust, Trust::Trusted);
        // RFC 6186 §6: a target outside the domain must be confirmed.
        QCOMPARE(configs[1].trust, Trust::NeedsConfirmation);
        const auto imaps = DnsDiscovery::configsFromSrv(QStringLiteral("_imaps._tcp."),
            { { QStringLiteral("imap.example.com"), 993, 0, 0 } }, QStringLiteral("example.com"));
        QCOMPARE(imaps.first().protocol, Protocol::Imap);
        QVERIFY(imaps.first().security == SecurityMode::Ssl);
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hostname");
        QTest::addColumn<QString>("expected");
        QTest::newRow("address") << "alice@Example.com"
                                 << "%EMAILADDRESS%" << false << "alice@example.com";
        QTest::newRow("local part") << "alice@example.com"
                                    << "%EMAILLOCALPART%" << false << "alice";
        QTest::newRow("domain host") << "alice@example.com"
                                     << "mail.%EMAILDOMAIN%" << true << "mail.example.com";
        QTest::newRow("mixed") << "a@b.example"
                               << "x-%EMAILLOCALPART%-%EMAILDOMAIN%" << false << "x-a-b.example";
        QTest::newRow("unknown kept")
            << "a@b.example"
            << "%REALNAME% %EMAILADDRESS" << false << "%REALNAME% %EMAILADDRESS";
        QTest::newRow("percent alone") << "a@b.example"
                                       << "100%" << false << "100%";
        QTest::newRow("one pass only") << "%EMAILDOMAIN%@b.example"
                                       << "%EMAILLOCALPART%" << false << "%EMAILDOMAIN%";
        QTest::newRow("idn user") << "a@例子.中国"
                                  << "%EMAILDOMAIN%" << false << "例子.中国";
        QTest::newRow("idn host") << "a@例子.中国"
                                  << "smtp.%EMAILDOMAIN%" << true << "smtp.xn--fsqu00a.xn--fiqs8s";
    }

    void placeholders()
    {
        QFETCH(QString, address);
        QFETCH(QString, text);
        QFETCH(bool, hostname);
        QFETCH(QString, expected);
        QCOMPARE(expandPlaceholders(text, addr(address),
                     hostname ? PlaceholderContext::Hostname : PlaceholderContext::Username),
            expected);
    }

    void instantiateResolvesAndDropsBadHosts()
    {
        ProviderRecord record;
        ServerConfig good
            = server(Protocol::Smtp, QStringLiteral("smtp.%EMAILDOMAIN%"), 465, SecurityMode::Ssl);
        good.usernameTemplate = QStringLiteral("%EMAILLOCALPART%");
        ServerConfig plain
            = server(Protocol::Pop3, QStringLiteral("pop.example.com"), 110, SecurityMode::Plain);
        record.servers = { good, plain };
        const auto configs = record.instantiate(
            addr(QStringLiteral("bob@example.com")), ConfigSource::Autoconfig, Trust::Trusted);
        QCOMPARE(configs.size(), 2);
        QCOMPARE(configs[0].host, QStringLiteral("smtp.example.com"));
        QCOMPARE(configs[0].username, QStringLiteral("bob"));
        QCOMPARE(configs[0].source, ConfigSource::Autoconfig);
        QCOMPARE(configs[0].trust, Trust::Trusted);
        QCOMPARE(configs[1].trust, Trust::NeedsConfirmation);
    }

    void mxBaseDomains_data()
    {
        QTest::addColumn<QString>("mx");
        QTest::addColumn<QStringList>("bases");
        QTest::newRow("qq") << "mx1.qq.com" << QStringList { QStringLiteral("qq.com") };
        QTest::newRow("netease") << "qiye163mx01.mxmail.netease.com"
                                 << QStringList { QStringLiteral("netease.com"),
                                        QStringLiteral("mxmail.netease.com") };
        QTest::newRow("testbed") << "mx.example.test"
                                 << QStringList { QStringLiteral("example.test") };
        QTest::newRow("tld only") << "com" << QStringList {};
        QTest::newRow("trailing dot")
            << "MX.Example.test." << QStringList { QStringLiteral("example.test") };
    }

    void mxBaseDomains()
    {
        QFETCH(QString, mx);
        QFETCH(QStringList, bases);
        QCOMPARE(mw::mxBaseDomains(mx), bases);
    }

    void publicSuffixFromQt()
    {
        // Qt's compiled-in PSL through QNetworkCookieJar (see DomainNames.h).
        QVERIFY(isPublicSuffix(QStringLiteral("com")));
        QVERIFY(!isPublicSuffix(QStringLiteral("qq.com")));
        if (!isPublicSuffix(QStringLiteral("com.cn")))
            QSKIP("this Qt build has no public suffix list (feature topleveldomain off)");
        QVERIFY(isPublicSuffix(QStringLiteral("co.uk")));
        QCOMPARE(registrableDomain(QStringLiteral("mx.mail.example.com.cn")),
            QStringLiteral("example.com.cn"));
        QCOMPARE(registrableDomain(QStringLiteral("com.cn")), QString());
    }

    void withinDomain()
    {
        QVERIFY(isWithinDomain(QStringLiteral("mail.srv.test"), QStringLiteral("srv.test")));
        QVERIFY(isWithinDomain(QStringLiteral("srv.test."), QStringLiteral("SRV.test")));
        QVERIFY(!isWithinDomain(QStringLiteral("evilsrv.test"), QStringLiteral("srv.test")));
        QVERIFY(
            !isWithinDomain(QStringLiteral("srv.test.evil.example"), QStringLiteral("srv.test")));
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryMerge)
#include "tst_discoverymerge.moc"
