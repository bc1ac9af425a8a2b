#include "mime/HeaderFolder.h"

namespace mw {

HeaderFolder::HeaderFolder(QByteArrayView name)
{
    m_out.reserve(128);
    m_out.append(name.data(), name.size());
    m_out.append(':');
    m_column = int(m_out.size());
}

void HeaderFolder::fold()
{
    // Never leave the field name alone on its line: some parsers read that as an empty field.
    if (m_folded || !m_hasToken)
        return;
    m_out.append("\r\n", 2);
    m_column = 0;
    m_folded = true;
}

void HeaderFolder::addToken(QByteArrayView token)
{
    // A token too wide for any line goes alone on its own line (still far below 998: callers
    // only make such tokens from addresses and message IDs, which are bounded).
    if (m_hasToken && !m_folded && m_column + 1 + token.size() > kMaxLine)
        fold();
    m_out.append(' ');
    m_out.append(token.data(), token.size());
    m_column += 1 + int(token.size());
    m_folded = false;
    m_hasToken = true;
}

void HeaderFolder::glue(QByteArrayView token)
{
    m_out.append(token.data(), token.size());
    m_column += int(token.size());
    m_folded = false;
}

QByteArray HeaderFolder::finish()
{
    m_out.append("\r\n", 2);
    return m_out;
}

} // namespace mw
