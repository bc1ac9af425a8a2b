#include "smtp/SmtpDataEncoder.h"

namespace mw {

void SmtpDataEncoder::lineBreak(QByteArray &output)
{
    output.append("\r\n", 2);
    m_atLineStart = true;
}

void SmtpDataEncoder::encode(QByteArrayView input, QByteArray &output)
{
    output.reserve(output.size() + input.size() + input.size() / 64 + 4);
    const char *p = input.data();
    const char *const end = p + input.size();
    while (p < end) {
        if (m_pendingCr) {
            m_pendingCr = false;
            lineBreak(output);
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
            lineBreak(output);
            ++p;
            continue;
        }
        if (m_atLineStart && c == '.' && m_mode == Mode::Data)
            output.append('.');
        m_atLineStart = false;
        // Copy the rest of the line in one go.
        const char *run = p;
        while (run < end && *run != '\r' && *run != '\n')
            ++run;
        output.append(p, run - p);
        p = run;
    }
}

void SmtpDataEncoder::finish(QByteArray &output)
{
    if (m_pendingCr) {
        m_pendingCr = false;
        lineBreak(output);
    }
    if (!m_atLineStart)
        lineBreak(output);
    if (m_mode == Mode::Data)
        output.append(".\r\n", 3);
}

} // namespace mw
