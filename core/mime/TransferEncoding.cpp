#include "mime/TransferEncoding.h"

#include "mime/Base64Encoder.h"
#include "mime/QuotedPrintableEncoder.h"

namespace mw {

namespace {

constexpr qsizetype kMaxLineOctets = 998; // RFC 5322 §2.1.1, CRLF excluded

} // namespace

QByteArray transferEncodingName(TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
        return QByteArrayLiteral("7bit");
    case TransferEncoding::EightBit:
        return QByteArrayLiteral("8bit");
    case TransferEncoding::QuotedPrintable:
        return QByteArrayLiteral("quoted-printable");
    case TransferEncoding::Base64:
        break;
    }
    return QByteArrayLiteral("base64");
}

QByteArray canonicalText(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 32 + 2);
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '\r') {
            if (i + 1 < utf8.size() && utf8[i + 1] == '\n')
                ++i;
            out.append("\r\n", 2);
        } else if (c == '\n') {
            out.append("\r\n", 2);
        } else {
            out.append(c);
        }
    }
    return out;
}

TextEncodingChoice chooseTextEncoding(QByteArrayView canonical, bool eightBitAllowed)
{
    bool ascii = true;
    bool hasNul = false;
    qsizetype longest = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        const uchar c = uchar(canonical[i]);
        if (c >= 0x80)
            ascii = false;
        else if (c == 0)
            hasNul = true;
        else if (c == '\n') {
            longest = qMax(longest, i - 1 - lineStart); // canonical: the LF follows a CR
            lineStart = i + 1;
        }
    }
    longest = qMax(longest, canonical.size() - lineStart);

    // RFC 2045 §2.7/§2.8: 7bit and 8bit data has short lines and no NUL.
    const bool lineSafe = !hasNul && longest <= kMaxLineOctets;
    if (lineSafe && ascii)
        return { TransferEncoding::SevenBit, canonical.size() };
    if (lineSafe && eightBitAllowed)
        return { TransferEncoding::EightBit, canonical.size() };

    const qint64 qp = QuotedPrintableEncoder::encodedSize(canonical);
    const qint64 b64 = Base64Encoder::encodedSize(canonical.size());
    if (qp <= b64)
        return { TransferEncoding::QuotedPrintable, qp };
    return { TransferEncoding::Base64, b64 };
}

} // namespace mw
