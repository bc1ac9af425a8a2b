#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace mw {

// A protocol line made safe to show: C0/C1 controls, DEL, line and paragraph
// separators and invisible formatting characters (e.g. U+202E, which reverses
// the text after it) become visible "\u{…}" escapes. Server bytes reach
// terminals, log files and the UI; a server must not be able to forge "C:"
// lines, move the cursor or rewrite what is shown.
QString transcriptSafe(QStringView line);

// A server's words, decoded from UTF-8, made safe to show in a sentence: the same
// characters as above become U+FFFD instead of escapes (SMTP and POP3 reply texts
// shown to people). Not trimmed.
QString peerTextForDisplay(const QByteArray &bytes);

} // namespace mw
