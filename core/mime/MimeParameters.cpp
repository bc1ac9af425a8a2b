#include "mime/MimeParameters.h"

#include "mime/EncodedWords.h"
#include "mime/HeaderFolder.h"

#include <QString>

#include <algorithm>

namespace mw {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

// RFC 2045 §5.1 token characters: printable ASCII without space and tspecials.
bool isTokenChar(char c)
{
    return c > 0x20 && c < 0x7f && !QByteArrayView("()<>@,;:\\\"/[]?=").contains(c);
}

// RFC 2231 §7 attribute-char (the same set RFC 5987 calls attr-char).
bool isAttributeChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$&+-.^_`|~").contains(c);
}

QByteArray parameterValue(const QByteArray &value)
{
    if (!value.isEmpty() && std::all_of(value.begin(), value.end(), isTokenChar))
        return value;
    QByteArray quoted = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            quoted.append('\\');
        quoted.append(c);
    }
    return quoted + '"';
}

// A name that can go as name="..." / filename="..." and read back the same everywhere.
bool isPlainFileName(QStringView name)
{
    constexpr int kLongestPlain = 60;
    return !name.isEmpty() && name.size() <= kLongestPlain && !name.contains(u"=?")
        && std::all_of(name.begin(), name.end(), [](QChar c) {
               return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
           });
}

QByteArray quotedLatin1(QStringView text)
{
    return '"' + text.toLatin1() + '"';
}

// The percent-encoded pieces of text, one per character, so continuations never split one.
QList<QByteArray> encodedCharacters(QStringView text)
{
    QList<QByteArray> pieces;
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size();) {
        qsizetype n = 1;
        while (i + n < utf8.size() && (uchar(utf8[i + n]) & 0xC0) == 0x80)
            ++n;
        QByteArray piece;
        for (qsizetype k = i; k < i + n; ++k) {
            const char c = utf8[k];
            if (isAttributeChar(c))
                piece.append(c);
            else
                piece.append('%').append(kHex[uchar(c) >> 4]).append(kHex[uchar(c) & 15]);
        }
        pieces.append(piece);
        i += n;
    }
    return pieces;
}

void addParameters(HeaderFolder &folder, const QList<QByteArray> &tokens)
{
    for (qsizetype i = 0; i < tokens.size(); ++i)
        folder.addToken(i + 1 < tokens.size() ? tokens[i] + ';' : tokens[i]);
}

} // namespace

QByteArray rfc2231Encode(QStringView text)
{
    QByteArray out;
    for (const QByteArray &piece : encodedCharacters(text))
        out += piece;
    return out;
}

QByteArray contentTypeField(
    QByteArrayView mediaType, const QList<MimeParameter> &parameters, QStringView fileName)
{
    HeaderFolder folder("Content-Type");
    QList<QByteArray> tokens { mediaType.toByteArray() };
    for (const MimeParameter &parameter : parameters)
        tokens.append(parameter.first + '=' + parameterValue(parameter.second));
    if (fileName.isEmpty() || isPlainFileName(fileName)) {
        if (!fileName.isEmpty())
            tokens.append("name=" + quotedLatin1(fileName));
        addParameters(folder, tokens);
        return folder.finish();
    }
    tokens.last().append(';');
    addParameters(folder, tokens);
    appendEncodedWords(folder, fileName, "name=\"", "\"");
    return folder.finish();
}

QByteArray contentDispositionField(QByteArrayView disposition, QStringView fileName)
{
    HeaderFolder folder("Content-Disposition");
    QList<QByteArray> tokens { disposition.toByteArray() };
    if (fileName.isEmpty()) {
        addParameters(folder, tokens);
        return folder.finish();
    }
    if (isPlainFileName(fileName)) {
        tokens.append("filename=" + quotedLatin1(fileName));
        addParameters(folder, tokens);
        return folder.finish();
    }
    const QByteArray whole = "filename*=UTF-8''" + rfc2231Encode(fileName);
    if (whole.size() <= HeaderFolder::roomOnNewLine()) {
        tokens.append(whole);
        addParameters(folder, tokens);
        return folder.finish();
    }
    // RFC 2231 §3/§4.1: numbered pieces, each marked '*' as encoded; only the first one names
    // the charset. Every piece goes on its own line, ';' included.
    const QList<QByteArray> characters = encodedCharacters(fileName);
    qsizetype next = 0;
    for (int index = 0; next < characters.size(); ++index) {
        QByteArray piece = "filename*" + QByteArray::number(index) + "*=";
        if (index == 0)
            piece += "UTF-8''";
        const qsizetype before = piece.size();
        // +1 leaves room for the ';' that separates this piece from the next.
        while (next < characters.size()
            && (piece.size() == before
                || piece.size() + characters[next].size() + 1 <= HeaderFolder::roomOnNewLine()))
            piece += characters[next++];
        tokens.append(piece);
    }
    addParameters(folder, tokens);
    return folder.finish();
}

} // namespace mw
