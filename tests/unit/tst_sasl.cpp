#include "sasl/SaslCramMd5.h"
#include "sasl/SaslLogin.h"
#include "sasl/SaslMechanism.h"
#include "sasl/SaslOAuthBearer.h"
#include "sasl/SaslPlain.h"
#include "sasl/SaslPrep.h"
#include "sasl/SaslScramSha256.h"
#include "sasl/SaslXOAuth2.h"

#include <QTest>

#include <array>

using namespace mw::sasl;

Q_DECLARE_METATYPE(mw::sasl::Credentials)

namespace {

Credentials creds(const QString &user, const QString &secret, const QString &authzid = {})
{
    return { user, secret, authzid };
}

Credentials password()
{
    return creds(QStringLiteral("alice"), QStringLiteral("s3cret"));
}
Credentials token()
{
    return creds(QStringLiteral("alice@example.com"), QStringLiteral("ya29.A-b_c~"));
}

ChoiceOptions withTls(bool tls, SecretKind kind = SecretKind::Password)
{
    ChoiceOptions o;
    o.tlsActive = tls;
    o.kind = kind;
    return o;
}

QList<QByteArray> names(std::initializer_list<const char *> list)
{
    QList<QByteArray> out;
    for (const char *n : list)
        out.append(QByteArray(n));
    return out;
}

// RFC 7677 §3.
const QByteArray kRfcClientNonce = QByteArrayLiteral("rOprNGfwEbeRWgbNEkqO");
const QByteArray kRfcServerFirst = QByteArrayLiteral(
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
const QByteArray kRfcClientFinal
    = QByteArrayLiteral("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                        "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
const QByteArray kRfcServerFinal
    = QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");

SaslScramSha256 rfcScram()
{
    return SaslScramSha256(
        creds(QStringLiteral("user"), QStringLiteral("pencil")), kRfcClientNonce);
}

} // namespace

class TestSasl : public QObject {
    Q_OBJECT
private slots:
    // ---- SASLprep (RFC 4013) ----
    void saslPrep_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected");
        // RFC 4013 §3 examples.
        QTest::newRow("soft hyphen") << QStringLiteral("I\u00ADX") << true << QStringLiteral("IX");
        QTest::newRow("no change") << QStringLiteral("user") << true << QStringLiteral("user");
        QTest::newRow("case kept") << QStringLiteral("USER") << true << QStringLiteral("USER");
        QTest::newRow("ordinal a") << QStringLiteral("\u00AA") << true << QStringLiteral("a");
        QTest::newRow("roman nine") << QStringLiteral("\u2168") << true << QStringLiteral("IX");
        QTest::newRow("bell") << QStringLiteral("\u0007") << false << QString();
        QTest::newRow("bidi 1") << QStringLiteral("\u0627\u0031") << false << QString();
        // Further cases from the RFC 3454 tables.
        QTest::newRow("nbsp") << QStringLiteral("a\u00A0b") << true << QStringLiteral("a b");
        QTest::newRow("ideographic sp")
            << QStringLiteral("a\u3000b") << true << QStringLiteral("a b");
        QTest::newRow("zwsp removed") << QStringLiteral("a\u200Bb") << true << QStringLiteral("ab");
        QTest::newRow("zwj removed") << QStringLiteral("a\u200Db") << true << QStringLiteral("ab");
        QTest::newRow("fullwidth")
            << QStringLiteral("\uFF21\uFF22") << true << QStringLiteral("AB");
        QTest::newRow("chinese") << QStringLiteral("密码") << true << QStringLiteral("密码");
        QTest::newRow("empty") << QString() << true << QString();
        QTest::newRow("del") << QStringLiteral("a\u007F") << false << QString();
        QTest::newRow("c1 control") << QStringLiteral("a\u0085") << false << QString();
        QTest::newRow("line sep") << QStringLiteral("a\u2028") << false << QString();
        QTest::newRow("private use") << QStringLiteral("a\uE000") << false << QString();
        QTest::newRow("plane 15 private")
            << QString::fromUcs4(U"a\U000F0000") << false << QString();
        QTest::newRow("noncharacter") << QStringLiteral("a\uFDD0") << false << QString();
        QTest::newRow("U+FFFE") << QString(QChar(0xFFFE)) << false << QString();
        QTest::newRow("U+1FFFF") << QString::fromUcs4(std::array<char32_t, 1> { 0x1FFFF }.data(), 1)
                                 << false << QString();
        QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) << false << QString();
        QTest::newRow("lone low surrogate")
            << (QStringLiteral("a") + QChar(0xDC00)) << false << QString();
        QTest::newRow("replacement char") << QStringLiteral("\uFFFD") << false << QString();
        QTest::newRow("ideographic desc") << QStringLiteral("\u2FF0") << false << QString();
        QTest::newRow("lrm") << QStringLiteral("a\u200E") << false << QString();
        QTest::newRow("rlo") << QStringLiteral("\u202Eabc") << false << QString();
        QTest::newRow("tag") << QString::fromUcs4(U"a\U000E0041") << false << QString();
        QTest::newRow("supplementary ok")
            << QString::fromUcs4(U"\U00020000") << true << QString::fromUcs4(U"\U00020000");
        QTest::newRow("bidi all RandAL")
            << QStringLiteral("\u0627\u0031\u0628") << true << QStringLiteral("\u0627\u0031\u0628");
        QTest::newRow("bidi with L") << QStringLiteral("\u0627a\u0628") << false << QString();
        QTest::newRow("bidi starts L") << QStringLiteral("1\u0627") << false << QString();
    }
    void saslPrep()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        const std::optional<QString> out = mw::sasl::saslPrep(input);
        QCOMPARE(out.has_value(), valid);
        if (valid)
            QCOMPARE(*out, expected);
    }

    void saslPrepUnassigned()
    {
        // U+0221 was assigned in Unicode 4.0, so it is unassigned for stringprep.
        const QString s = QStringLiteral("\u0221");
        QVERIFY(mw::sasl::saslPrep(s, SaslPrepMode::Query).has_value());
        QVERIFY(!mw::sasl::saslPrep(s, SaslPrepMode::Stored).has_value());
        QVERIFY(mw::sasl::saslPrep(u"abc", SaslPrepMode::Stored).has_value());
    }

    // ---- shared helpers, factory ----
    void saslNameEscaping()
    {
        QCOMPARE(escapeSaslName(QStringLiteral("a=b,c")), QByteArrayLiteral("a=3Db=2Cc"));
        QCOMPARE(escapeSaslName(QStringLiteral("=2C")), QByteArrayLiteral("=3D2C"));
        QCOMPARE(gs2Header(QString()), QByteArrayLiteral("n,,"));
        QCOMPARE(gs2Header(QStringLiteral("ad,min")), QByteArrayLiteral("n,a=ad=2Cmin,"));
    }

    void create_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("canonical");
        QTest::addColumn<bool>("exposes");
        QTest::newRow("scram") << QByteArray("scram-sha-256") << QByteArray("SCRAM-SHA-256")
                               << false;
        QTest::newRow("plain") << QByteArray("Plain") << QByteArray("PLAIN") << true;
        QTest::newRow("login") << QByteArray("LOGIN") << QByteArray("LOGIN") << true;
        QTest::newRow("cram") << QByteArray("cram-md5") << QByteArray("CRAM-MD5") << false;
        QTest::newRow("xoauth2") << QByteArray("xoauth2") << QByteArray("XOAUTH2") << true;
        QTest::newRow("oauthbearer")
            << QByteArray("OAuthBearer") << QByteArray("OAUTHBEARER") << true;
    }
    void create()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, canonical);
        QFETCH(bool, exposes);
        const auto m = mw::sasl::create(name, password());
        QVERIFY(m);
        QCOMPARE(m->name(), canonical);
        QCOMPARE(m->exposesSecret(), exposes);
    }

    void createUnknown()
    {
        QVERIFY(!mw::sasl::create("GSSAPI", password()));
        QVERIFY(!mw::sasl::create("", password()));
        QVERIFY(!mw::sasl::create("SCRAM-SHA-256-PLUS", password()));
    }

    void preferenceOrder()
    {
        QCOMPARE(mw::sasl::preferenceOrder(SecretKind::Password),
            names({ "SCRAM-SHA-256", "PLAIN", "LOGIN", "CRAM-MD5" }));
        QCOMPARE(mw::sasl::preferenceOrder(SecretKind::OAuth2Token),
            names({ "OAUTHBEARER", "XOAUTH2" }));
    }

    // ---- choose() ----
    void choose_data()
    {
        QTest::addColumn<QList<QByteArray>>("offered");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("allowCleartext");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<QByteArray>>("forced");
        QTest::addColumn<QByteArray>("expected"); // empty = nothing chosen
        QTest::addColumn<QString>("error"); // substring of the error

        const int pw = int(SecretKind::Password);
        const int tok = int(SecretKind::OAuth2Token);
        const QList<QByteArray> all = names({ "PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256" });
        const QList<QByteArray> none;

        QTest::newRow("only PLAIN, no TLS")
            << names({ "PLAIN" }) << false << false << pw << none << QByteArray()
            << QStringLiteral("would expose the password without TLS");
        QTest::newRow("PLAIN+LOGIN, no TLS")
            << names({ "PLAIN", "LOGIN" }) << false << false << pw << none << QByteArray()
            << QStringLiteral("the server offers only PLAIN and LOGIN, which would expose the "
                              "password without TLS");
        QTest::newRow("only PLAIN, TLS") << names({ "PLAIN" }) << true << false << pw << none
                                         << QByteArray("PLAIN") << QString();
        QTest::newRow("only PLAIN, user allowed cleartext")
            << names({ "PLAIN" }) << false << true << pw << none << QByteArray("PLAIN")
            << QString();
        QTest::newRow("all, TLS") << all << true << false << pw << none
                                  << QByteArray("SCRAM-SHA-256") << QString();
        QTest::newRow("all, no TLS")
            << all << false << false << pw << none << QByteArray("SCRAM-SHA-256") << QString();
        QTest::newRow("no SCRAM, TLS") << names({ "CRAM-MD5", "LOGIN", "PLAIN" }) << true << false
                                       << pw << none << QByteArray("PLAIN") << QString();
        QTest::newRow("no SCRAM, no TLS")
            << names({ "CRAM-MD5", "LOGIN", "PLAIN" }) << false << false << pw << none
            << QByteArray("CRAM-MD5") << QString();
        QTest::newRow("LOGIN over CRAM-MD5 with TLS")
            << names({ "CRAM-MD5", "LOGIN" }) << true << false << pw << none << QByteArray("LOGIN")
            << QString();
        QTest::newRow("case-insensitive")
            << names({ "plain", " Login ", "scram-sha-256" }) << true << false << pw << none
            << QByteArray("SCRAM-SHA-256") << QString();
        QTest::newRow("forced LOGIN offered")
            << all << true << false << pw << names({ "LOGIN" }) << QByteArray("LOGIN") << QString();
        QTest::newRow("forced lowercase")
            << all << true << false << pw << names({ "login" }) << QByteArray("LOGIN") << QString();
        QTest::newRow("forced LOGIN not offered")
            << names({ "PLAIN", "CRAM-MD5" }) << true << false << pw << names({ "LOGIN" })
            << QByteArray()
            << QStringLiteral("the server does not offer LOGIN (offered: PLAIN, CRAM-MD5)");
        QTest::newRow("forced LOGIN without TLS")
            << all << false << false << pw << names({ "LOGIN" }) << QByteArray()
            << QStringLiteral("without TLS");
        QTest::newRow("forced unknown")
            << all << true << false << pw << names({ "GSSAPI-NOPE", "LOGIN" }) << QByteArray()
            << QStringLiteral("does not support the mechanism GSSAPI");
        QTest::newRow("forced list falls through")
            << names({ "PLAIN" }) << true << false << pw << names({ "LOGIN", "PLAIN" })
            << QByteArray("PLAIN") << QString();
        QTest::newRow("forced PLAIN with token")
            << all << true << false << tok << names({ "PLAIN" }) << QByteArray()
            << QStringLiteral("OAuth2 access token");
        QTest::newRow("unsupported only")
            << names({ "GSSAPI", "NTLM" }) << true << false << pw << none << QByteArray()
            << QStringLiteral("the server offers no mechanism Mailwright supports (offered: "
                              "GSSAPI, NTLM)");
        QTest::newRow("nothing offered") << none << true << false << pw << none << QByteArray()
                                         << QStringLiteral("(offered: none)");
        QTest::newRow("hostile names not echoed")
            << names({ "PLAIN\r\nRCPT", "X<script>" }) << true << false << pw << none
            << QByteArray() << QStringLiteral("(offered: none)");
        QTest::newRow("password, only XOAUTH2")
            << names({ "XOAUTH2" }) << true << false << pw << none << QByteArray()
            << QStringLiteral("only OAuth2 sign-in");
        QTest::newRow("token never PLAIN")
            << names({ "PLAIN", "LOGIN" }) << true << false << tok << none << QByteArray()
            << QStringLiteral("no OAuth2 mechanism");
        QTest::newRow("token XOAUTH2") << names({ "PLAIN", "XOAUTH2" }) << true << false << tok
                                       << none << QByteArray("XOAUTH2") << QString();
        QTest::newRow("token prefers OAUTHBEARER")
            << names({ "XOAUTH2", "OAUTHBEARER" }) << true << false << tok << none
            << QByteArray("OAUTHBEARER") << QString();
        QTest::newRow("token without TLS")
            << names({ "XOAUTH2", "OAUTHBEARER" }) << false << false << tok << none << QByteArray()
            << QStringLiteral("the server offers only OAUTHBEARER and XOAUTH2, which would "
                              "expose the access token without TLS");
    }
    void choose()
    {
        QFETCH(QList<QByteArray>, offered);
        QFETCH(bool, tls);
        QFETCH(bool, allowCleartext);
        QFETCH(int, kind);
        QFETCH(QList<QByteArray>, forced);
        QFETCH(QByteArray, expected);
        QFETCH(QString, error);

        ChoiceOptions options = withTls(tls, SecretKind(kind));
        options.allowCleartextWithoutTls = allowCleartext;
        options.forced = forced;
        const Credentials c = kind == int(SecretKind::Password) ? password() : token();
        const Choice choice = mw::sasl::choose(offered, c, options);
        if (expected.isEmpty()) {
            QVERIFY2(
                !choice.mechanism, choice.mechanism ? choice.mechanism->name().constData() : "");
            QVERIFY2(choice.error.contains(error), qPrintable(choice.error));
            QVERIFY(!choice.error.contains(c.secret));
            QVERIFY(!choice.error.contains(QLatin1String("\r")));
        } else {
            QVERIFY2(choice.mechanism, qPrintable(choice.error));
            QCOMPARE(choice.mechanism->name(), expected);
            QVERIFY(choice.error.isEmpty());
            QVERIFY(!choice.mechanism->exposesSecret() || tls || allowCleartext);
        }
    }

    void chooseSkipsMechanismTheCredentialsCannotUse()
    {
        // A user name SASLprep rejects cannot go through SCRAM; PLAIN over TLS still works.
        const Credentials c = creds(QStringLiteral("bad\u0007user"), QStringLiteral("pw"));
        const auto offered = names({ "SCRAM-SHA-256", "PLAIN" });
        Choice tls = mw::sasl::choose(offered, c, withTls(true));
        QVERIFY(tls.mechanism);
        QCOMPARE(tls.mechanism->name(), QByteArrayLiteral("PLAIN"));
        Choice plain = mw::sasl::choose(offered, c, withTls(false));
        QVERIFY(!plain.mechanism);
        QVERIFY2(plain.error.contains(QLatin1String("SASLprep")), qPrintable(plain.error));
    }

    // ---- PLAIN ----
    void plainBytes_data()
    {
        QTest::addColumn<Credentials>("credentials");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii") << creds(QStringLiteral("tim"), QStringLiteral("tanstaaf"))
                               << QByteArrayLiteral("\0tim\0tanstaaf");
        QTest::newRow("utf-8") << creds(
            QStringLiteral("user@例子.cn"), QStringLiteral("密码-Ünï-3"))
                               << QByteArrayLiteral("\0user@\xe4\xbe\x8b\xe5\xad\x90.cn\0"
                                                    "\xe5\xaf\x86\xe7\xa0\x81-\xc3\x9cn\xc3\xaf-3");
        QTest::newRow("authzid") << creds(
            QStringLiteral("admin"), QStringLiteral("pw"), QStringLiteral("boss"))
                                 << QByteArrayLiteral("boss\0admin\0pw");
    }
    void plainBytes()
    {
        QFETCH(Credentials, credentials);
        QFETCH(QByteArray, expected);
        SaslPlain plain(credentials);
        QVERIFY(plain.validationError().isEmpty());
        QVERIFY(!plain.isComplete());
        QCOMPARE(plain.initialResponse(), std::optional<QByteArray>(expected));
        QVERIFY(plain.isComplete());
        QCOMPARE(plain.respond("unexpected").kind, Step::Abort);
    }

    void plainWithoutInitialResponse()
    {
        SaslPlain plain(password());
        const Step step = plain.respond(QByteArray());
        QCOMPARE(step.kind, Step::Respond);
        QCOMPARE(step.response, QByteArrayLiteral("\0alice\0s3cret"));
        QCOMPARE(plain.respond(QByteArray()).kind, Step::Abort);
    }

    void plainRejectsNul_data()
    {
        QTest::addColumn<Credentials>("credentials");
        const QString withNul = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
        QTest::newRow("user") << creds(withNul, QStringLiteral("pw"));
        QTest::newRow("secret") << creds(QStringLiteral("u"), withNul);
        QTest::newRow("authzid") << creds(QStringLiteral("u"), QStringLiteral("pw"), withNul);
        QTest::newRow("empty user") << creds(QString(), QStringLiteral("pw"));
        QTest::newRow("empty secret") << creds(QStringLiteral("u"), QString());
    }
    void plainRejectsNul()
    {
        QFETCH(Credentials, credentials);
        SaslPlain plain(credentials);
        QVERIFY(!plain.validationError().isEmpty());
        QVERIFY(!plain.initialResponse().has_value());
        const Step step = plain.respond(QByteArray());
        QCOMPARE(step.kind, Step::Abort);
        QCOMPARE(step.error, plain.validationError());
        QVERIFY(!plain.isComplete());
    }

    // ---- LOGIN ----
    void loginSequence_data()
    {
        QTest::addColumn<QByteArray>("userPrompt");
        QTest::addColumn<QByteArray>("passwordPrompt");
        QTest::newRow("standard") << QByteArray("Username:") << QByteArray("Password:");
        QTest::newRow("lowercase") << QByteArray("username:") << QByteArray("password:");
        QTest::newRow("user name") << QByteArray("User Name") << QByteArray("Password");
        QTest::newRow("unrecognised") << QByteArray() << QByteArray("?");
    }
    void loginSequence()
    {
        QFETCH(QByteArray, userPrompt);
        QFETCH(QByteArray, passwordPrompt);
        SaslLogin login(creds(QStringLiteral("tim"), QStringLiteral("密码")));
        QVERIFY(!login.initialResponse().has_value());
        Step step = login.respond(userPrompt);
        QCOMPARE(step.kind, Step::Respond);
        QCOMPARE(step.response, QByteArrayLiteral("tim"));
        QVERIFY(!login.isComplete());
        step = login.respond(passwordPrompt);
        QCOMPARE(step.kind, Step::Respond);
        QCOMPARE(step.response, QStringLiteral("密码").toUtf8());
        QVERIFY(login.isComplete());
        step = login.respond("Password:");
        QCOMPARE(step.kind, Step::Abort);
        QVERIFY(step.response.isEmpty());
    }

    void loginRefusesPasswordForUserPrompt()
    {
        SaslLogin first(password());
        QCOMPARE(first.respond("Password:").kind, Step::Abort);
        SaslLogin second(password());
        QCOMPARE(second.respond("Username:").kind, Step::Respond);
        const Step step = second.respond("Username:");
        QCOMPARE(step.kind, Step::Abort);
        QVERIFY(!step.error.contains(QLatin1String("s3cret")));
    }

    // ---- CRAM-MD5 ----
    void cramMd5Rfc2195()
    {
        SaslCramMd5 cram(creds(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")));
        QVERIFY(!cram.initialResponse().has_value());
        const Step step = cram.respond("<1896.697170952@postoffice.reston.mci.net>");
        QCOMPARE(step.kind, Step::Respond);
        QCOMPARE(step.response, QByteArrayLiteral("tim b913a602c7eda7a495b4e6e7334d3890"));
        QVERIFY(cram.isComplete());
        QCOMPARE(cram.respond("<again@x>").kind, Step::Abort);
    }

    void cramMd5EmptyChallenge()
    {
        SaslCramMd5 cram(password());
        QCOMPARE(cram.respond(QByteArray()).kind, Step::Abort);
        QVERIFY(!cram.isComplete());
    }

    // ---- SCRAM-SHA-256 ----
    void scramRfc7677()
    {
        SaslScramSha256 scram = rfcScram();
        QVERIFY(scram.validationError().isEmpty());
        QCOMPARE(scram.initialResponse(),
            std::optional<QByteArray>(QByteArrayLiteral("n,,n=user,r=rOprNGfwEbeRWgbNEkqO")));
        Step step = scram.respond(kRfcServerFirst);
        QCOMPARE(step.kind, Step::Respond);
        QCOMPARE(step.response, kRfcClientFinal);
        QVERIFY(!scram.isComplete()); // the server has not proven itself yet
        step = scram.respond(kRfcServerFinal);
        QCOMPARE(step.kind, Step::Respond);
        QVERIFY(step.response.isEmpty());
        QVERIFY(scram.isComplete());
        QCOMPARE(scram.respond("v=again").kind, Step::Abort);
    }

    void scramWithoutInitialResponse()
    {
        SaslScramSha256 scram = rfcScram();
        Step step = scram.respond(QByteArray());
        QCOMPARE(step.kind, Step::Respond);
        QCOMPARE(step.response, QByteArrayLiteral("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
        QCOMPARE(scram.respond(kRfcServerFirst).response, kRfcClientFinal);
    }

    void scramInitialResponseNotSent()
    {
        // The caller built the initial response but sent AUTH without it.
        SaslScramSha256 scram = rfcScram();
        const QByteArray clientFirst = *scram.initialResponse();
        QCOMPARE(scram.respond(QByteArray()).response, clientFirst);
        QCOMPARE(scram.respond(kRfcServerFirst).response, kRfcClientFinal);
        QCOMPARE(scram.respond(kRfcServerFinal).kind, Step::Respond);
        QVERIFY(scram.isComplete());
    }

    void scramSecondEmptyChallengeAborts()
    {
        SaslScramSha256 scram = rfcScram();
        QCOMPARE(scram.respond(QByteArray()).kind, Step::Respond);
        QCOMPARE(scram.respond(QByteArray()).kind, Step::Abort);
        QVERIFY(!scram.isComplete());
    }

    void scramChallengeBeforeClientFirst()
    {
        SaslScramSha256 scram = rfcScram();
        QCOMPARE(scram.respond(kRfcServerFirst).kind, Step::Abort);
    }

    void stepDefaultsToAbort()
    {
        const Step step {};
        QCOMPARE(step.kind, Step::Abort);
    }

    void scramRejectsServerFirst_data()
    {
        QTest::addColumn<QByteArray>("serverFirst");
        QTest::addColumn<QString>("error");
        const QByteArray nonce = "r=rOprNGfwEbeRWgbNEkqO%hvY";
        QTest::newRow("nonce not prefixed")
            << QByteArray("r=XXprNGfwEbeRWgbNEkqO%hvY,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
            << QStringLiteral("nonce");
        QTest::newRow("nonce not extended")
            << QByteArray("r=rOprNGfwEbeRWgbNEkqO,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
            << QStringLiteral("nonce");
        QTest::newRow("i=1") << nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1"
                             << QStringLiteral("iteration count 1 ");
        QTest::newRow("i=4095") << nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4095"
                                << QStringLiteral("iteration count");
        QTest::newRow("i huge") << nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=2000000000"
                                << QStringLiteral("iteration count");
        QTest::newRow("i above cap")
            << nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1000001" << QStringLiteral("iteration count");
        QTest::newRow("i not a number")
            << nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=+4096" << QStringLiteral("iteration count");
        QTest::newRow("invalid base64 salt")
            << nonce + ",s=!!not*base64!!,i=4096" << QStringLiteral("salt");
        QTest::newRow("empty salt") << nonce + ",s=,i=4096" << QStringLiteral("salt");
        QTest::newRow("mandatory extension")
            << "m=ext," + nonce + ",s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"
            << QStringLiteral("extension");
        QTest::newRow("wrong order")
            << "s=W22ZaJ0SNY7soEsUEjb6gQ==," + nonce + ",i=4096" << QStringLiteral("malformed");
        QTest::newRow("truncated") << nonce << QStringLiteral("malformed");
        QTest::newRow("server error")
            << QByteArray("e=unknown-user") << QStringLiteral("unknown-user");
    }
    void scramRejectsServerFirst()
    {
        QFETCH(QByteArray, serverFirst);
        QFETCH(QString, error);
        SaslScramSha256 scram = rfcScram();
        QVERIFY(scram.initialResponse());
        const Step step = scram.respond(serverFirst);
        QCOMPARE(step.kind, Step::Abort);
        QVERIFY2(step.error.contains(error), qPrintable(step.error));
        QVERIFY(!scram.isComplete());
        QCOMPARE(scram.respond(kRfcServerFinal).kind, Step::Abort);
        QVERIFY(!scram.isComplete());
    }

    void scramAcceptsExtensionsAfterCount()
    {
        SaslScramSha256 scram = rfcScram();
        QVERIFY(scram.initialResponse());
        QCOMPARE(scram.respond(kRfcServerFirst + ",x=future").kind, Step::Respond);
    }

    void scramRejectsServerFinal_data()
    {
        QTest::addColumn<QByteArray>("serverFinal");
        QTest::addColumn<QString>("error");
        QByteArray tampered = kRfcServerFinal;
        tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
        QTest::newRow("tampered signature")
            << tampered
            << QStringLiteral("the server could not prove it knows the password (SCRAM server "
                              "signature mismatch) — possible impersonation");
        QTest::newRow("truncated signature")
            << kRfcServerFinal.left(20) << QStringLiteral("signature mismatch");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed");
        QTest::newRow("bad base64") << QByteArray("v=***") << QStringLiteral("malformed");
        QTest::newRow("invalid-proof")
            << QByteArray("e=invalid-proof") << QStringLiteral("invalid-proof");
    }
    void scramRejectsServerFinal()
    {
        QFETCH(QByteArray, serverFinal);
        QFETCH(QString, error);
        SaslScramSha256 scram = rfcScram();
        QVERIFY(scram.initialResponse());
        QCOMPARE(scram.respond(kRfcServerFirst).kind, Step::Respond);
        const Step step = scram.respond(serverFinal);
        QCOMPARE(step.kind, Step::Abort);
        QVERIFY2(step.error.contains(error), qPrintable(step.error));
        QVERIFY(!scram.isComplete());
    }

    void scramRandomNonce()
    {
        SaslScramSha256 a(password());
        SaslScramSha256 b(password());
        const QByteArray first = *a.initialResponse();
        QVERIFY(first.startsWith("n,,n=alice,r="));
        const QByteArray nonce = first.mid(first.indexOf(",r=") + 3);
        QVERIFY(nonce.size() >= 32); // 24 random bytes in base64
        QVERIFY(!nonce.contains(','));
        QVERIFY(*b.initialResponse() != first);
    }

    void scramEscapesAndPrepsNames()
    {
        SaslScramSha256 scram(
            creds(QStringLiteral("a=b,c\u00AD"), QStringLiteral("pw"), QStringLiteral("x,y")),
            QByteArrayLiteral("nonce"));
        QCOMPARE(scram.initialResponse(),
            std::optional<QByteArray>(QByteArrayLiteral("n,a=x=2Cy,n=a=3Db=2Cc,r=nonce")));
    }

    void scramRejectsUnpreparableCredentials()
    {
        SaslScramSha256 user(creds(QStringLiteral("a\u0007"), QStringLiteral("pw")));
        QVERIFY(user.validationError().contains(QLatin1String("user name")));
        QVERIFY(!user.initialResponse().has_value());
        QCOMPARE(user.respond(QByteArray()).kind, Step::Abort);
        SaslScramSha256 pw(creds(QStringLiteral("a"), QStringLiteral("\u00AD")));
        QVERIFY(pw.validationError().contains(QLatin1String("password")));
    }

    // ---- XOAUTH2 ----
    void xoauth2()
    {
        SaslXOAuth2 x(
            creds(QStringLiteral("someuser@example.com"), QStringLiteral("ya29.vF9dft4")));
        QCOMPARE(x.initialResponse(),
            std::optional<QByteArray>(QByteArrayLiteral("user=someuser@example.com\x01"
                                                        "auth=Bearer ya29.vF9dft4\x01\x01")));
        QVERIFY(x.isComplete());
        QVERIFY(x.serverError().isEmpty());
    }

    void xoauth2ErrorChallenge()
    {
        SaslXOAuth2 x(token());
        QVERIFY(x.initialResponse());
        const QByteArray json
            = R"({"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"})";
        const Step step = x.respond(json);
        QCOMPARE(step.kind, Step::Respond);
        QVERIFY(step.response.isEmpty());
        QCOMPARE(x.serverError(), QString::fromUtf8(json));
        QVERIFY(!x.isComplete());
        QCOMPARE(x.respond(json).kind, Step::Abort);
    }

    // ---- OAUTHBEARER ----
    void oauthBearer()
    {
        SaslOAuthBearer o(creds(QStringLiteral("user"), QStringLiteral("token")));
        QCOMPARE(o.initialResponse(),
            std::optional<QByteArray>(QByteArrayLiteral("n,a=user,\x01"
                                                        "auth=Bearer token\x01\x01")));
        QVERIFY(o.isComplete());
        SaslOAuthBearer escaped(creds(QStringLiteral("a,b=c"), QStringLiteral("token")));
        QVERIFY(escaped.initialResponse()->startsWith("n,a=a=2Cb=3Dc,\x01"));
    }

    void oauthBearerErrorChallenge()
    {
        SaslOAuthBearer o(token());
        QVERIFY(o.initialResponse());
        const QByteArray json = R"({"status":"invalid_token","scope":"mail"})";
        const Step step = o.respond(json);
        QCOMPARE(step.kind, Step::Respond);
        QCOMPARE(step.response, QByteArrayLiteral("\x01")); // RFC 7628 §3.2.3
        QCOMPARE(o.serverError(), QString::fromUtf8(json));
        QVERIFY(!o.isComplete());
        QCOMPARE(o.respond(json).kind, Step::Abort);
    }

    void bearerRejectsFramingCharacters_data()
    {
        QTest::addColumn<Credentials>("credentials");
        QTest::newRow("space in token") << creds(QStringLiteral("u"), QStringLiteral("a b"));
        QTest::newRow("0x01 in token")
            << creds(QStringLiteral("u"), QStringLiteral("a") + QChar(1) + QStringLiteral("b"));
        QTest::newRow("newline in token") << creds(QStringLiteral("u"), QStringLiteral("a\r\n"));
        QTest::newRow("0x01 in user")
            << creds(QStringLiteral("u") + QChar(1) + QStringLiteral("x"), QStringLiteral("tok"));
    }
    void bearerRejectsFramingCharacters()
    {
        QFETCH(Credentials, credentials);
        SaslXOAuth2 x(credentials);
        SaslOAuthBearer o(credentials);
        for (Mechanism *m : { static_cast<Mechanism *>(&x), static_cast<Mechanism *>(&o) }) {
            QVERIFY(!m->validationError().isEmpty());
            QVERIFY(!m->initialResponse().has_value());
            QCOMPARE(m->respond(QByteArray()).kind, Step::Abort);
        }
    }
};

QTEST_APPLESS_MAIN(TestSasl)
#include "tst_sasl.moc"
