// Shared by the libFuzzer targets: a QCoreApplication for the code that wants
// one (translations, QMimeDatabase), and the output invariants several
// targets check.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace mwfuzz {

// Aborts (so libFuzzer saves the input) with a message when `ok` is false.
inline void check(bool ok, const char *what, const QByteArray &detail = {})
{
    if (ok)
        return;
    std::fprintf(stderr, "\nINVARIANT VIOLATED: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(
            stderr, "  detail: %s\n", detail.toPercentEncoding(" <>\"=:;@.,()").constData());
    std::abort();
}

inline void initQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

// Text shown to people: no C0/C1 controls, no line or paragraph separators.
inline bool isDisplaySafe(const QString &text)
{
    for (const QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

// Wire form: every CR is followed by LF and every LF preceded by CR, no NUL
// (unless allowNul: message data passes NUL through), and no line longer than
// `maxLine` octets (without CRLF).
inline bool isCrlfClean(
    const QByteArray &bytes, qsizetype maxLine, QByteArray *why = nullptr, bool allowNul = false)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\0' && !allowNul) {
            if (why)
                *why = "NUL at " + QByteArray::number(i);
            return false;
        }
        if (c == '\r') {
            if (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n') {
                if (why)
                    *why = "bare CR at " + QByteArray::number(i);
                return false;
            }
            if (i - lineStart > maxLine) {
                if (why)
                    *why = "line of " + QByteArray::number(i - lineStart) + " octets at "
                        + QByteArray::number(lineStart);
                return false;
            }
            ++i;
            lineStart = i + 1;
            continue;
        }
        if (c == '\n') {
            if (why)
                *why = "bare LF at " + QByteArray::number(i);
            return false;
        }
    }
    if (bytes.size() - lineStart > maxLine) {
        if (why)
            *why = "last line too long";
        return false;
    }
    return true;
}

// Splits at LF; a CR before the LF is dropped (what Connection hands over).
inline QList<QByteArray> lines(const QByteArray &data)
{
    QList<QByteArray> out = data.split('\n');
    for (QByteArray &line : out) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return out;
}

} // namespace mwfuzz

#define MWFUZZ_INIT_QT                                                                             \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        mwfuzz::initQt(argc, argv);                                                                \
        return 0;                                                                                  \
    }
