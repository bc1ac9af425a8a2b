// Base64Encoder, QuotedPrintableEncoder and the text transfer-encoding choice.
#include "mime/Base64Encoder.h"
#include "mime/QuotedPrintableEncoder.h"
#include "mime/TransferEncoding.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mw;

namespace {

QByteArray randomBytes(QRandomGenerator &random, qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

// The reference: Qt's one-shot base64, cut into 76-character CRLF lines.
QByteArray referenceBase64(const QByteArray &data)
{
    const QByteArray flat = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < flat.size(); i += 76)
        out += flat.mid(i, 76) + "\r\n";
    return out;
}

QByteArray base64InPieces(const QByteArray &data, QRandomGenerator &random)
{
    Base64Encoder encoder;
    QByteArray out;
    for (qsizetype i = 0; i < data.size();) {
        const qsizetype n = qMin<qsizetype>(data.size() - i, random.bounded(1, 200));
        encoder.encode(QByteArrayView(data.constData() + i, n), out);
        i += n;
    }
    encoder.finish(out);
    return out;
}

QByteArray qp(const QByteArray &text)
{
    QuotedPrintableEncoder encoder;
    QByteArray out;
    encoder.encode(text, out);
    encoder.finish(out);
    return out;
}

// RFC 2045 §6.7 decoding, strict enough to catch encoder mistakes.
QByteArray qpDecode(const QByteArray &encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (encoded.mid(i + 1, 2) == "\r\n") {
            i += 2;
            continue;
        }
        bool ok = false;
        out.append(char(encoded.mid(i + 1, 2).toInt(&ok, 16)));
        if (!ok)
            return "<bad escape>";
        i += 2;
    }
    return out;
}

bool linesWithin(const QByteArray &wire, int limit)
{
    for (const QByteArray &line : wire.split('\n')) {
        if (line.size() - (line.endsWith('\r') ? 1 : 0) > limit)
            return false;
    }
    return true;
}

bool crlfOnly(const QByteArray &wire)
{
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (wire[i] == '\r' && (i + 1 == wire.size() || wire[i + 1] != '\n'))
            return false;
        if (wire[i] == '\n' && (i == 0 || wire[i - 1] != '\r'))
            return false;
    }
    return true;
}

} // namespace

class TestMimeEncoders : public QObject {
    Q_OBJECT
private slots:
    void base64MatchesReference_data()
    {
        QTest::addColumn<int>("size");
        for (int n : { 0, 1, 2, 3, 4, 56, 57, 58, 113, 114, 115, 171, 1000, 65536, 233473 })
            QTest::addRow("%d bytes", n) << n;
    }
    void base64MatchesReference()
    {
        QFETCH(int, size);
        QRandomGenerator random(quint32(size) + 7);
        const QByteArray data = randomBytes(random, size);
        const QByteArray expected = referenceBase64(data);
        QCOMPARE(base64InPieces(data, random), expected);
        QCOMPARE(Base64Encoder::encodedSize(size), qint64(expected.size()));

        Base64Encoder whole;
        QByteArray out;
        whole.encode(data, out);
        whole.finish(out);
        QCOMPARE(out, expected);
    }

    void base64RawApiStaysWithinMaxOutput()
    {
        QRandomGenerator random(11);
        Base64Encoder encoder;
        QByteArray total;
        for (int round = 0; round < 300; ++round) {
            const QByteArray piece = randomBytes(random, random.bounded(0, 300));
            QByteArray out(Base64Encoder::maxOutput(piece.size()) + 16, '\xAA');
            const qsizetype n = encoder.encode(piece.constData(), piece.size(), out.data());
            QVERIFY(n <= Base64Encoder::maxOutput(piece.size()));
            QVERIFY(out.mid(Base64Encoder::maxOutput(piece.size())) == QByteArray(16, '\xAA'));
            total += out.left(n);
        }
        char tail[8];
        total.append(tail, encoder.finish(tail));
        QVERIFY(crlfOnly(total));
        QVERIFY(linesWithin(total, 76));
    }

    void base64AtLineStart()
    {
        Base64Encoder encoder;
        QVERIFY(encoder.atLineStart());
        QByteArray out;
        encoder.encode(QByteArray(57, 'x'), out);
        QVERIFY(encoder.atLineStart());
        QCOMPARE(out.size(), 78);
        encoder.encode(QByteArray(1, 'x'), out);
        QVERIFY(!encoder.atLineStart());
    }

    void quotedPrintableGolden_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("plain") << QByteArray("Hello, world!") << QByteArray("Hello, world!");
        QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a=3Db");
        QTest::newRow("hard break") << QByteArray("a\r\nb") << QByteArray("a\r\nb");
        QTest::newRow("space before break") << QByteArray("a \r\nb") << QByteArray("a=20\r\nb");
        QTest::newRow("tab at end") << QByteArray("a\t") << QByteArray("a=09");
        QTest::newRow("inner blanks kept") << QByteArray("a  b\tc") << QByteArray("a  b\tc");
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QByteArray("caf=C3=A9");
        QTest::newRow("lone CR") << QByteArray("a\rb") << QByteArray("a=0Db");
        QTest::newRow("lone LF") << QByteArray("a\nb") << QByteArray("a=0Ab");
        QTest::newRow("NUL and DEL") << QByteArray("a\0b\x7f", 4) << QByteArray("a=00b=7F");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("75 fits") << QByteArray(75, 'a') << QByteArray(75, 'a');
        QTest::newRow("76 soft-breaks") << QByteArray(76, 'a') << QByteArray(75, 'a') + "=\r\na";
        QTest::newRow("triplet not split")
            << QByteArray(74, 'a') + "=" << QByteArray(74, 'a') + "=\r\n=3D";
        QTest::newRow("blank before soft break")
            << QByteArray(74, 'a') + " b" << QByteArray(74, 'a') + " =\r\nb";
    }
    void quotedPrintableGolden()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, encoded);
        QCOMPARE(qp(text), encoded);
        QCOMPARE(QuotedPrintableEncoder::encodedSize(text), qint64(encoded.size()));
    }

    void quotedPrintableRoundTripInPieces()
    {
        QRandomGenerator random(5);
        for (int round = 0; round < 50; ++round) {
            // Text-like input: many spaces and line breaks, some UTF-8 and controls.
            QByteArray text;
            const int n = random.bounded(0, 3000);
            for (int i = 0; i < n; ++i) {
                const int kind = random.bounded(100);
                if (kind < 8)
                    text += "\r\n";
                else if (kind < 20)
                    text += ' ';
                else if (kind < 23)
                    text += '\t';
                else if (kind < 30)
                    text += "\xe4\xb8\xad";
                else if (kind < 32)
                    text += char(random.bounded(0, 32));
                else
                    text += char(random.bounded(33, 127));
            }
            QuotedPrintableEncoder encoder;
            QByteArray out;
            for (qsizetype i = 0; i < text.size();) {
                const qsizetype k = qMin<qsizetype>(text.size() - i, random.bounded(1, 40));
                encoder.encode(QByteArrayView(text.constData() + i, k), out);
                i += k;
            }
            encoder.finish(out);
            QCOMPARE(out, qp(text));
            QCOMPARE(qpDecode(out), text);
            QVERIFY(crlfOnly(out));
            QVERIFY(linesWithin(out, 76));
            for (const QByteArray &line : out.split('\n')) {
                const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
                QVERIFY2(!content.endsWith(' ') && !content.endsWith('\t'), line.constData());
            }
        }
    }

    void canonicalText()
    {
        QCOMPARE(mw::canonicalText(u"a\nb\r\nc\rd\r\r\n"), QByteArray("a\r\nb\r\nc\r\nd\r\n\r\n"));
        QCOMPARE(mw::canonicalText(u"中"), QByteArray("\xe4\xb8\xad"));
        QCOMPARE(mw::canonicalText(u""), QByteArray());
    }

    void choice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("eightBitAllowed");
        QTest::addColumn<TransferEncoding>("expected");
        const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
        QTest::newRow("ascii") << s("Hello\nworld") << false << TransferEncoding::SevenBit;
        QTest::newRow("ascii with 8BITMIME") << s("Hello") << true << TransferEncoding::SevenBit;
        QTest::newRow("empty") << QString() << false << TransferEncoding::SevenBit;
        QTest::newRow("998 octets is fine")
            << QString(998, u'a') << false << TransferEncoding::SevenBit;
        QTest::newRow("999 octets is not")
            << QString(999, u'a') << false << TransferEncoding::QuotedPrintable;
        QTest::newRow("NUL") << s("a") + QChar(0) << false << TransferEncoding::QuotedPrintable;
        QTest::newRow("mostly ASCII") << s("Dear Li, the meeting (会议) moves to 3pm. Regards")
                                      << false << TransferEncoding::QuotedPrintable;
        QTest::newRow("mostly CJK")
            << s("您好，会议改到下午三点。谢谢！") << false << TransferEncoding::Base64;
        QTest::newRow("CJK with 8BITMIME")
            << s("您好，会议改到下午三点。") << true << TransferEncoding::EightBit;
        QTest::newRow("8bit but a long line")
            << QString(400, QChar(0x4e2d)) << true << TransferEncoding::Base64;
    }
    void choice()
    {
        QFETCH(QString, text);
        QFETCH(bool, eightBitAllowed);
        QFETCH(TransferEncoding, expected);
        const QByteArray canonical = mw::canonicalText(text);
        const TextEncodingChoice choice = chooseTextEncoding(canonical, eightBitAllowed);
        QCOMPARE(choice.encoding, expected);
        qint64 size = canonical.size();
        if (expected == TransferEncoding::QuotedPrintable)
            size = QuotedPrintableEncoder::encodedSize(canonical);
        else if (expected == TransferEncoding::Base64)
            size = Base64Encoder::encodedSize(canonical.size());
        QCOMPARE(choice.encodedSize, size);
    }
};

QTEST_APPLESS_MAIN(TestMimeEncoders)
#include "tst_mimeencoders.moc"
