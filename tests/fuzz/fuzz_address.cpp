// Addresses as users type or paste them: EmailAddress::parse, Mailbox::parse
// and Mailbox::parseList, on the input read as UTF-8 and, when its size is
// even, also as raw UTF-16 (which can hold unpaired surrogates). Every value
// that parses must be free of anything that could inject a header or an SMTP
// command, must read back as itself, and must encode into a clean header. The
// raw input also goes through our RFC 2047 decoder (decodeEncodedWords), which
// reads the headers of messages from outside.
#include "FuzzSupport.h"

#include "mime/EmailAddress.h"
#include "mime/EncodedWords.h"
#include "mime/HeaderEncoding.h"
#include "mime/Mailbox.h"

MWFUZZ_INIT_QT

namespace {

using namespace mw;

bool hasLineBreakOrNul(QStringView text)
{
    for (const QChar c : text) {
        if (c == u'\r' || c == u'\n' || c == QChar(0) || c == QChar(0x85) || c == QChar(0x2028)
            || c == QChar(0x2029))
            return true;
    }
    return false;
}

void checkAddress(const EmailAddress &address)
{
    const QString text = address.toString();
    mwfuzz::check(!hasLineBreakOrNul(text), "line break in EmailAddress", text.toUtf8());
    for (const QChar c : text)
        mwfuzz::check(
            c.unicode() >= 0x20 && c.unicode() != 0x7f, "control in EmailAddress", text.toUtf8());
    const auto again = EmailAddress::parse(text);
    mwfuzz::check(again.has_value() && *again == address, "EmailAddress round trip", text.toUtf8());
    for (const bool utf8 : { false, true }) {
        const auto path = address.toSmtpPath(utf8);
        if (!path) {
            mwfuzz::check(!utf8 && address.needsSmtpUtf8(), "no SMTP path", text.toUtf8());
            continue;
        }
        mwfuzz::check(!path->isEmpty() && !path->contains('<') && !path->contains('>')
                && !path->contains('\r') && !path->contains('\n') && !path->contains('\0'),
            "unsafe SMTP path", *path);
        if (!utf8) {
            for (const char c : *path)
                mwfuzz::check((c > 0x20 && c < 0x7f) || c == ' ', "non-ASCII SMTP path", *path);
        }
    }
    const QByteArray header = headerAddress(address);
    mwfuzz::check(!header.contains('\r') && !header.contains('\n') && !header.contains('\0'),
        "line break in headerAddress", header);
}

void checkMailboxes(const QList<Mailbox> &list)
{
    for (const Mailbox &mailbox : list) {
        checkAddress(mailbox.address());
        mwfuzz::check(!hasLineBreakOrNul(mailbox.displayName()), "line break in display name",
            mailbox.displayName().toUtf8());
        const QString text = mailbox.toString();
        const auto again = Mailbox::parse(text);
        mwfuzz::check(again.has_value() && *again == mailbox, "Mailbox round trip", text.toUtf8());
        // Folded (CRLF + WSP) at most: never a line that could start a header.
        const QByteArray phrase = encodedPhrase(mailbox.displayName());
        QByteArray unfolded = phrase;
        unfolded.replace("\r\n ", " ").replace("\r\n\t", "\t");
        mwfuzz::check(
            !unfolded.contains('\r') && !unfolded.contains('\n'), "line break in phrase", phrase);
    }
    if (list.isEmpty())
        return;
    const QByteArray field = addressField("To", list);
    QByteArray why;
    mwfuzz::check(field.startsWith("To: ") && field.endsWith("\r\n"), "addressField shape", field);
    mwfuzz::check(mwfuzz::isCrlfClean(field, 998, &why), "addressField not clean", why);
    // Folding only: every line after the first is a continuation.
    const QList<QByteArray> lines = field.chopped(2).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        mwfuzz::check(lines.at(i).startsWith(' ') || lines.at(i).startsWith('\t'),
            "addressField starts a new header line", field);
    // Every display name must come back from the header's encoded words.
    const QString decoded = decodeEncodedWords(field);
    for (const Mailbox &mailbox : list) {
        if (mailbox.displayName().isEmpty() || mailbox.displayName().contains(u'"')
            || mailbox.displayName().contains(u'\\'))
            continue;
        mwfuzz::check(decoded.contains(mailbox.displayName().simplified())
                || decoded.contains(mailbox.displayName()),
            "display name lost in addressField", field);
    }
}

void run(const QString &text)
{
    if (const auto address = EmailAddress::parse(text))
        checkAddress(*address);
    QString error;
    if (const auto mailbox = Mailbox::parse(text, &error))
        checkMailboxes({ *mailbox });
    else
        mwfuzz::check(!error.isEmpty(), "Mailbox::parse failed without an error");
    error.clear();
    if (const auto list = Mailbox::parseList(text, &error))
        checkMailboxes(*list);
    else
        mwfuzz::check(!error.isEmpty(), "Mailbox::parseList failed without an error");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    (void)decodeEncodedWords(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    run(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (size % 2 == 0 && size > 0)
        run(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
