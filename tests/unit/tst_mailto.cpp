// MailtoUrl: RFC 6068 parsing, with the examples of RFC 6068 §6 and malformed links.

#include "mime/MailtoUrl.h"

#include <QTest>

using namespace mw;
using namespace Qt::StringLiterals;

namespace {

QStringList addresses(const QList<Mailbox> &list)
{
    QStringList out;
    for (const Mailbox &m : list)
        out << m.address().toString();
    return out;
}

} // namespace

class TestMailto : public QObject {
    Q_OBJECT
private slots:
    void rfc6068Examples_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("cc");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("ignored");

        const QStringList none;
        // RFC 6068 §6.1
        QTest::newRow("simple") << u"mailto:chris@example.com"_s
                                << QStringList { u"chris@example.com"_s } << none << u""_s << u""_s
                                << none;
        QTest::newRow("subject") << u"mailto:infobot@example.com?subject=current-issue"_s
                                 << QStringList { u"infobot@example.com"_s } << none
                                 << u"current-issue"_s << u""_s << none;
        QTest::newRow("body") << u"mailto:infobot@example.com?body=send%20current-issue"_s
                              << QStringList { u"infobot@example.com"_s } << none << u""_s
                              << u"send current-issue"_s << none;
        QTest::newRow("body-two-lines")
            << u"mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index"_s
            << QStringList { u"infobot@example.com"_s } << none << u""_s
            << u"send current-issue\nsend index"_s << none;
        QTest::newRow("in-reply-to-ignored")
            << u"mailto:list@example.org?In-Reply-To=%3C3469A91.D10AF4C@example.com%3E"_s
            << QStringList { u"list@example.org"_s } << none << u""_s << u""_s
            << QStringList { u"in-reply-to"_s };
        QTest::newRow("subscribe") << u"mailto:majordomo@example.com?body=subscribe%20bamboo-l"_s
                                   << QStringList { u"majordomo@example.com"_s } << none << u""_s
                                   << u"subscribe bamboo-l"_s << none;
        QTest::newRow("cc") << u"mailto:joe@example.com?cc=bob@example.com&body=hello"_s
                            << QStringList { u"joe@example.com"_s }
                            << QStringList { u"bob@example.com"_s } << u""_s << u"hello"_s << none;
        QTest::newRow("to-in-query")
            << u"mailto:?to=joe@example.com&cc=bob@example.com&body=hello"_s
            << QStringList { u"joe@example.com"_s } << QStringList { u"bob@example.com"_s } << u""_s
            << u"hello"_s << none;
        QTest::newRow("percent-in-local-part")
            << u"mailto:gorby%25kremvax@example.com"_s
            << QStringList { u"gorby%kremvax@example.com"_s } << none << u""_s << u""_s << none;
        QTest::newRow("question-mark-in-local-part")
            << u"mailto:unlikely%3Faddress@example.com?blat=foop"_s
            << QStringList { u"unlikely?address@example.com"_s } << none << u""_s << u""_s
            << QStringList { u"blat"_s };
        QTest::newRow("ampersand-in-local-part")
            << u"mailto:Mike%26family@example.org"_s << QStringList { u"Mike&family@example.org"_s }
            << none << u""_s << u""_s << none;
        // RFC 6068 §6.2
        QTest::newRow("quoted-local-part")
            << u"mailto:%22not%40me%22@example.org"_s << QStringList { u"\"not@me\"@example.org"_s }
            << none << u""_s << u""_s << none;
        QTest::newRow("quoted-backslash")
            << u"mailto:%22oh%5C%5Cno%22@example.org"_s
            << QStringList { u"\"oh\\\\no\"@example.org"_s } << none << u""_s << u""_s << none;
        // RFC 6068 §6.3: percent-encoded UTF-8.
        QTest::newRow("utf8-subject") << u"mailto:user@example.org?subject=caf%C3%A9"_s
                                      << QStringList { u"user@example.org"_s } << none
                                      << QString::fromUtf8("café") << u""_s << none;
        QTest::newRow("encoded-word-is-literal")
            << u"mailto:user@example.org?subject=%3D%3Futf-8%3FQ%3Fcaf%3DC3%3DA9%3F%3D"_s
            << QStringList { u"user@example.org"_s } << none << u"=?utf-8?Q?caf=C3=A9?="_s << u""_s
            << none;
        QTest::newRow("utf8-body-japanese")
            << u"mailto:user@example.org?subject=Test&body=%E3%81%AA%E3%81%A3%E3%81%A8%E3%81%86"_s
            << QStringList { u"user@example.org"_s } << none << u"Test"_s
            << QString::fromUtf8("なっとう") << none;
        QTest::newRow("idn-domain")
            << u"mailto:user@%E7%B4%8D%E8%B1%86.example.org?subject=Test&body=NATTO"_s
            << QStringList { QString::fromUtf8("user@納豆.example.org") } << none << u"Test"_s
            << u"NATTO"_s << none;
        QTest::newRow("chinese-subject")
            << u"mailto:bob@example.test?subject=%E4%BD%A0%E5%A5%BD%EF%BC%8C%E4%B8%96%E7%95%8C"_s
            << QStringList { u"bob@example.test"_s } << none << QString::fromUtf8("你好，世界")
            << u""_s << none;
        // RFC 6068 §2: several u"to"_s fields and the path combine, in order.
        QTest::newRow("path-and-to") << u"mailto:addr1@an.example?to=addr2@an.example"_s
                                     << QStringList { u"addr1@an.example"_s, u"addr2@an.example"_s }
                                     << none << u""_s << u""_s << none;
        QTest::newRow("list-in-to") << u"mailto:?to=addr1@an.example,addr2@an.example"_s
                                    << QStringList { u"addr1@an.example"_s, u"addr2@an.example"_s }
                                    << none << u""_s << u""_s << none;
        QTest::newRow("several-to")
            << u"mailto:a@x.example?to=b@x.example&to=c@x.example"_s
            << QStringList { u"a@x.example"_s, u"b@x.example"_s, u"c@x.example"_s } << none << u""_s
            << u""_s << none;
        // '+' is a plus sign (not form encoding); header names are case-insensitive.
        QTest::newRow("plus-is-plus")
            << u"MAILTO:bob+tag@example.test?SUBJECT=1+1%3D2"_s
            << QStringList { u"bob+tag@example.test"_s } << none << u"1+1=2"_s << u""_s << none;
        // Unsafe header fields are never honoured (RFC 6068 §7), only listed.
        QTest::newRow("unsafe-headers")
            << u"mailto:bob@example.test?from=evil@example.test&X-Mailer=x&Received=y&subject=hi"_s
            << QStringList { u"bob@example.test"_s } << none << u"hi"_s << u""_s
            << QStringList { u"from"_s, u"x-mailer"_s, u"received"_s };
        // A header-injection attempt in the subject stays in the one-line subject.
        QTest::newRow("subject-injection")
            << u"mailto:bob@example.test?subject=hi%0D%0ABcc:%20eve@example.test"_s
            << QStringList { u"bob@example.test"_s } << none << u"hi Bcc: eve@example.test"_s
            << u""_s << none;
        QTest::newRow("empty") << u"mailto:"_s << none << none << u""_s << u""_s << none;
        QTest::newRow("fragment-dropped")
            << u"mailto:bob@example.test#frag"_s << QStringList { u"bob@example.test"_s } << none
            << u""_s << u""_s << none;
    }

    void rfc6068Examples()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, to);
        QFETCH(QStringList, cc);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QStringList, ignored);
        QString error;
        const auto parsed = MailtoUrl::parse(url, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(addresses(parsed->to), to);
        QCOMPARE(addresses(parsed->cc), cc);
        QCOMPARE(parsed->subject, subject);
        QCOMPARE(parsed->body, body);
        QCOMPARE(parsed->ignoredHeaders, ignored);
    }

    void bccAndDraft()
    {
        const auto parsed = MailtoUrl::parse(
            u"mailto:Bob%20%3Cbob@example.test%3E?bcc=carol@example.test&subject=s&body=b");
        QVERIFY(parsed);
        QCOMPARE(parsed->to.first().displayName(), QStringLiteral("Bob"));
        const MessageDraft d = parsed->toDraft();
        QCOMPARE(d.to.size(), 1);
        QCOMPARE(addresses(d.bcc), QStringList { QStringLiteral("carol@example.test") });
        QCOMPARE(d.subject, QStringLiteral("s"));
        QCOMPARE(d.textBody, QStringLiteral("b"));
        QVERIFY(!d.from);
    }

    void duplicateSubjectFirstWins()
    {
        const auto parsed = MailtoUrl::parse(u"mailto:a@b.example?subject=one&subject=two");
        QVERIFY(parsed);
        QCOMPARE(parsed->subject, QStringLiteral("one"));
        QCOMPARE(parsed->ignoredHeaders, QStringList { QStringLiteral("subject") });
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("other-scheme") << u"http://example.com/"_s << u"mailto:"_s;
        QTest::newRow("no-scheme") << u"bob@example.test"_s << u"mailto:"_s;
        QTest::newRow("bad-percent") << u"mailto:bob@example.test?subject=%G1"_s << u"%G1"_s;
        QTest::newRow("truncated-percent") << u"mailto:bob@example.test?subject=abc%4"_s << u"%4"_s;
        QTest::newRow("invalid-utf8") << u"mailto:bob@example.test?subject=%C3%28"_s << u"UTF-8"_s;
        QTest::newRow("lone-continuation") << u"mailto:bob@example.test?body=%80"_s << u"UTF-8"_s;
        QTest::newRow("bad-address") << u"mailto:not-an-address"_s << u""_s;
        QTest::newRow("bad-cc") << u"mailto:bob@example.test?cc=bad@@example.test"_s << u"cc"_s;
        QTest::newRow("space") << u"mailto:bob@example.test?subject=a b"_s << u"spaces"_s;
        QTest::newRow("control") << u"mailto:bob@example.test?subject=a\nb"_s << u"control"_s;
        QTest::newRow("nul-in-address") << u"mailto:bob%00@example.test"_s << u""_s;
        QTest::newRow("crlf-in-address")
            << u"mailto:bob@example.test%0D%0ABcc:eve@example.test"_s << u""_s;
    }

    void malformed()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!MailtoUrl::parse(url, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMailto)
#include "tst_mailto.moc"
