#include "mime/HeaderEncoding.h"

#include "mime/EncodedWords.h"
#include "mime/HeaderFolder.h"

#include <algorithm>

namespace mw {

namespace {

bool isPrintableAscii(QChar c)
{
    return c.unicode() >= 0x20 && c.unicode() <= 0x7e;
}

bool allPrintableAscii(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isPrintableAscii);
}

// RFC 5322 §3.2.3 atext.
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
        || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

// Splits at single spaces; a run of spaces stays at the front of the next token, so a fold is
// only ever placed before a space that really is in the text and no line is blank. The text
// neither starts nor ends with a space.
QList<QByteArray> spaceTokens(const QByteArray &text)
{
    QList<QByteArray> tokens;
    QByteArray spaces;
    for (const QByteArray &part : text.split(' ')) {
        if (part.isEmpty()) {
            spaces.append(' ');
            continue;
        }
        tokens.append(spaces + part);
        spaces.clear();
    }
    return tokens;
}

void appendPhrase(HeaderFolder &folder, QStringView name)
{
    // A quoted-string holding "=?" would be decoded by lenient readers (Python's email does so),
    // and a raw UTF-8 one is not allowed without SMTPUTF8: both go as encoded words.
    const bool ascii = allPrintableAscii(name) && !name.contains(u"=?");
    if (ascii) {
        const QByteArray latin = name.toLatin1();
        const QList<QByteArray> words = latin.split(' ');
        // Atoms joined by single spaces read back exactly; anything else needs quotes.
        const bool atoms = std::all_of(words.begin(), words.end(), [](const QByteArray &word) {
            return !word.isEmpty() && word.size() <= HeaderFolder::roomOnNewLine()
                && std::all_of(
                    word.begin(), word.end(), [](char c) { return isAtext(QLatin1Char(c)); });
        });
        if (atoms) {
            for (const QByteArray &word : words)
                folder.addToken(word);
            return;
        }
        QByteArray quoted = "\"";
        for (const char c : latin) {
            if (c == '"' || c == '\\')
                quoted.append('\\');
            quoted.append(c);
        }
        quoted.append('"');
        if (quoted.size() <= HeaderFolder::roomOnNewLine()) {
            folder.addToken(quoted);
            return;
        }
    }
    appendEncodedWords(folder, name);
}

} // namespace

QByteArray unstructuredField(QByteArrayView name, QStringView value)
{
    HeaderFolder folder(name);
    const bool plain = allPrintableAscii(value) && !value.contains(u"=?") && !value.startsWith(u' ')
        && !value.endsWith(u' ');
    if (plain) {
        const QByteArray latin = value.toLatin1();
        const QList<QByteArray> tokens = spaceTokens(latin);
        // Folding can only happen at spaces: a word wider than a line means encoded words.
        const bool fits = std::all_of(tokens.begin(), tokens.end(), [](const QByteArray &t) {
            return t.size() <= HeaderFolder::roomOnNewLine();
        }) && (tokens.isEmpty() || tokens.first().size() <= folder.roomOnLine());
        if (fits) {
            for (const QByteArray &token : tokens)
                folder.addToken(token);
            return folder.finish();
        }
    }
    appendEncodedWords(folder, value);
    return folder.finish();
}

QByteArray encodedPhrase(QStringView displayName)
{
    HeaderFolder folder("X");
    appendPhrase(folder, displayName);
    return folder.finish().mid(3).chopped(2); // without "X: " and the CRLF
}

QByteArray headerAddress(const EmailAddress &address)
{
    // toSmtpPath(true) never fails; it is the RFC 6532 form when the local part is UTF-8.
    return address.toSmtpPath(true).value_or(QByteArray());
}

QByteArray addressField(QByteArrayView name, const QList<Mailbox> &mailboxes)
{
    HeaderFolder folder(name);
    for (qsizetype i = 0; i < mailboxes.size(); ++i) {
        const Mailbox &mailbox = mailboxes[i];
        QByteArray address = headerAddress(mailbox.address());
        if (!mailbox.displayName().isEmpty()) {
            appendPhrase(folder, mailbox.displayName());
            address = '<' + address + '>';
        }
        if (i + 1 < mailboxes.size())
            address.append(',');
        folder.addToken(address);
    }
    return folder.finish();
}

QByteArray tokenField(QByteArrayView name, QByteArrayView value)
{
    HeaderFolder folder(name);
    for (const QByteArray &token : value.toByteArray().split(' ')) {
        if (!token.isEmpty())
            folder.addToken(token);
    }
    return folder.finish();
}

} // namespace mw
