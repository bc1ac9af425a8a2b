#include "mime/QuotedPrintableEncoder.h"

namespace mw {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

// RFC 2045 §6.7 rule 2: printable ASCII except '=' stands for itself.
inline bool isLiteral(uchar c)
{
    return c >= 33 && c <= 126 && c != '=';
}

} // namespace

void QuotedPrintableEncoder::reset()
{
    m_column = 0;
    m_blank = 0;
    m_pendingCr = false;
}

void QuotedPrintableEncoder::put(QByteArray &out, const char *token, int length)
{
    // Rule 5: a soft break keeps every line within 76 characters, '=' included; an =XX triplet
    // is never split.
    if (m_column + length > kMaxLine - 1) {
        out.append("=\r\n", 3);
        m_column = 0;
    }
    out.append(token, length);
    m_column += length;
}

void QuotedPrintableEncoder::putEncoded(QByteArray &out, uchar c)
{
    const char triplet[3] = { '=', kHex[c >> 4], kHex[c & 15] };
    put(out, triplet, 3);
}

void QuotedPrintableEncoder::flushBlank(QByteArray &out, bool encoded)
{
    if (!m_blank)
        return;
    const char blank = m_blank;
    m_blank = 0;
    if (encoded)
        putEncoded(out, uchar(blank));
    else
        put(out, &blank, 1);
}

void QuotedPrintableEncoder::encode(QByteArrayView in, QByteArray &out)
{
    out.reserve(out.size() + in.size() + in.size() / 2 + 8);
    for (const char ch : in) {
        const uchar c = uchar(ch);
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n') {
                // Rule 4: a line break is written as CRLF; rule 3: a blank before it is encoded.
                flushBlank(out, true);
                out.append("\r\n", 2);
                m_column = 0;
                continue;
            }
            flushBlank(out, false);
            putEncoded(out, '\r'); // a lone CR is data, not a line break
        }
        if (c == '\r') {
            m_pendingCr = true;
            continue;
        }
        if (c == ' ' || c == '\t') {
            flushBlank(out, false);
            m_blank = char(c);
            continue;
        }
        flushBlank(out, false);
        if (isLiteral(c)) {
            const char literal = char(c);
            put(out, &literal, 1);
        } else {
            putEncoded(out, c);
        }
    }
}

void QuotedPrintableEncoder::finish(QByteArray &out)
{
    if (m_pendingCr) {
        m_pendingCr = false;
        flushBlank(out, false);
        putEncoded(out, '\r');
    }
    flushBlank(out, true);
}

qint64 QuotedPrintableEncoder::encodedSize(QByteArrayView in)
{
    constexpr qsizetype kSlice = 64 * 1024;
    QuotedPrintableEncoder encoder;
    QByteArray scratch;
    qint64 total = 0;
    for (qsizetype i = 0; i < in.size(); i += kSlice) {
        scratch.clear();
        encoder.encode(in.sliced(i, qMin(kSlice, in.size() - i)), scratch);
        total += scratch.size();
    }
    scratch.clear();
    encoder.finish(scratch);
    return total + scratch.size();
}

} // namespace mw
