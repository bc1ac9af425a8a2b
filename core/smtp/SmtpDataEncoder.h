#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mw {

// Streams message bytes into their wire form, chunk by chunk, in constant
// memory:
//  - every line break becomes CRLF; a bare LF or a bare CR is a line break
//    too, so nothing but CRLF ever reaches the wire (SMTP smuggling, 2023);
//  - in DATA mode, a line starting with '.' gets one more '.'
//    (RFC 5321 §4.5.2), and finish() appends the terminating ".\r\n";
//  - in BDAT mode (RFC 3030) there is no dot-stuffing and no terminator.
// The message always ends with a CRLF.
class SmtpDataEncoder {
public:
    enum class Mode { Data, Bdat };

    explicit SmtpDataEncoder(Mode mode)
        : m_mode(mode)
    {
    }

    void encode(QByteArrayView input, QByteArray &output);
    void finish(QByteArray &output);

private:
    Mode m_mode;
    bool m_atLineStart = true;
    bool m_pendingCr = false;
};

} // namespace mw
