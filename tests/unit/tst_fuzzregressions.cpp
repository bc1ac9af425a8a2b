// Regression tests for what the libFuzzer targets (tests/fuzz) found. Each case
// names its target and holds the minimized input, so a finding stays fixed
// without clang or libFuzzer.
#include "mime/EncodedWords.h"
#include "mime/HeaderEncoding.h"

#include <QTest>

using namespace mw;

namespace {

// The field body: what follows "Name:" with the final CRLF removed.
QByteArray bodyOf(const QByteArray &field)
{
    return field.mid(field.indexOf(':') + 1).chopped(2);
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    // fuzz_mime_writer: a Subject starting with U+FEFF was written correctly
    // ("=?UTF-8?B?77u/...?=") but decodeEncodedWords dropped the U+FEFF, because
    // QString::fromUtf8 skips a leading byte order mark.
    void leadingByteOrderMarkSurvivesDecoding_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("B word") << QByteArray("=?UTF-8?B?77u/QQ==?=") << QStringLiteral("\uFEFFA");
        QTest::newRow("Q word") << QByteArray("=?utf-8?q?=EF=BB=BFA?=")
                                << QStringLiteral("\uFEFFA");
        QTest::newRow("after a word of another charset")
            << QByteArray("=?ISO-8859-1?Q?x?= =?UTF-8?B?77u/?=") << QStringLiteral("x\uFEFF");
        QTest::newRow("raw UTF-8 text")
            << QByteArray("\xEF\xBB\xBFplain") << QStringLiteral("\uFEFFplain");
        QTest::newRow("raw after a word")
            << QByteArray("=?UTF-8?Q?a?= \xEF\xBB\xBF") << QStringLiteral("a \uFEFF");
    }
    void leadingByteOrderMarkSurvivesDecoding()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(decodeEncodedWords(body), expected);
    }

    void subjectWithByteOrderMarkRoundTrips()
    {
        // The minimized fuzz input's subject.
        const QString subject = QStringLiteral("\uFEFF\uFF09\uFF14\u09FE\u14FF\u4000");
        const QByteArray field = unstructuredField("Subject", subject);
        QCOMPARE(decodeEncodedWords(bodyOf(field)).mid(1), subject); // mid(1): the space after ':'
        QCOMPARE(decodeEncodedWords(bodyOf(unstructuredField("Subject", u"\uFEFF"))).mid(1),
            QStringLiteral("\uFEFF"));
    }
};

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
