#include "net/TranscriptLine.h"

namespace mw {

namespace {

bool hidesOrForges(QChar c)
{
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

} // namespace

QString transcriptSafe(QStringView line)
{
    QString safe;
    safe.reserve(line.size());
    for (QChar c : line) {
        if (hidesOrForges(c))
            safe += QStringLiteral("\\u{%1}").arg(c.unicode(), 0, 16);
        else
            safe += c;
    }
    return safe;
}

QString peerTextForDisplay(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        if (hidesOrForges(c))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace mw
