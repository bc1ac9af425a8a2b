// SMTP replies as a hostile server sends them: the input is a stream of lines
// (LF-separated, CR dropped as Connection does) fed to SmtpReplyParser; every
// complete reply goes through text(), summary() and, as if it answered EHLO,
// SmtpCapabilities::fromEhlo().
#include "FuzzSupport.h"

#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpReply.h"

MWFUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mw;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // A small line limit so the fuzzer can reach it.
    SmtpReplyParser parser(8);
    for (const QByteArray &line : mwfuzz::lines(input)) {
        EnhancedCode enhanced;
        const int used = parseEnhancedCode(line, &enhanced);
        mwfuzz::check(used >= 0 && used <= line.size(), "parseEnhancedCode length");
        if (used > 0) {
            mwfuzz::check(enhanced.klass == 2 || enhanced.klass == 4 || enhanced.klass == 5,
                "enhanced class");
            mwfuzz::check(enhanced.subject >= 0 && enhanced.subject <= 999 && enhanced.detail >= 0
                    && enhanced.detail <= 999,
                "enhanced subject/detail range");
            EnhancedCode again;
            mwfuzz::check(
                parseEnhancedCode(enhanced.toString().toLatin1(), &again) > 0 && again == enhanced,
                "EnhancedCode::toString round trip");
        }
        switch (parser.feedLine(line)) {
        case SmtpReplyParser::Result::NeedMore:
            mwfuzz::check(parser.isInsideReply(), "NeedMore outside a reply");
            break;
        case SmtpReplyParser::Result::Complete: {
            const SmtpReply reply = parser.takeReply();
            mwfuzz::check(
                reply.isValid() && reply.code >= 200 && reply.code <= 559, "reply code range");
            mwfuzz::check(!reply.lines.isEmpty() && reply.lines.size() <= 8, "line count");
            mwfuzz::check(!parser.isInsideReply(), "parser not reset after takeReply");
            const QString text = reply.text();
            mwfuzz::check(
                mwfuzz::isDisplaySafe(text), "control in SmtpReply::text()", text.toUtf8());
            mwfuzz::check(mwfuzz::isDisplaySafe(reply.summary()), "control in summary()");
            const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(reply);
            (void)caps;
            break;
        }
        case SmtpReplyParser::Result::Error:
            mwfuzz::check(!parser.errorString().isEmpty(), "Error without errorString");
            parser.reset();
            break;
        }
    }
    return 0;
}
