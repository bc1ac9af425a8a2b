// MessageWriter round trip: a MessageDraft built from fuzz input (addresses,
// subject, bodies, extra headers, options; no attachments, so no files) must
// either be refused with a DraftError or be written completely, and then:
//  - the bytes are CRLF-only, no NUL, every line within 998 octets;
//  - size() is exact, and reset() gives the same bytes again;
//  - the header section holds only the fields the writer sets plus the
//    extra headers asked for, each once (no header injection, no Bcc);
//  - the Subject decodes back (decodeEncodedWords) to the neutralised subject.
#include "FuzzSupport.h"

#include "MessageChecks.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <fuzzer/FuzzedDataProvider.h>

MWFUZZ_INIT_QT

namespace {

using namespace mw;

QString utf8(FuzzedDataProvider &p, size_t max)
{
    const std::string s = p.ConsumeRandomLengthString(max);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Raw UTF-16: may hold unpaired surrogates and any control.
QString utf16(FuzzedDataProvider &p, size_t max)
{
    const std::string s = p.ConsumeRandomLengthString(max * 2);
    QString out;
    for (size_t i = 0; i + 1 < s.size(); i += 2)
        out += QChar(char16_t(uint8_t(s[i]) | uint8_t(s[i + 1]) << 8));
    return out;
}

QString text(FuzzedDataProvider &p, size_t max)
{
    return p.ConsumeBool() ? utf8(p, max) : utf16(p, max);
}

QList<Mailbox> mailboxes(FuzzedDataProvider &p, const char *fallback)
{
    if (p.ConsumeBool()) {
        if (const auto list = Mailbox::parseList(utf8(p, 200)))
            return *list;
    }
    if (!fallback)
        return {};
    return *Mailbox::parseList(QString::fromUtf8(fallback));
}

const char *const kHeaderNames[] = { "Organization", "Comments", "Keywords", "In-Reply-To",
    "References", "Importance", "Priority", "X-Priority", "List-Unsubscribe", "X-Fuzz",
    "Auto-Submitted", "Bcc", "Subject", "Content-Type" };

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16 * 1024)
        return 0;
    FuzzedDataProvider p(data, size);
    MessageDraft draft;
    const QList<Mailbox> from = mailboxes(p, "Alice <alice@example.com>");
    if (!from.isEmpty())
        draft.from = from.first();
    draft.to = mailboxes(p, "bob@example.com");
    draft.cc = mailboxes(p, nullptr);
    draft.bcc = mailboxes(p, nullptr);
    draft.replyTo = mailboxes(p, nullptr);
    draft.subject = text(p, 300);
    draft.textBody = text(p, 3000);
    if (p.ConsumeBool())
        draft.htmlBody = text(p, 2000);
    const int headers = p.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < headers; ++i) {
        DraftHeader header;
        header.name
            = p.ConsumeBool() ? QString::fromLatin1(p.PickValueInArray(kHeaderNames)) : utf8(p, 40);
        header.value = text(p, 200);
        draft.extraHeaders.append(header);
    }
    MessageWriter::Options options;
    options.appVersion = QStringLiteral("0.1.0");
    options.eightBitAllowed = p.ConsumeBool();
    options.date = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    options.randomSeed = 42;
    if (p.ConsumeBool()) {
        const std::string id = p.ConsumeRandomLengthString(80);
        options.messageId = QByteArray(id.data(), qsizetype(id.size()));
    }

    mwfuzz::writeAndCheck(draft, options, p);
    return 0;
}
