// SmtpCapabilities (core/smtp/SmtpCapabilities.h): reading the EHLO reply
// (RFC 5321 §4.1.1.1) into flags, the SIZE limit and the AUTH mechanisms.

#include "smtp/SmtpCapabilities.h"

#include <QTest>

using mw::SmtpCapabilities;
using mw::SmtpReply;

Q_DECLARE_METATYPE(QList<QByteArray>)

namespace {

// An EHLO reply as the parser hands it over: the first line is the greeting.
SmtpReply ehlo(const QList<QByteArray> &keywordLines,
    const QByteArray &first = "mail.example.test Hello [192.0.2.1]")
{
    SmtpReply reply;
    reply.code = 250;
    reply.lines = QList<QByteArray> { first } + keywordLines;
    return reply;
}

constexpr int kAllFlags = SmtpCapabilities::StartTls | SmtpCapabilities::Pipelining
    | SmtpCapabilities::Chunking | SmtpCapabilities::EightBitMime | SmtpCapabilities::SmtpUtf8
    | SmtpCapabilities::Dsn | SmtpCapabilities::EnhancedStatusCodes | SmtpCapabilities::Size
    | SmtpCapabilities::Auth | SmtpCapabilities::BinaryMime;

} // namespace

class TestSmtpCapabilities : public QObject {
    Q_OBJECT
private slots:
    void typicalReply()
    {
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(
            ehlo({ "PIPELINING", "SIZE 35882577", "8BITMIME", "AUTH LOGIN PLAIN XOAUTH2",
                "ENHANCEDSTATUSCODES", "CHUNKING", "SMTPUTF8", "DSN", "STARTTLS", "BINARYMIME" }));
        QVERIFY(caps.extended);
        QCOMPARE(caps.flags, kAllFlags);
        QCOMPARE(caps.maxSize, 35882577);
        QCOMPARE(caps.authMechanisms, (QList<QByteArray> { "LOGIN", "PLAIN", "XOAUTH2" }));
        QCOMPARE(caps.serverDomain, QByteArray("mail.example.test"));
    }

    void eachKeyword_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("flag");
        QTest::newRow("STARTTLS") << QByteArray("STARTTLS") << int(SmtpCapabilities::StartTls);
        QTest::newRow("PIPELINING")
            << QByteArray("PIPELINING") << int(SmtpCapabilities::Pipelining);
        QTest::newRow("CHUNKING") << QByteArray("CHUNKING") << int(SmtpCapabilities::Chunking);
        QTest::newRow("8BITMIME") << QByteArray("8BITMIME") << int(SmtpCapabilities::EightBitMime);
        QTest::newRow("SMTPUTF8") << QByteArray("SMTPUTF8") << int(SmtpCapabilities::SmtpUtf8);
        QTest::newRow("DSN") << QByteArray("DSN") << int(SmtpCapabilities::Dsn);
        QTest::newRow("ENHANCEDSTATUSCODES")
            << QByteArray("ENHANCEDSTATUSCODES") << int(SmtpCapabilities::EnhancedStatusCodes);
        QTest::newRow("SIZE") << QByteArray("SIZE") << int(SmtpCapabilities::Size);
        QTest::newRow("AUTH") << QByteArray("AUTH PLAIN") << int(SmtpCapabilities::Auth);
        QTest::newRow("BINARYMIME")
            << QByteArray("BINARYMIME") << int(SmtpCapabilities::BinaryMime);
        // Keywords are case-insensitive (RFC 5321 §2.4).
        QTest::newRow("starttls") << QByteArray("starttls") << int(SmtpCapabilities::StartTls);
        QTest::newRow("Pipelining")
            << QByteArray("Pipelining") << int(SmtpCapabilities::Pipelining);
        QTest::newRow("8bitmime") << QByteArray("8bitmime") << int(SmtpCapabilities::EightBitMime);
        QTest::newRow("SmtpUtf8") << QByteArray("SmtpUtf8") << int(SmtpCapabilities::SmtpUtf8);
        QTest::newRow("size 100") << QByteArray("size 100") << int(SmtpCapabilities::Size);
        QTest::newRow("auth login") << QByteArray("auth login") << int(SmtpCapabilities::Auth);
        QTest::newRow("padded") << QByteArray("  CHUNKING  ") << int(SmtpCapabilities::Chunking);
        // Look-alikes are not the keyword.
        QTest::newRow("STARTTLSX") << QByteArray("STARTTLSX") << 0;
        QTest::newRow("X-STARTTLS") << QByteArray("X-STARTTLS") << 0;
        QTest::newRow("PIPELINING=1") << QByteArray("PIPELINING=1") << 0;
        QTest::newRow("SIZE100") << QByteArray("SIZE100") << 0;
        QTest::newRow("unknown") << QByteArray("X-EXPS GSSAPI NTLM") << 0;
        QTest::newRow("VRFY") << QByteArray("VRFY") << 0;
        QTest::newRow("empty line") << QByteArray() << 0;
        QTest::newRow("blank line") << QByteArray("   ") << 0;
    }
    void eachKeyword()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, flag);
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(ehlo({ line }));
        QCOMPARE(caps.flags, flag);
    }

    void firstLineIsNotAKeyword()
    {
        // The first line is the server's name and greeting, never capabilities.
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(ehlo({}, "STARTTLS AUTH PLAIN"));
        QCOMPARE(caps.flags, 0);
        QCOMPARE(caps.serverDomain, QByteArray("STARTTLS"));
        QVERIFY(caps.extended);
    }

    void emptyReply()
    {
        SmtpReply reply;
        reply.code = 250;
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(reply);
        QVERIFY(caps.extended);
        QCOMPARE(caps.flags, 0);
        QVERIFY(caps.serverDomain.isEmpty());
        QVERIFY(caps.keywords().isEmpty());
    }

    void authMechanisms_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<QList<QByteArray>>("mechanisms");
        QTest::newRow("modern") << QList<QByteArray> { "AUTH PLAIN LOGIN" }
                                << QList<QByteArray> { "PLAIN", "LOGIN" };
        QTest::newRow("lower case") << QList<QByteArray> { "auth plain cram-md5" }
                                    << QList<QByteArray> { "PLAIN", "CRAM-MD5" };
        QTest::newRow("old AUTH=")
            << QList<QByteArray> { "AUTH=LOGIN PLAIN" } << QList<QByteArray> { "LOGIN", "PLAIN" };
        QTest::newRow("old auth= lower")
            << QList<QByteArray> { "auth=login" } << QList<QByteArray> { "LOGIN" };
        QTest::newRow("both forms, deduplicated") << QList<QByteArray> { "AUTH LOGIN PLAIN",
            "AUTH=LOGIN PLAIN" } << QList<QByteArray> { "LOGIN", "PLAIN" };
        QTest::newRow("duplicates in one line")
            << QList<QByteArray> { "AUTH PLAIN plain PLAIN LOGIN" }
            << QList<QByteArray> { "PLAIN", "LOGIN" };
        QTest::newRow("extra spaces") << QList<QByteArray> { "AUTH   PLAIN    LOGIN  " }
                                      << QList<QByteArray> { "PLAIN", "LOGIN" };
        QTest::newRow("garbage dropped")
            << QList<QByteArray> { "AUTH PLAIN L@GIN <script> SCRAM-SHA-256 X_Y a.b \xc3\xa9" }
            << QList<QByteArray> { "PLAIN", "SCRAM-SHA-256", "X_Y" };
        QTest::newRow("20 characters kept, 21 dropped")
            << QList<QByteArray> { "AUTH ABCDEFGHIJ0123456789 ABCDEFGHIJ0123456789X" }
            << QList<QByteArray> { "ABCDEFGHIJ0123456789" };
        QTest::newRow("control characters dropped")
            << QList<QByteArray> { QByteArray("AUTH PL\0AIN LOGIN\x01", 18) }
            << QList<QByteArray> {};
        QTest::newRow("order kept")
            << QList<QByteArray> { "AUTH XOAUTH2", "AUTH OAUTHBEARER PLAIN" }
            << QList<QByteArray> { "XOAUTH2", "OAUTHBEARER", "PLAIN" };
    }
    void authMechanisms()
    {
        QFETCH(QList<QByteArray>, lines);
        QFETCH(QList<QByteArray>, mechanisms);
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(ehlo(lines));
        QCOMPARE(caps.authMechanisms, mechanisms);
        // AUTH without a usable mechanism is as good as no AUTH.
        QCOMPARE(caps.has(SmtpCapabilities::Auth), !mechanisms.isEmpty());
    }

    void authWithoutMechanisms_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("bare AUTH") << QByteArray("AUTH");
        QTest::newRow("AUTH=") << QByteArray("AUTH=");
        QTest::newRow("only garbage") << QByteArray("AUTH !!! ???");
    }
    void authWithoutMechanisms()
    {
        QFETCH(QByteArray, line);
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(ehlo({ line, "PIPELINING" }));
        QVERIFY(!caps.has(SmtpCapabilities::Auth));
        QVERIFY(caps.authMechanisms.isEmpty());
        QVERIFY(caps.has(SmtpCapabilities::Pipelining));
    }

    void size_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<qint64>("maxSize");
        QTest::newRow("value") << QByteArray("SIZE 35882577") << qint64(35882577);
        QTest::newRow("no value") << QByteArray("SIZE") << qint64(0);
        // RFC 1870 §4: 0 means no fixed maximum.
        QTest::newRow("zero") << QByteArray("SIZE 0") << qint64(0);
        QTest::newRow("beyond 32 bits") << QByteArray("SIZE 10000000000") << qint64(10000000000LL);
        QTest::newRow("negative") << QByteArray("SIZE -1") << qint64(0);
        QTest::newRow("not a number") << QByteArray("SIZE lots") << qint64(0);
        QTest::newRow("trailing junk") << QByteArray("SIZE 100abc") << qint64(0);
        QTest::newRow("overflow") << QByteArray("SIZE 99999999999999999999999") << qint64(0);
        QTest::newRow("lower case") << QByteArray("size 1000") << qint64(1000);
    }
    void size()
    {
        QFETCH(QByteArray, line);
        QFETCH(qint64, maxSize);
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(ehlo({ line }));
        QVERIFY(caps.has(SmtpCapabilities::Size));
        QCOMPARE(caps.maxSize, maxSize);
    }

    void duplicateKeywords()
    {
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(
            ehlo({ "PIPELINING", "pipelining", "PIPELINING", "DSN", "DSN" }));
        QCOMPARE(caps.flags, int(SmtpCapabilities::Pipelining | SmtpCapabilities::Dsn));
        QCOMPARE(caps.keywords(), (QList<QByteArray> { "PIPELINING", "DSN" }));
    }

    void freshFromEveryEhlo()
    {
        // RFC 3207 §4.2: a second EHLO's answer replaces the first, never merges.
        const SmtpCapabilities before
            = SmtpCapabilities::fromEhlo(ehlo({ "SIZE 1", "AUTH LOGIN", "DSN", "STARTTLS" }));
        QVERIFY(before.has(SmtpCapabilities::Dsn));
        const SmtpCapabilities after = SmtpCapabilities::fromEhlo(ehlo({ "AUTH PLAIN" }));
        QCOMPARE(after.flags, int(SmtpCapabilities::Auth));
        QCOMPARE(after.maxSize, 0);
        QCOMPARE(after.authMechanisms, QList<QByteArray> { "PLAIN" });
    }

    void keywords()
    {
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(
            ehlo({ "binarymime", "auth=plain login", "size 1000", "enhancedstatuscodes", "dsn",
                "smtputf8", "8bitmime", "chunking", "pipelining", "starttls" }));
        QCOMPARE(caps.keywords(),
            (QList<QByteArray> { "STARTTLS", "PIPELINING", "CHUNKING", "8BITMIME", "SMTPUTF8",
                "DSN", "ENHANCEDSTATUSCODES", "SIZE 1000", "AUTH PLAIN LOGIN", "BINARYMIME" }));
        const SmtpCapabilities unlimited = SmtpCapabilities::fromEhlo(ehlo({ "SIZE 0" }));
        QCOMPARE(unlimited.keywords(), QList<QByteArray> { "SIZE" });
    }

    void keywordsRoundTrip_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::newRow("everything") << QList<QByteArray> { "PIPELINING", "SIZE 35882577",
            "8BITMIME", "AUTH LOGIN PLAIN XOAUTH2", "ENHANCEDSTATUSCODES", "CHUNKING", "SMTPUTF8",
            "DSN", "STARTTLS", "BINARYMIME" };
        QTest::newRow("nothing") << QList<QByteArray> {};
        QTest::newRow("size without value") << QList<QByteArray> { "SIZE" };
        QTest::newRow("size zero") << QList<QByteArray> { "SIZE 0", "STARTTLS" };
        QTest::newRow("old auth, garbage, duplicates") << QList<QByteArray> { "AUTH=LOGIN",
            "AUTH PLAIN L@GIN LOGIN", "X-UNKNOWN", "dsn", "DSN" };
        QTest::newRow("auth without mechanisms") << QList<QByteArray> { "AUTH", "CHUNKING" };
    }
    void keywordsRoundTrip()
    {
        // fromEhlo(keywords()) gives back the same capabilities.
        QFETCH(QList<QByteArray>, lines);
        const SmtpCapabilities first = SmtpCapabilities::fromEhlo(ehlo(lines));
        const SmtpCapabilities second = SmtpCapabilities::fromEhlo(ehlo(first.keywords()));
        QCOMPARE(second.flags, first.flags);
        QCOMPARE(second.maxSize, first.maxSize);
        QCOMPARE(second.authMechanisms, first.authMechanisms);
        QCOMPARE(second.keywords(), first.keywords());
    }
};

QTEST_APPLESS_MAIN(TestSmtpCapabilities)
#include "tst_smtpcapabilities.moc"
