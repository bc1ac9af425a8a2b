// ProviderHints and ProviderTable (core/verify): every advice rule, and that
// each Chinese provider gets the 授权码 advice with its own steps and link.

#include "verify/ProviderHints.h"

#include <QSslError>
#include <QTest>

using namespace mw;

namespace {

SmtpReply smtpReply(int code, EnhancedCode enhanced = {}, const char *text = "refused")
{
    SmtpReply reply;
    reply.code = code;
    reply.enhanced = enhanced;
    reply.lines = { QByteArray(text) };
    return reply;
}

VerifyFailure smtpAuthFailure(int code, EnhancedCode enhanced = {})
{
    VerifyFailure f;
    f.protocol = Protocol::Smtp;
    f.step = VerifyStep::Name::Auth;
    f.kind = VerifyFailure::Kind::Reply;
    f.smtpReply = smtpReply(code, enhanced);
    f.credentialsRejected = code == 535;
    f.temporary = code / 100 == 4;
    return f;
}

VerifyFailure pop3Failure(VerifyStep::Name step, const QByteArray &line)
{
    VerifyFailure f;
    f.protocol = Protocol::Pop3;
    f.step = step;
    f.kind = VerifyFailure::Kind::Reply;
    f.pop3Reply = Pop3Reply::parse(line);
    f.credentialsRejected = step == VerifyStep::Name::Auth
        && (f.pop3Reply->code == Pop3ResponseCode::Auth
            || f.pop3Reply->code == Pop3ResponseCode::None);
    return f;
}

VerifyFailure netFailure(
    VerifyFailure::Kind kind, VerifyStep::Name step, Protocol protocol = Protocol::Smtp)
{
    VerifyFailure f;
    f.protocol = protocol;
    f.step = step;
    f.kind = kind;
    return f;
}

HintContext at(const QString &domain, const QString &host = QStringLiteral("mail.example.net"),
    quint16 port = 465, SecurityMode security = SecurityMode::Ssl)
{
    HintContext c;
    c.domain = domain;
    c.endpoint = Endpoint { host, port, security };
    return c;
}

CertificateInfo certificateWith(QSslError::SslError problem)
{
    CertificateInfo cert;
    cert.subject = QStringLiteral("wrong.invalid");
    cert.issuer = QStringLiteral("Test CA");
    cert.notAfter = QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC);
    cert.sha256 = QByteArray(32, '\xab');
    cert.problems << QSslError(problem).errorString();
    return cert;
}

} // namespace

#define VERIFY_CONTAINS(text, part)                                                                \
    QVERIFY2(                                                                                      \
        (text).contains(part), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(text, part)))

class TestProviderHints : public QObject {
    Q_OBJECT
private slots:
    void chineseProvidersNeedAnAuthorizationCode_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("url");
        const std::pair<const char *, const char *> rows[] = {
            { "qq.com", "mail.qq.com" },
            { "foxmail.com", "mail.qq.com" },
            { "vip.qq.com", "mail.qq.com" },
            { "163.com", "mail.163.com" },
            { "126.com", "mail.126.com" },
            { "yeah.net", "yeah.net" },
            { "188.com", "mail.188.com" },
            { "vip.163.com", "vip.163.com" },
            { "sina.com", "mail.sina.com.cn" },
            { "sina.cn", "mail.sina.com.cn" },
            { "sohu.com", "mail.sohu.com" },
            { "139.com", "mail.10086.cn" },
            { "aliyun.com", "mail.aliyun.com" },
        };
        for (const auto &[domain, url] : rows)
            QTest::newRow(domain) << QString::fromLatin1(domain) << QString::fromLatin1(url);
    }
    void chineseProvidersNeedAnAuthorizationCode()
    {
        QFETCH(QString, domain);
        QFETCH(QString, url);
        const QString smtp = ProviderHints::advise(smtpAuthFailure(535), at(domain));
        VERIFY_CONTAINS(smtp, QStringLiteral("授权码"));
        VERIFY_CONTAINS(smtp, QStringLiteral("not your"));
        VERIFY_CONTAINS(smtp, url);
        VERIFY_CONTAINS(smtp, QStringLiteral("POP3/SMTP"));
        // NetEase and QQ also answer a bare 535 without an enhanced code, and
        // POP3 logins get the same advice.
        const QString pop3 = ProviderHints::advise(
            pop3Failure(VerifyStep::Name::Auth, "-ERR [AUTH] Login fail"), at(domain));
        QCOMPARE(pop3, smtp);
        QCOMPARE(ProviderHints::passwordAdvice(domain), smtp);
    }

    void eachChineseProviderNamesItsOwnMenu()
    {
        const auto advice = [](const char *domain) {
            return ProviderHints::advise(smtpAuthFailure(535), at(QString::fromLatin1(domain)));
        };
        VERIFY_CONTAINS(advice("qq.com"), QStringLiteral("设置 → 账户"));
        VERIFY_CONTAINS(advice("qq.com"), QStringLiteral("生成授权码"));
        VERIFY_CONTAINS(advice("163.com"), QStringLiteral("设置 → POP3/SMTP/IMAP"));
        VERIFY_CONTAINS(advice("126.com"), QStringLiteral("客户端授权密码"));
        VERIFY_CONTAINS(advice("sina.cn"), QStringLiteral("客户端pop/imap/smtp"));
        VERIFY_CONTAINS(advice("139.com"), QStringLiteral("SMS"));
    }

    void providerIsFoundByIdDomainOrHost()
    {
        QCOMPARE(findProvider({}, QStringLiteral("QQ.COM"), {}).family, ProviderFamily::Tencent);
        QCOMPARE(findProvider(QStringLiteral("163.com"), QStringLiteral("corp.example"), {}).family,
            ProviderFamily::NetEase);
        QCOMPARE(
            findProvider({}, QStringLiteral("corp.example"), QStringLiteral("smtp.office365.com."))
                .family,
            ProviderFamily::Microsoft);
        QVERIFY(findProvider({}, QStringLiteral("example.com"), QStringLiteral("smtp.example.com"))
                    .isNull());
        QVERIFY(ProviderHints::passwordAdvice(QStringLiteral("example.com")).isEmpty());
    }

    void microsoftBasicAuthDisabledNeedsOAuth2_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("host");
        for (const char *domain : { "outlook.com", "hotmail.com", "live.com", "msn.com" })
            QTest::newRow(domain) << QString::fromLatin1(domain)
                                  << QStringLiteral("smtp-mail.outlook.com");
        QTest::newRow("office365 custom domain")
            << QStringLiteral("contoso.example") << QStringLiteral("smtp.office365.com");
    }
    void microsoftBasicAuthDisabledNeedsOAuth2()
    {
        QFETCH(QString, domain);
        QFETCH(QString, host);
        const QString hint = ProviderHints::advise(
            smtpAuthFailure(535, { 5, 7, 139 }), at(domain, host, 587, SecurityMode::StartTls));
        VERIFY_CONTAINS(hint, QStringLiteral("OAuth2"));
        VERIFY_CONTAINS(hint, QStringLiteral("basic authentication"));
        QVERIFY(!hint.contains(QStringLiteral("授权码")));
        // A plain 535 there is probably a wrong password, maybe OAuth2 only.
        const QString plain = ProviderHints::advise(
            smtpAuthFailure(535, { 5, 7, 3 }), at(domain, host, 587, SecurityMode::StartTls));
        VERIFY_CONTAINS(plain, QStringLiteral("refused the password"));
    }

    void gmailNeedsAnAppPassword()
    {
        const HintContext gmail = at(QStringLiteral("gmail.com"), QStringLiteral("smtp.gmail.com"));
        for (const auto &failure :
            { smtpAuthFailure(534, { 5, 7, 9 }), smtpAuthFailure(535, { 5, 7, 8 }) }) {
            const QString hint = ProviderHints::advise(failure, gmail);
            VERIFY_CONTAINS(hint, QStringLiteral("app password"));
            VERIFY_CONTAINS(hint, QStringLiteral("https://myaccount.google.com/apppasswords"));
        }
        // 534 5.7.9 anywhere else is still "application-specific password".
        VERIFY_CONTAINS(ProviderHints::advise(
                            smtpAuthFailure(534, { 5, 7, 9 }), at(QStringLiteral("example.com"))),
            QStringLiteral("app password"));
    }

    void unknownProviderGetsGenericLoginAdvice()
    {
        const QString hint = ProviderHints::advise(
            smtpAuthFailure(535, { 5, 7, 8 }), at(QStringLiteral("example.com")));
        VERIFY_CONTAINS(hint, QStringLiteral("user name or password"));
        VERIFY_CONTAINS(hint, QStringLiteral("part before the @"));
        QVERIFY(!hint.contains(QStringLiteral("授权码")));
        VERIFY_CONTAINS(ProviderHints::advise(
                            smtpAuthFailure(454, { 4, 7, 0 }), at(QStringLiteral("example.com"))),
            QStringLiteral("try again"));
        VERIFY_CONTAINS(ProviderHints::advise(
                            smtpAuthFailure(530, { 5, 7, 0 }), at(QStringLiteral("example.com"))),
            QStringLiteral("encryption before the login"));
    }

    void tcpTimeoutToAForeignProviderBlamesTheNetwork()
    {
        const VerifyFailure timeout
            = netFailure(VerifyFailure::Kind::Unreachable, VerifyStep::Name::Tcp);
        const QString foreign = ProviderHints::advise(
            timeout, at(QStringLiteral("gmail.com"), QStringLiteral("smtp.gmail.com")));
        VERIFY_CONTAINS(foreign, QStringLiteral("network or a firewall"));
        VERIFY_CONTAINS(foreign, QStringLiteral("Gmail"));
        const QString other = ProviderHints::advise(timeout, at(QStringLiteral("example.com")));
        VERIFY_CONTAINS(other, QStringLiteral("network or a firewall"));
        const QString port25 = ProviderHints::advise(timeout,
            at(QStringLiteral("example.com"), QStringLiteral("mx.example.com"), 25,
                SecurityMode::StartTls));
        VERIFY_CONTAINS(port25, QStringLiteral("block port 25"));
    }

    void connectionRefusedMeansWrongPortOrSecurity()
    {
        const QString smtp
            = ProviderHints::advise(netFailure(VerifyFailure::Kind::Refused, VerifyStep::Name::Tcp),
                at(QStringLiteral("example.com")));
        VERIFY_CONTAINS(smtp, QStringLiteral("port or the security setting"));
        VERIFY_CONTAINS(smtp, QStringLiteral("587"));
        const QString pop3 = ProviderHints::advise(
            netFailure(VerifyFailure::Kind::Refused, VerifyStep::Name::Tcp, Protocol::Pop3),
            at(QStringLiteral("example.com")));
        VERIFY_CONTAINS(pop3, QStringLiteral("995"));
        VERIFY_CONTAINS(pop3, QStringLiteral("110"));
    }

    void tlsOnAPlaintextPortSuggestsTheOtherMode()
    {
        const HintContext ssl = at(QStringLiteral("example.com"),
            QStringLiteral("mail.example.com"), 587, SecurityMode::Ssl);
        VERIFY_CONTAINS(
            ProviderHints::advise(
                netFailure(VerifyFailure::Kind::TlsHandshake, VerifyStep::Name::Tls), ssl),
            QStringLiteral("Choose STARTTLS"));
        VERIFY_CONTAINS(ProviderHints::advise(
                            netFailure(VerifyFailure::Kind::Stalled, VerifyStep::Name::Tls), ssl),
            QStringLiteral("STARTTLS"));
        // The reverse: STARTTLS (or plain) on an implicit-TLS port hears nothing.
        const HintContext starttls = at(QStringLiteral("example.com"),
            QStringLiteral("mail.example.com"), 465, SecurityMode::StartTls);
        VERIFY_CONTAINS(
            ProviderHints::advise(
                netFailure(VerifyFailure::Kind::Stalled, VerifyStep::Name::Greeting), starttls),
            QStringLiteral("Choose SSL/TLS"));
        VERIFY_CONTAINS(
            ProviderHints::advise(
                netFailure(VerifyFailure::Kind::Protocol, VerifyStep::Name::Greeting), starttls),
            QStringLiteral("SSL/TLS"));
        // No STARTTLS offered.
        VERIFY_CONTAINS(
            ProviderHints::advise(
                netFailure(VerifyFailure::Kind::Policy, VerifyStep::Name::Tls), starttls),
            QStringLiteral("does not offer encryption"));
    }

    void stalledServerIsNamedByPhase()
    {
        const HintContext plain = at(QStringLiteral("example.com"),
            QStringLiteral("mail.example.com"), 587, SecurityMode::StartTls);
        VERIFY_CONTAINS(
            ProviderHints::advise(
                netFailure(VerifyFailure::Kind::Stalled, VerifyStep::Name::Greeting), plain),
            QStringLiteral("never said hello"));
        VERIFY_CONTAINS(
            ProviderHints::advise(
                netFailure(VerifyFailure::Kind::Stalled, VerifyStep::Name::Capabilities), plain),
            QStringLiteral("stopped answering"));
        // A slow answer to a login is usually the server's penalty for a wrong password.
        VERIFY_CONTAINS(
            ProviderHints::advise(
                netFailure(VerifyFailure::Kind::Stalled, VerifyStep::Name::Auth), plain),
            QStringLiteral("failed logins"));
        VERIFY_CONTAINS(ProviderHints::advise(
                            netFailure(VerifyFailure::Kind::Stalled, VerifyStep::Name::Dns), plain),
            QStringLiteral("took too long"));
    }

    void certificateProblems()
    {
        VerifyFailure f = netFailure(VerifyFailure::Kind::Certificate, VerifyStep::Name::Tls);
        const HintContext context
            = at(QStringLiteral("mydomain.example"), QStringLiteral("mail.mydomain.example"));
        f.certificate = certificateWith(QSslError::HostNameMismatch);
        const QString mismatch = ProviderHints::advise(f, context);
        VERIFY_CONTAINS(mismatch, QStringLiteral("hosting provider"));
        VERIFY_CONTAINS(mismatch, QStringLiteral("wrong.invalid"));
        VERIFY_CONTAINS(mismatch, f.certificate.sha256Hex());
        f.certificate = certificateWith(QSslError::CertificateExpired);
        VERIFY_CONTAINS(ProviderHints::advise(f, context), QStringLiteral("expired"));
        f.certificate = certificateWith(QSslError::SelfSignedCertificate);
        VERIFY_CONTAINS(ProviderHints::advise(f, context), QStringLiteral("self-signed"));
    }

    void pop3ResponseCodesAreExplained_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("IN-USE") << QByteArray("-ERR [IN-USE] Mailbox locked")
                                << QStringLiteral("only one at a time");
        QTest::newRow("SYS/TEMP") << QByteArray("-ERR [SYS/TEMP] Try later")
                                  << QStringLiteral("temporary problem");
        QTest::newRow("LOGIN-DELAY")
            << QByteArray("-ERR [LOGIN-DELAY] Wait") << QStringLiteral("every few minutes");
        QTest::newRow("SYS/PERM") << QByteArray("-ERR [SYS/PERM] Disabled")
                                  << QStringLiteral("Contact your provider");
    }
    void pop3ResponseCodesAreExplained()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        // The code decides, even at a Chinese provider that would otherwise get 授权码 advice.
        const QString hint = ProviderHints::advise(
            pop3Failure(VerifyStep::Name::Auth, line), at(QStringLiteral("qq.com")));
        VERIFY_CONTAINS(hint, expected);
        QVERIFY(!hint.contains(QStringLiteral("授权码")));
    }

    void dnsAndOtherSteps()
    {
        const QString dns = ProviderHints::advise(
            netFailure(VerifyFailure::Kind::HostNotFound, VerifyStep::Name::Dns),
            at(QStringLiteral("example.com"), QStringLiteral("smtp.exmaple.com")));
        VERIFY_CONTAINS(dns, QStringLiteral("smtp.exmaple.com"));
        VERIFY_CONTAINS(dns, QStringLiteral("does not exist"));
        VERIFY_CONTAINS(ProviderHints::advise(pop3Failure(VerifyStep::Name::Mailbox, "-ERR no"),
                            at(QStringLiteral("example.com"))),
            QStringLiteral("open the mailbox"));
        VERIFY_CONTAINS(
            ProviderHints::advise(netFailure(VerifyFailure::Kind::Policy, VerifyStep::Name::Auth),
                at(QStringLiteral("example.com"), QStringLiteral("mx.example.com"), 25,
                    SecurityMode::StartTls)),
            QStringLiteral("Port 25"));
        QVERIFY(ProviderHints::advise(
            netFailure(VerifyFailure::Kind::Cancelled, VerifyStep::Name::Auth),
            at(QStringLiteral("example.com")))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderHints)
#include "tst_providerhints.moc"
