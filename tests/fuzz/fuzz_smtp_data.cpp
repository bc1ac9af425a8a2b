// SmtpDataEncoder (DATA and BDAT): the message arrives in fuzz-chosen chunks.
// The output must be the same whatever the chunking, CRLF-only, and in DATA
// mode un-dot-stuffing it must give back the input with every line break
// (CRLF, bare CR, bare LF) made CRLF; no line of it may be a lone "." before
// the terminator (SMTP smuggling / early end of data).
#include "FuzzSupport.h"

#include "smtp/SmtpDataEncoder.h"

#include <fuzzer/FuzzedDataProvider.h>

MWFUZZ_INIT_QT

namespace {

// The reference: input lines with CRLF / CR / LF breaks, re-joined with CRLF,
// a final CRLF added when missing.
QByteArray normalised(const QByteArray &in)
{
    QByteArray out;
    bool lineStart = true;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < in.size() && in.at(i + 1) == '\n')
                ++i;
            out += "\r\n";
            lineStart = true;
        } else {
            out += c;
            lineStart = false;
        }
    }
    if (!lineStart)
        out += "\r\n";
    return out;
}

QByteArray encode(mw::SmtpDataEncoder::Mode mode, const QList<QByteArray> &chunks)
{
    mw::SmtpDataEncoder encoder(mode);
    QByteArray out;
    for (const QByteArray &chunk : chunks)
        encoder.encode(chunk, out);
    encoder.finish(out);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using mw::SmtpDataEncoder;
    FuzzedDataProvider provider(data, size);
    const bool bdat = provider.ConsumeBool();
    QList<QByteArray> chunks;
    QByteArray whole;
    while (provider.remaining_bytes() > 0) {
        const size_t n = provider.ConsumeIntegralInRange<size_t>(0, 64);
        const std::string chunk = provider.ConsumeBytesAsString(n);
        chunks.append(QByteArray(chunk.data(), qsizetype(chunk.size())));
        whole += chunks.last();
    }
    const auto mode = bdat ? SmtpDataEncoder::Mode::Bdat : SmtpDataEncoder::Mode::Data;
    const QByteArray out = encode(mode, chunks);
    mwfuzz::check(out == encode(mode, { whole }), "output depends on chunking");
    QByteArray why;
    mwfuzz::check(mwfuzz::isCrlfClean(out, std::numeric_limits<qsizetype>::max(), &why, true),
        "encoder output is not CRLF-only", why);
    const QByteArray expected = normalised(whole);
    if (bdat) {
        mwfuzz::check(out == expected, "BDAT output differs from the normalised input");
        return 0;
    }
    mwfuzz::check(out.endsWith("\r\n.\r\n") || out == ".\r\n", "DATA terminator");
    const QByteArray body = out.chopped(3);
    QByteArray unstuffed;
    for (qsizetype start = 0; start < body.size();) {
        const qsizetype end = body.indexOf("\r\n", start);
        mwfuzz::check(end >= 0, "DATA body line without CRLF");
        const QByteArray line = body.mid(start, end - start);
        mwfuzz::check(line != ".", "lone '.' line inside DATA");
        if (line.startsWith('.')) {
            mwfuzz::check(line.startsWith(".."), "unstuffed leading '.'");
            unstuffed += line.mid(1);
        } else {
            unstuffed += line;
        }
        unstuffed += "\r\n";
        start = end + 2;
    }
    mwfuzz::check(unstuffed == expected, "un-dot-stuffed DATA differs from the normalised input");
    return 0;
}
