#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace mw {

// Streaming quoted-printable for text bodies (RFC 2045 §6.7). The input is canonical text (CRLF
// line breaks, see TransferEncoding.h): each CRLF is a hard line break; any other byte outside
// printable ASCII, and '=', becomes =XX; a space or tab before a line break or at the end is
// encoded so that transports which strip trailing blanks cannot change the text (rule 3); lines
// longer than 76 characters get a soft break "=" CRLF (rule 5). Output lines end in CRLF only.
class QuotedPrintableEncoder {
public:
    static constexpr int kMaxLine = 76; // including the '=' of a soft break

    void encode(QByteArrayView in, QByteArray &out); // appends to out
    void finish(QByteArray &out);
    void reset();

    // The output size for the whole of in, found by encoding it piecewise into a scratch buffer
    // (text bodies are small and in memory; this is the pre-scan that lets size() be exact).
    static qint64 encodedSize(QByteArrayView in);

private:
    void put(QByteArray &out, const char *token, int length);
    void putEncoded(QByteArray &out, uchar c);
    void flushBlank(QByteArray &out, bool encoded);

    int m_column = 0;
    char m_blank = 0; // a space or tab not yet written: its form depends on what follows
    bool m_pendingCr = false; // a CR at the end of the last piece: a line break if LF follows
};

} // namespace mw
