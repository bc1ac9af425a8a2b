#include "smtp/SmtpDataEncoder.h"

#include <cstring>

namespace mw {

void SmtpDataEncoder::encode(QByteArrayView input, QByteArray &output)
{
    // Worst case doubles the input (every byte a bare LF, or "." + LF), plus a
    // pending CR's line break: write straight into a buffer of that size.
    if (input.isEmpty())
        return;
    const qsizetype base = output.size();
    output.resize(base + 2 * input.size() + 2);
    char *out = output.data() + base;
    const char *p = input.data();
    const char *const end = p + input.size();
    // The next CR and LF at or after p (or end), found with memchr and kept
    // until passed, so the scan stays linear whatever the line endings.
    // nullptr: not searched yet.
    const char *nextCr = nullptr;
    const char *nextLf = nullptr;
    auto next = [end](const char *from, char c) {
        const void *hit = memchr(from, c, size_t(end - from));
        return hit ? static_cast<const char *>(hit) : end;
    };
    auto lineBreak = [&] {
        *out++ = '\r';
        *out++ = '\n';
        m_atLineStart = true;
    };
    while (p < end) {
        if (m_pendingCr) {
            m_pendingCr = false;
            lineBreak();
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        const char c = *p;
        if (c == '\r') {
            m_pendingCr = true;
            ++p;
            continue;
        }
        if (c == '\n') {
            lineBreak();
            ++p;
            continue;
        }
        if (m_atLineStart && c == '.' && m_mode == Mode::Data)
            *out++ = '.';
        m_atLineStart = false;
        // Copy the rest of the line in one go.
        if (!nextCr || nextCr < p)
            nextCr = next(p, '\r');
        if (!nextLf || nextLf < p)
            nextLf = next(p, '\n');
        const char *run = qMin(nextCr, nextLf);
        memcpy(out, p, size_t(run - p));
        out += run - p;
        p = run;
    }
    output.resize(out - output.constData());
}

void SmtpDataEncoder::finish(QByteArray &output)
{
    if (m_pendingCr) {
        m_pendingCr = false;
        output.append("\r\n", 2);
        m_atLineStart = true;
    }
    if (!m_atLineStart) {
        output.append("\r\n", 2);
        m_atLineStart = true;
    }
    if (m_mode == Mode::Data)
        output.append(".\r\n", 3);
}

} // namespace mw
