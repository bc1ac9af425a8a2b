#include "mime/EncodedWords.h"

#include "mime/HeaderFolder.h"

#include <QByteArray>
#include <QStringDecoder>

namespace mw {

namespace {

constexpr int kMaxWord = 75; // RFC 2047 §2
constexpr char kHex[] = "0123456789ABCDEF";
constexpr QByteArrayView kOpenB = "=?UTF-8?B?";
constexpr QByteArrayView kOpenQ = "=?UTF-8?Q?";
constexpr int kOverhead = 10 + 2; // "=?UTF-8?X?" + "?="

// RFC 2047 §5(3): the only characters a Q word may show as themselves inside a phrase.
bool isQLiteral(uchar c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '!'
        || c == '*' || c == '+' || c == '-' || c == '/';
}

int qCost(uchar c)
{
    return (isQLiteral(c) || c == ' ') ? 1 : 3;
}

qsizetype bLength(qsizetype bytes)
{
    return (bytes + 2) / 3 * 4;
}

// Length in bytes of the UTF-8 sequence starting at utf8[i].
qsizetype sequenceLength(const QByteArray &utf8, qsizetype i)
{
    qsizetype n = 1;
    while (i + n < utf8.size() && (uchar(utf8[i + n]) & 0xC0) == 0x80)
        ++n;
    return n;
}

void appendQ(QByteArray &out, QByteArrayView bytes)
{
    for (const char ch : bytes) {
        const uchar c = uchar(ch);
        if (c == ' ')
            out.append('_'); // §4.2(2)
        else if (isQLiteral(c))
            out.append(char(c));
        else
            out.append('=').append(kHex[c >> 4]).append(kHex[c & 15]);
    }
}

} // namespace

void appendEncodedWords(
    HeaderFolder &folder, QStringView text, QByteArrayView prefix, QByteArrayView suffix)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty()) {
        folder.addToken(prefix.toByteArray().append(suffix));
        return;
    }
    qsizetype qRest = 0; // Q cost of the text not yet written
    for (const char c : utf8)
        qRest += qCost(uchar(c));
    const bool useQ = qRest <= bLength(utf8.size());
    const auto cost
        = [useQ](qsizetype bytes, qsizetype q) { return kOverhead + (useQ ? q : bLength(bytes)); };

    qsizetype pos = 0;
    bool first = true;
    while (pos < utf8.size()) {
        const qsizetype lead = first ? prefix.size() : 0;
        const qsizetype firstLen = sequenceLength(utf8, pos);
        qsizetype firstQ = 0;
        for (qsizetype k = 0; k < firstLen; ++k)
            firstQ += qCost(uchar(utf8[pos + k]));
        // Fold first when not even one character fits on this line, or when the rest would fit
        // in one word on a fresh line: fewer, whole words read better everywhere (and avoid a
        // Python 3.11-3.13 bug that puts a space between adjacent words in display names).
        const qsizetype rest = cost(utf8.size() - pos, qRest);
        const qsizetype fixed = lead + qsizetype(suffix.size());
        const bool restFitsNewLine
            = rest <= kMaxWord && fixed + rest <= HeaderFolder::roomOnNewLine();
        if (folder.canFold()
            && (fixed + cost(firstLen, firstQ) > folder.roomOnLine()
                || (restFitsNewLine && fixed + rest > folder.roomOnLine())))
            folder.fold();
        const qsizetype room = qMin<qsizetype>(kMaxWord, folder.roomOnLine() - fixed);

        // Greedy: whole characters while the word still fits (at least one, whatever the room).
        qsizetype end = pos + firstLen;
        qsizetype qUsed = firstQ;
        while (end < utf8.size()) {
            const qsizetype len = sequenceLength(utf8, end);
            qsizetype q = 0;
            for (qsizetype k = 0; k < len; ++k)
                q += qCost(uchar(utf8[end + k]));
            if (cost(end + len - pos, qUsed + q) > room)
                break;
            end += len;
            qUsed += q;
        }

        QByteArray token;
        token.reserve(lead + kOverhead + 3 * (end - pos) + suffix.size());
        if (first)
            token.append(prefix.data(), prefix.size());
        const QByteArrayView chunk(utf8.constData() + pos, end - pos);
        if (useQ) {
            token.append(kOpenQ.data(), kOpenQ.size());
            appendQ(token, chunk);
        } else {
            token.append(kOpenB.data(), kOpenB.size());
            token.append(QByteArray(chunk.data(), chunk.size()).toBase64());
        }
        token.append("?=", 2);
        if (end == utf8.size())
            token.append(suffix.data(), suffix.size());
        folder.addToken(token);
        pos = end;
        qRest -= qUsed;
        first = false;
    }
}

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Parses "=?charset?X?text?=" at text[pos]; on success returns the decoded bytes, the charset
// and the index just past the word.
bool parseWord(
    QByteArrayView text, qsizetype pos, QByteArray &bytes, QByteArray &charset, qsizetype &next)
{
    if (!text.sliced(pos).startsWith("=?"))
        return false;
    const qsizetype q1 = text.indexOf('?', pos + 2);
    if (q1 < 0 || q1 + 2 >= text.size() || text[q1 + 2] != '?')
        return false;
    const char scheme = char(text[q1 + 1] | 0x20);
    const qsizetype q3 = text.indexOf("?=", q1 + 3);
    if (q3 < 0 || (scheme != 'b' && scheme != 'q'))
        return false;
    const QByteArrayView payload = text.sliced(q1 + 3, q3 - q1 - 3);
    for (const char c : payload) {
        if (isWsp(c) || c == '?')
            return false;
    }
    charset = text.sliced(pos + 2, q1 - pos - 2).toByteArray();
    const qsizetype star = charset.indexOf('*'); // RFC 2231 §5 language suffix
    if (star >= 0)
        charset.truncate(star);
    if (scheme == 'b') {
        auto result = QByteArray::fromBase64Encoding(payload.toByteArray());
        if (!result)
            return false;
        bytes = *result;
    } else {
        bytes.clear();
        for (qsizetype i = 0; i < payload.size(); ++i) {
            const char c = payload[i];
            if (c == '_') {
                bytes.append(' ');
            } else if (c == '=' && i + 2 < payload.size() && hexValue(payload[i + 1]) >= 0
                && hexValue(payload[i + 2]) >= 0) {
                bytes.append(char(hexValue(payload[i + 1]) * 16 + hexValue(payload[i + 2])));
                i += 2;
            } else {
                bytes.append(c);
            }
        }
    }
    next = q3 + 2;
    return true;
}

// UTF-8 exactly as sent: QString::fromUtf8 drops a leading U+FEFF, so a text
// starting with one would not come back (found by tests/fuzz/fuzz_mime_writer).
QString fromUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = charset.toLower();
    if (name == "utf-8" || name == "us-ascii")
        return fromUtf8(bytes);
    if (name == "iso-8859-1")
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(charset.constData());
    if (decoder.isValid())
        return decoder.decode(bytes);
    return fromUtf8(bytes);
}

} // namespace

QString decodeEncodedWords(QByteArrayView fieldBody)
{
    QByteArray text;
    text.reserve(fieldBody.size());
    for (qsizetype i = 0; i < fieldBody.size(); ++i) {
        // RFC 5322 §2.2.3: unfolding removes each CRLF that is followed by whitespace.
        if (fieldBody[i] == '\r' && i + 1 < fieldBody.size() && fieldBody[i + 1] == '\n') {
            ++i;
            continue;
        }
        text.append(fieldBody[i]);
    }

    QString out;
    QByteArray pendingBytes; // adjacent words of one charset are joined before decoding
    QByteArray pendingCharset;
    QByteArray gap; // whitespace seen since the last encoded word
    const auto flush = [&] {
        if (!pendingCharset.isEmpty())
            out += decodeCharset(pendingBytes, pendingCharset);
        pendingBytes.clear();
        pendingCharset.clear();
    };
    qsizetype i = 0;
    while (i < text.size()) {
        QByteArray bytes;
        QByteArray charset;
        qsizetype next = 0;
        if (parseWord(text, i, bytes, charset, next)) {
            // §6.2: whitespace between two encoded words is not part of the text.
            if (!pendingCharset.isEmpty() && charset.compare(pendingCharset, Qt::CaseInsensitive))
                flush();
            else if (pendingCharset.isEmpty())
                out += fromUtf8(gap);
            gap.clear();
            pendingBytes += bytes;
            pendingCharset = charset;
            i = next;
            continue;
        }
        if (isWsp(text[i])) {
            gap.append(text[i++]);
            continue;
        }
        flush();
        out += fromUtf8(gap);
        gap.clear();
        const qsizetype start = i;
        while (i < text.size() && !isWsp(text[i]) && !text.sliced(i).startsWith("=?"))
            ++i;
        if (i == start)
            ++i; // a "=?" that is not a word: keep it as text
        out += fromUtf8(QByteArrayView(text.constData() + start, i - start));
    }
    flush();
    out += fromUtf8(gap);
    return out;
}

} // namespace mw
