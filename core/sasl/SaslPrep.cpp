#include "sasl/SaslPrep.h"

#include <QChar>
#include <QList>

#include <algorithm>
#include <iterator>

namespace mw::sasl {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

template<std::size_t N>
bool inTable(const Range (&table)[N], char32_t c)
{
    return std::any_of(std::begin(table), std::end(table),
        [c](const Range &r) { return c >= r.first && c <= r.last; });
}

// RFC 3454 table B.1: "commonly mapped to nothing".
constexpr Range kMappedToNothing[] = {
    { 0x00AD, 0x00AD },
    { 0x034F, 0x034F },
    { 0x1806, 0x1806 },
    { 0x180B, 0x180D },
    { 0x200B, 0x200D },
    { 0x2060, 0x2060 },
    { 0xFE00, 0xFE0F },
    { 0xFEFF, 0xFEFF },
};

// RFC 3454 table C.1.2: non-ASCII space characters.
constexpr Range kNonAsciiSpace[] = {
    { 0x00A0, 0x00A0 },
    { 0x1680, 0x1680 },
    { 0x2000, 0x200B },
    { 0x202F, 0x202F },
    { 0x205F, 0x205F },
    { 0x3000, 0x3000 },
};

// RFC 4013 §2.3: tables C.2.1 to C.9 (C.1.2 is checked separately; C.4's
// per-plane U+nFFFE/U+nFFFF pairs are checked arithmetically).
constexpr Range kProhibited[] = {
    { 0x0000, 0x001F },
    { 0x007F, 0x009F },
    { 0x0340, 0x0341 },
    { 0x06DD, 0x06DD },
    { 0x070F, 0x070F },
    { 0x180E, 0x180E },
    { 0x200C, 0x200F },
    { 0x2028, 0x202E },
    { 0x2060, 0x2063 },
    { 0x206A, 0x206F },
    { 0x2FF0, 0x2FFB },
    { 0xD800, 0xDFFF },
    { 0xE000, 0xF8FF },
    { 0xFDD0, 0xFDEF },
    { 0xFEFF, 0xFEFF },
    { 0xFFF9, 0xFFFD },
    { 0x1D173, 0x1D17A },
    { 0xE0001, 0xE0001 },
    { 0xE0020, 0xE007F },
    { 0xF0000, 0xFFFFD },
    { 0x100000, 0x10FFFD },
};

bool isProhibited(char32_t c)
{
    const bool nonCharacter = (c & 0xFFFE) == 0xFFFE; // C.4: U+FFFE, U+1FFFE, …
    return nonCharacter || inTable(kProhibited, c) || inTable(kNonAsciiSpace, c);
}

// RFC 3454 §7: unassigned means "not assigned in Unicode 3.2" (table A.1).
bool isUnassigned(char32_t c)
{
    const QChar::UnicodeVersion v = QChar::unicodeVersion(c);
    return v == QChar::Unicode_Unassigned || v > QChar::Unicode_3_2;
}

// Decodes UTF-16; an unpaired surrogate stays as itself so that the caller
// can reject it (table C.5).
QList<char32_t> codePoints(QStringView s)
{
    QList<char32_t> out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out.append(QChar::surrogateToUcs4(c, s[i + 1]));
            ++i;
        } else {
            out.append(c.unicode());
        }
    }
    return out;
}

// RFC 3454 tables D.1 (RandALCat) and D.2 (LCat) list Unicode 3.2 code points
// only; later ones are in neither, whatever their bidi class is today.
bool isRandAL(char32_t c)
{
    const QChar::Direction d = QChar::direction(c);
    return (d == QChar::DirR || d == QChar::DirAL) && !isUnassigned(c);
}

bool isL(char32_t c)
{
    return QChar::direction(c) == QChar::DirL && !isUnassigned(c);
}

} // namespace

std::optional<QString> saslPrep(QStringView input, SaslPrepMode mode)
{
    // RFC 4013 §2.1. U+200B is in both B.1 and C.1.2; it is removed, as common
    // SCRAM implementations do, since it has no width.
    QString mapped;
    mapped.reserve(input.size());
    for (const char32_t c : codePoints(input)) {
        if (QChar::isSurrogate(c))
            return std::nullopt; // RFC 4013 §2.3, table C.5
        if (inTable(kMappedToNothing, c))
            continue;
        if (inTable(kNonAsciiSpace, c))
            mapped.append(QLatin1Char(' '));
        else
            mapped.append(QStringView(QChar::fromUcs4(c)));
    }

    // RFC 4013 §2.2: NFKC as of Unicode 3.2, the version stringprep is pinned to.
    QString normalized = mapped.normalized(QString::NormalizationForm_KC, QChar::Unicode_3_2);

    // RFC 4013 §2.3 (prohibited output), RFC 3454 §7 (unassigned).
    const QList<char32_t> output = codePoints(normalized);
    bool hasRandAL = false;
    bool hasL = false;
    for (const char32_t c : output) {
        if (isProhibited(c) || (mode == SaslPrepMode::Stored && isUnassigned(c)))
            return std::nullopt;
        hasRandAL = hasRandAL || isRandAL(c);
        hasL = hasL || isL(c);
    }
    // RFC 4013 §2.4 → RFC 3454 §6: a string with RandALCat holds no LCat, and
    // starts and ends with RandALCat.
    if (hasRandAL && (hasL || !isRandAL(output.front()) || !isRandAL(output.back())))
        return std::nullopt;
    return normalized;
}

} // namespace mw::sasl
