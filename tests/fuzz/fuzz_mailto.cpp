// mailto: links as a web page or another program hands them over
// (MailtoUrl::parse), read as UTF-8 and, for even sizes, as raw UTF-16. A URL
// that parses must give recipients that are valid Mailboxes, a body with "\n"
// line breaks only, lower-case ignored header names, and a draft that writes
// (with a fixed From) into a message whose headers are only the expected ones:
// "?subject=x%0D%0ABcc:..." must never become a header.
#include "MessageChecks.h"

#include "mime/MailtoUrl.h"

#include <QDateTime>
#include <QTimeZone>

MWFUZZ_INIT_QT

namespace {

using namespace mw;

void run(const QString &url, FuzzedDataProvider &p)
{
    QString error;
    const std::optional<MailtoUrl> mailto = MailtoUrl::parse(url, &error);
    if (!mailto) {
        mwfuzz::check(!error.isEmpty(), "MailtoUrl::parse failed without an error");
        return;
    }
    mwfuzz::check(url.trimmed().startsWith(u"mailto:", Qt::CaseInsensitive),
        "parsed a non-mailto URL", url.toUtf8());
    mwfuzz::check(!mailto->body.contains(u'\r'), "CR in the body (line breaks are \\n)",
        mailto->body.toUtf8());
    for (const QString &name : mailto->ignoredHeaders) {
        mwfuzz::check(name == name.toLower(), "ignored header name not lower-case", name.toUtf8());
        mwfuzz::check(name != u"to" && name != u"cc" && name != u"bcc",
            "a recipient field listed as ignored", name.toUtf8());
    }
    for (const QList<Mailbox> *list : { &mailto->to, &mailto->cc, &mailto->bcc }) {
        for (const Mailbox &m : *list) {
            const auto again = Mailbox::parse(m.toString());
            mwfuzz::check(
                again && *again == m, "recipient does not read back", m.toString().toUtf8());
        }
    }
    MessageDraft draft = mailto->toDraft();
    mwfuzz::check(draft.to == mailto->to && draft.cc == mailto->cc && draft.bcc == mailto->bcc,
        "toDraft() changed the recipients");
    mwfuzz::check(draft.subject == mailto->subject, "toDraft() changed the subject");
    mwfuzz::check(draft.extraHeaders.isEmpty(), "toDraft() set extra headers");
    draft.from = Mailbox::parse(u"Alice <alice@example.com>");
    if (draft.to.isEmpty() && draft.cc.isEmpty() && draft.bcc.isEmpty())
        draft.to = *Mailbox::parseList(u"bob@example.com");
    MessageWriter::Options options;
    options.appVersion = QStringLiteral("0.1.0");
    options.date = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    options.randomSeed = 7;
    mwfuzz::writeAndCheck(draft, options, p);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    // Read sizes for writeAndCheck come from a copy: the URL is the whole input.
    FuzzedDataProvider p(data, size);
    run(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), p);
    if (size % 2 == 0 && size > 0)
        run(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)), p);
    return 0;
}
