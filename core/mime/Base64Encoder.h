#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace mw {

// Streaming base64 for message bodies (RFC 2045 §6.8): lines of exactly 76 characters, each
// ended by CRLF, the last one shorter. Input may arrive in pieces of any size; at most two bytes
// are carried from one call to the next, so memory stays constant whatever the input size.
class Base64Encoder {
public:
    static constexpr int kLineChars = 76;
    static constexpr int kLineBytes = 57; // input bytes behind one full line
    static constexpr int kLineOutput = kLineChars + 2;

    // Exact output size for n input bytes, line breaks included (so SIZE= can be known up front).
    static qint64 encodedSize(qint64 n);
    // The most encode() can write for n more input bytes.
    static qsizetype maxOutput(qsizetype n);

    // Writes the encoding of in[0, n) to out, which has maxOutput(n) bytes of room, and returns
    // the number of bytes written.
    qsizetype encode(const char *in, qsizetype n, char *out);
    // Pads the last group and ends the last line; writes at most 6 bytes.
    qsizetype finish(char *out);

    void encode(QByteArrayView in, QByteArray &out); // appends to out
    void finish(QByteArray &out);

    // True between whole lines: then kLineBytes of input become exactly kLineOutput bytes.
    bool atLineStart() const { return m_column == 0 && m_carry == 0; }
    void reset();

private:
    char *putGroup(const uchar *group, char *out);

    uchar m_pending[3] {};
    int m_carry = 0;
    int m_column = 0;
};

} // namespace mw
