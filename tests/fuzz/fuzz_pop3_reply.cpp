// POP3 as a hostile server sends it: the first line is a status line
// (Pop3Reply::parse), the rest is a multi-line body (Pop3MultilineReader with a
// fuzz-chosen limit) that is then read as a CAPA listing
// (Pop3Capabilities::fromCapa); every line is also tried as a status line and
// as an APOP greeting (apopTimestamp).
#include "FuzzSupport.h"

#include "pop3/Pop3Apop.h"
#include "pop3/Pop3Capabilities.h"
#include "pop3/Pop3Reply.h"

MWFUZZ_INIT_QT

namespace {

void checkReply(const QByteArray &line)
{
    using mw::Pop3Reply;
    const Pop3Reply reply = Pop3Reply::parse(line);
    const QString display = reply.displayText();
    mwfuzz::check(display.size() <= 512, "displayText not bounded");
    for (const QChar c : display)
        mwfuzz::check(c.category() != QChar::Other_Control, "control in displayText", line);
    const QString summary = reply.summary();
    for (const QChar c : summary)
        mwfuzz::check(c.category() != QChar::Other_Control, "control in summary", line);
    if (reply.code != mw::Pop3ResponseCode::None) {
        mwfuzz::check(!reply.codeText.isEmpty(), "code without codeText");
        for (const char c : reply.codeText)
            mwfuzz::check(c > 0x20 && c < 0x7f && c != ']', "codeText not RCHAR / '/'");
    }
    (void)mw::responseCodeName(reply.code);
    if (const auto stamp = mw::pop3::apopTimestamp(line)) {
        mwfuzz::check(stamp->startsWith('<') && stamp->endsWith('>') && stamp->size() >= 3,
            "APOP timestamp not <...>", *stamp);
        for (const char c : *stamp)
            mwfuzz::check(c > 0x20 && c < 0x7f, "APOP timestamp not printable ASCII", *stamp);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qint64 maxBytes = 16 + qint64(data[0]) * 8;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<QByteArray> lines = mwfuzz::lines(input);
    mw::Pop3MultilineReader reader(maxBytes);
    bool complete = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        checkReply(lines.at(i));
        if (i == 0 || complete)
            continue;
        const auto result = reader.feedLine(lines.at(i));
        if (result == mw::Pop3MultilineReader::Result::TooLarge)
            break;
        complete = result == mw::Pop3MultilineReader::Result::Complete;
    }
    const QByteArray body = reader.takeData();
    mwfuzz::check(body.size() <= maxBytes, "multi-line body over its limit");
    mwfuzz::check(body.isEmpty() || body.endsWith("\r\n"), "body not CRLF-terminated");
    const mw::Pop3Capabilities caps = mw::Pop3Capabilities::fromCapa(body);
    for (const QByteArray &mechanism : caps.saslMechanisms)
        mwfuzz::check(!mechanism.isEmpty() && !mechanism.contains(' ') && !mechanism.contains('\r')
                && !mechanism.contains('\n'),
            "bad SASL mechanism name", mechanism);
    (void)caps.keywords();
    return 0;
}
