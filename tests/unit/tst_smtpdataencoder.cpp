// SmtpDataEncoder (core/smtp/SmtpDataEncoder.h): line-ending normalisation
// and dot-stuffing, the defence against SMTP smuggling (Dec 2023). The same
// input must give the same wire bytes however it is split into chunks.

#include "smtp/SmtpDataEncoder.h"

#include <QTest>

using mw::SmtpDataEncoder;
using Mode = mw::SmtpDataEncoder::Mode;

Q_DECLARE_METATYPE(mw::SmtpDataEncoder::Mode)

namespace {

QByteArray encodeChunks(Mode mode, const QList<QByteArray> &chunks)
{
    SmtpDataEncoder encoder(mode);
    QByteArray out;
    for (const QByteArray &chunk : chunks)
        encoder.encode(chunk, out);
    encoder.finish(out);
    return out;
}

QByteArray encodeWhole(Mode mode, const QByteArray &input)
{
    return encodeChunks(mode, { input });
}

QByteArray encodeByteByByte(Mode mode, const QByteArray &input)
{
    QList<QByteArray> chunks;
    for (char c : input)
        chunks.append(QByteArray(1, c));
    return encodeChunks(mode, chunks);
}

// Every CR is followed by LF and every LF preceded by CR.
bool onlyCrlf(const QByteArray &wire)
{
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (wire.at(i) == '\r' && (i + 1 >= wire.size() || wire.at(i + 1) != '\n'))
            return false;
        if (wire.at(i) == '\n' && (i == 0 || wire.at(i - 1) != '\r'))
            return false;
    }
    return true;
}

// The lines of a CRLF-terminated wire form, without their CRLF.
QList<QByteArray> wireLines(const QByteArray &wire)
{
    QList<QByteArray> lines = wire.split('\n');
    // The wire ends with CRLF, so the last piece is empty.
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// What a receiving server reconstructs from DATA: lines up to the lone "."
// with one leading dot removed (RFC 5321 §4.5.2).
QByteArray unstuff(const QByteArray &wire)
{
    QByteArray out;
    for (const QByteArray &line : wireLines(wire)) {
        if (line == ".")
            break;
        out += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
    }
    return out;
}

// Checks every property the wire form must have; returns an empty string or
// a description of the first violation.
QString violation(Mode mode, const QByteArray &input, const QByteArray &wire)
{
    if (!onlyCrlf(wire))
        return QStringLiteral("a bare CR or LF reached the wire");
    if (mode == Mode::Bdat) {
        if (!input.isEmpty() && !wire.endsWith("\r\n"))
            return QStringLiteral("BDAT output does not end with CRLF");
        if (input.isEmpty() && !wire.isEmpty())
            return QStringLiteral("empty BDAT body produced bytes");
        return {};
    }
    if (!wire.endsWith(".\r\n") || !(wire.size() == 3 || wire.endsWith("\r\n.\r\n")))
        return QStringLiteral("DATA output does not end with the terminator");
    const QList<QByteArray> lines = wireLines(wire);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) == ".")
            return QStringLiteral("line %1 ends DATA early").arg(i);
    }
    // Dot-stuffing is exactly reversible: the server sees the BDAT form.
    if (unstuff(wire) != encodeWhole(Mode::Bdat, input))
        return QStringLiteral("un-stuffed DATA differs from the BDAT form");
    return {};
}

QByteArray printable(const QByteArray &bytes)
{
    QByteArray out;
    for (char c : bytes) {
        if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

} // namespace

class TestSmtpDataEncoder : public QObject {
    Q_OBJECT
private slots:
    // Smuggling and edge inputs with their exact wire forms.
    void wire_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        struct Row {
            const char *name;
            QByteArray input;
            QByteArray data;
            QByteArray bdat;
        };
        const Row rows[] = {
            { "LF dot CRLF", "a\n.\r\nb", "a\r\n..\r\nb\r\n.\r\n", "a\r\n.\r\nb\r\n" },
            { "CRLF dot CRLF", "a\r\n.\r\nb", "a\r\n..\r\nb\r\n.\r\n", "a\r\n.\r\nb\r\n" },
            { "LF dot LF", "a\n.\nb", "a\r\n..\r\nb\r\n.\r\n", "a\r\n.\r\nb\r\n" },
            { "CR dot CR", "a\r.\rb", "a\r\n..\r\nb\r\n.\r\n", "a\r\n.\r\nb\r\n" },
            { "CR dot LF", "a\r.\nb", "a\r\n..\r\nb\r\n.\r\n", "a\r\n.\r\nb\r\n" },
            { "LF dot CR", "a\n.\rb", "a\r\n..\r\nb\r\n.\r\n", "a\r\n.\r\nb\r\n" },
            { "smuggled command", "x\n.\r\nMAIL FROM:<e@v.il>\r\n",
                "x\r\n..\r\nMAIL FROM:<e@v.il>\r\n.\r\n", "x\r\n.\r\nMAIL FROM:<e@v.il>\r\n" },
            { "bare CR", "a\rb", "a\r\nb\r\n.\r\n", "a\r\nb\r\n" },
            { "bare LF", "a\nb", "a\r\nb\r\n.\r\n", "a\r\nb\r\n" },
            { "CR CR LF", "a\r\r\nb", "a\r\n\r\nb\r\n.\r\n", "a\r\n\r\nb\r\n" },
            { "LF CR", "a\n\rb", "a\r\n\r\nb\r\n.\r\n", "a\r\n\r\nb\r\n" },
            { "CRLF CRLF", "a\r\n\r\nb", "a\r\n\r\nb\r\n.\r\n", "a\r\n\r\nb\r\n" },
            { "leading dot", ".hidden\r\n", "..hidden\r\n.\r\n", ".hidden\r\n" },
            { "leading dots", "..x\r\n", "...x\r\n.\r\n", "..x\r\n" },
            { "dot later in line", "a.b\r\n", "a.b\r\n.\r\n", "a.b\r\n" },
            { "dot after CRLF at start of body", "\r\n.", "\r\n..\r\n.\r\n", "\r\n.\r\n" },
            { "no final newline", "abc", "abc\r\n.\r\n", "abc\r\n" },
            { "ends with bare CR", "abc\r", "abc\r\n.\r\n", "abc\r\n" },
            { "ends with bare LF", "abc\n", "abc\r\n.\r\n", "abc\r\n" },
            { "empty", "", ".\r\n", "" },
            { "only dot", ".", "..\r\n.\r\n", ".\r\n" },
            { "only dot CRLF", ".\r\n", "..\r\n.\r\n", ".\r\n" },
            { "only CRLF", "\r\n", "\r\n.\r\n", "\r\n" },
            { "only CR", "\r", "\r\n.\r\n", "\r\n" },
            { "terminator in the middle", "a\r\n.\r\n", "a\r\n..\r\n.\r\n", "a\r\n.\r\n" },
            { "NUL and 8-bit kept", QByteArray("\0\xff\r\n", 4), QByteArray("\0\xff\r\n.\r\n", 7),
                QByteArray("\0\xff\r\n", 4) },
        };
        for (const Row &row : rows) {
            QTest::addRow("data/%s", row.name) << Mode::Data << row.input << row.data;
            QTest::addRow("bdat/%s", row.name) << Mode::Bdat << row.input << row.bdat;
        }
    }
    void wire()
    {
        QFETCH(Mode, mode);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const QByteArray whole = encodeWhole(mode, input);
        QCOMPARE(printable(whole), printable(expected));
        QCOMPARE(printable(encodeByteByByte(mode, input)), printable(expected));
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            const QByteArray split = encodeChunks(mode, { input.left(cut), input.mid(cut) });
            QVERIFY2(split == expected,
                qPrintable(QStringLiteral("split at %1: %2")
                               .arg(cut)
                               .arg(QString::fromLatin1(printable(split)))));
        }
        const QString problem = violation(mode, input, whole);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Exhaustive: every body of up to 7 bytes over the interesting alphabet,
    // whole, byte by byte and split at every point.
    void exhaustiveSmallBodies_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("data") << Mode::Data;
        QTest::newRow("bdat") << Mode::Bdat;
    }
    void exhaustiveSmallBodies()
    {
        QFETCH(Mode, mode);
        const char alphabet[] = { '\r', '\n', '.', 'a' };
        constexpr int kMaxLength = 7;
        int checked = 0;
        QList<QByteArray> current { QByteArray() };
        for (int length = 0; length <= kMaxLength; ++length) {
            QList<QByteArray> next;
            for (const QByteArray &input : std::as_const(current)) {
                const QByteArray whole = encodeWhole(mode, input);
                const QString problem = violation(mode, input, whole);
                if (!problem.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("\"%1\": %2")
                                         .arg(QString::fromLatin1(printable(input)), problem)));
                if (encodeByteByByte(mode, input) != whole)
                    QFAIL(qPrintable(QStringLiteral("\"%1\" byte by byte differs")
                                         .arg(QString::fromLatin1(printable(input)))));
                for (qsizetype cut = 1; cut < input.size(); ++cut) {
                    if (encodeChunks(mode, { input.left(cut), input.mid(cut) }) != whole)
                        QFAIL(qPrintable(QStringLiteral("\"%1\" split at %2 differs")
                                             .arg(QString::fromLatin1(printable(input)))
                                             .arg(cut)));
                }
                ++checked;
                if (length < kMaxLength) {
                    for (char c : alphabet)
                        next.append(input + c);
                }
            }
            current = next;
        }
        QCOMPARE(checked, (1 + 4 + 16 + 64 + 256 + 1024 + 4096 + 16384));
    }

    void emptyChunksChangeNothing()
    {
        // Empty reads between chunks (a sequential device) are harmless.
        for (Mode mode : { Mode::Data, Mode::Bdat }) {
            const QByteArray input = "a\r\n.b\r";
            QCOMPARE(encodeChunks(mode, { "", "a\r", "", "\n", "", ".b\r", "" }),
                encodeWhole(mode, input));
        }
    }

    void outputIsAppended()
    {
        // encode() and finish() append; they never clear what the caller has.
        SmtpDataEncoder encoder(Mode::Data);
        QByteArray out = "BDAT-prefix ";
        encoder.encode("x\n", out);
        QCOMPARE(out, QByteArray("BDAT-prefix x\r\n"));
        encoder.finish(out);
        QCOMPARE(out, QByteArray("BDAT-prefix x\r\n.\r\n"));
    }

    void largeBodyManyLines()
    {
        // Longer runs go through the copy-a-line fast path; the properties hold.
        QByteArray input;
        for (int i = 0; i < 2000; ++i) {
            input += QByteArray(i % 97, 'x');
            input += (i % 5 == 0) ? "\n."
                : (i % 5 == 1)    ? "\r"
                : (i % 5 == 2)    ? "\r\n"
                : (i % 5 == 3)    ? "\r\r\n"
                                  : "\n\r";
        }
        for (Mode mode : { Mode::Data, Mode::Bdat }) {
            const QByteArray whole = encodeWhole(mode, input);
            const QString problem = violation(mode, input, whole);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            // Odd chunk sizes cut CRLF pairs and line starts everywhere.
            for (int size : { 1, 2, 3, 7, 64, 1000 }) {
                QList<QByteArray> chunks;
                for (qsizetype i = 0; i < input.size(); i += size)
                    chunks.append(input.mid(i, size));
                QVERIFY2(encodeChunks(mode, chunks) == whole, qPrintable(QString::number(size)));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestSmtpDataEncoder)
#include "tst_smtpdataencoder.moc"
