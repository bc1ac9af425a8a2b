#include "net/TranscriptLine.h"
#include "pop3/Pop3Reply.h"
#include "smtp/SmtpReply.h"

#include <QTest>

class TestTranscriptLine : public QObject {
    Q_OBJECT
private slots:
    void escapesWhatCouldForgeOrHide_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("S: 250 ok") << QStringLiteral("S: 250 ok");
        QTest::newRow("chinese") << QStringLiteral("S: 535 授权码错误")
                                 << QStringLiteral("S: 535 授权码错误");
        QTest::newRow("cr forges a line") << QStringLiteral("S: 220 hi\rC: AUTH PLAIN x")
                                          << QStringLiteral("S: 220 hi\\u{d}C: AUTH PLAIN x");
        QTest::newRow("escape sequence")
            << QStringLiteral("S: \x1b[31mred") << QStringLiteral("S: \\u{1b}[31mred");
        QTest::newRow("nul") << QString::fromUtf8("a\0b", 3) << QStringLiteral("a\\u{0}b");
        QTest::newRow("del and c1")
            << QString::fromUtf8("a\x7f\xc2\x85") << QStringLiteral("a\\u{7f}\\u{85}");
        QTest::newRow("rtl override")
            << QString::fromUtf8("x\xe2\x80\xaey") << QStringLiteral("x\\u{202e}y");
        QTest::newRow("line separator")
            << QString::fromUtf8("x\xe2\x80\xa8y") << QStringLiteral("x\\u{2028}y");
    }
    void escapesWhatCouldForgeOrHide()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(mw::transcriptSafe(input), expected);
    }

    // What people read of a server's reply (SMTP and POP3 alike): the same characters
    // become U+FFFD, so a server cannot reverse or split the sentence around its words.
    void serverWordsShownSafely()
    {
        const QByteArray hostile("x\xe2\x80\xaey\xe2\x80\xa8z\x1b[2J");
        const QString expected = QStringLiteral("x\uFFFDy\uFFFDz\uFFFD[2J");
        QCOMPARE(mw::peerTextForDisplay(hostile), expected);
        QCOMPARE(mw::Pop3Reply::parse("-ERR " + hostile).displayText(), expected);
        mw::SmtpReply smtp;
        smtp.code = 550;
        smtp.lines = { hostile };
        QCOMPARE(smtp.text(), expected);
    }
};

QTEST_APPLESS_MAIN(TestTranscriptLine)
#include "tst_transcriptline.moc"
