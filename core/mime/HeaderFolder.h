#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mw {

// Builds one header field from tokens, folding so that lines stay within 78 characters
// (RFC 5322 §2.1.1 SHOULD) and never pass 998 (MUST). A token is never split; a fold is only
// ever put where a space separates two tokens, as CRLF before that space (§2.2.3), so unfolding
// gives back exactly the text with single spaces. Callers own what goes into a token: it must
// hold no CR or LF, which the field builders in HeaderEncoding.h guarantee.
class HeaderFolder {
public:
    static constexpr int kMaxLine = 78;

    explicit HeaderFolder(QByteArrayView name); // starts "Name:"

    // Appends " token", or CRLF + " token" when it would not fit on the current line.
    void addToken(QByteArrayView token);
    // Appends the token right after the previous one, with no space (e.g. a closing quote).
    void glue(QByteArrayView token);
    // The widest token that addToken() can still put on the current line.
    int roomOnLine() const { return kMaxLine - 1 - m_column; }
    // The widest token a fresh continuation line can take.
    static constexpr int roomOnNewLine() { return kMaxLine - 1; }
    void fold(); // puts the next token on a new line (not the first token: it stays by the name)
    bool canFold() const { return m_hasToken && !m_folded; }

    // The field with its final CRLF.
    QByteArray finish();

private:
    QByteArray m_out;
    int m_column = 0; // characters on the current line
    bool m_folded = false; // the current line is a fresh continuation with no token yet
    bool m_hasToken = false;
};

} // namespace mw
