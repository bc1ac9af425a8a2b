#include "net/TranscriptLine.h"

namespace mw {

QString transcriptSafe(QStringView line)
{
    QString safe;
    safe.reserve(line.size());
    for (QChar c : line) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            safe += QStringLiteral("\\u{%1}").arg(c.unicode(), 0, 16);
        else
            safe += c;
    }
    return safe;
}

} // namespace mw
