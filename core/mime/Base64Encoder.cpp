#include "mime/Base64Encoder.h"

#include <cstring>

namespace mw {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Two output characters for every 12 input bits: one lookup per half group instead of four,
// which is what keeps the scalar encoder above 1 GB/s.
struct PairTable {
    char pairs[4096][2];
};

constexpr PairTable makePairTable()
{
    PairTable table {};
    for (int i = 0; i < 4096; ++i) {
        table.pairs[i][0] = kAlphabet[i >> 6];
        table.pairs[i][1] = kAlphabet[i & 63];
    }
    return table;
}

constexpr PairTable kPairs = makePairTable();

inline void encodeGroup(const uchar *in, char *out)
{
    const quint32 v = quint32(in[0]) << 16 | quint32(in[1]) << 8 | in[2];
    std::memcpy(out, kPairs.pairs[v >> 12], 2);
    std::memcpy(out + 2, kPairs.pairs[v & 0xfff], 2);
}

} // namespace

qint64 Base64Encoder::encodedSize(qint64 n)
{
    const qint64 chars = (n + 2) / 3 * 4;
    const qint64 lines = (chars + kLineChars - 1) / kLineChars;
    return chars + 2 * lines;
}

qsizetype Base64Encoder::maxOutput(qsizetype n)
{
    const qsizetype chars = (n + 2) / 3 * 4 + 4; // + a carried group
    return chars + 2 * (chars / kLineChars + 1);
}

void Base64Encoder::reset()
{
    m_carry = 0;
    m_column = 0;
}

char *Base64Encoder::putGroup(const uchar *group, char *out)
{
    encodeGroup(group, out);
    out += 4;
    m_column += 4;
    if (m_column == kLineChars) {
        *out++ = '\r';
        *out++ = '\n';
        m_column = 0;
    }
    return out;
}

qsizetype Base64Encoder::encode(const char *in, qsizetype n, char *out)
{
    const uchar *p = reinterpret_cast<const uchar *>(in);
    const uchar *const end = p + n;
    char *o = out;

    if (m_carry > 0) {
        while (m_carry < 3 && p < end)
            m_pending[m_carry++] = *p++;
        if (m_carry < 3)
            return 0;
        o = putGroup(m_pending, o);
        m_carry = 0;
    }
    while (m_column != 0 && end - p >= 3) {
        o = putGroup(p, o);
        p += 3;
    }
    // The hot loop: whole lines, no per-group column bookkeeping.
    while (end - p >= kLineBytes) {
        for (int g = 0; g < kLineBytes / 3; ++g)
            encodeGroup(p + 3 * g, o + 4 * g);
        o[kLineChars] = '\r';
        o[kLineChars + 1] = '\n';
        p += kLineBytes;
        o += kLineOutput;
    }
    while (end - p >= 3) {
        o = putGroup(p, o);
        p += 3;
    }
    while (p < end)
        m_pending[m_carry++] = *p++;
    return o - out;
}

qsizetype Base64Encoder::finish(char *out)
{
    char *o = out;
    if (m_carry > 0) {
        // RFC 4648 §4: one leftover byte gives two characters and "==", two give three and "=".
        const uchar b1 = m_carry > 1 ? m_pending[1] : 0;
        const quint32 v = quint32(m_pending[0]) << 16 | quint32(b1) << 8;
        *o++ = kAlphabet[(v >> 18) & 63];
        *o++ = kAlphabet[(v >> 12) & 63];
        *o++ = m_carry > 1 ? kAlphabet[(v >> 6) & 63] : '=';
        *o++ = '=';
        m_column += 4;
        m_carry = 0;
    }
    if (m_column > 0) {
        *o++ = '\r';
        *o++ = '\n';
        m_column = 0;
    }
    return o - out;
}

void Base64Encoder::encode(QByteArrayView in, QByteArray &out)
{
    const qsizetype start = out.size();
    out.resize(start + maxOutput(in.size()));
    const qsizetype written = encode(in.data(), in.size(), out.data() + start);
    out.resize(start + written);
}

void Base64Encoder::finish(QByteArray &out)
{
    char tail[8];
    out.append(tail, finish(tail));
}

} // namespace mw
