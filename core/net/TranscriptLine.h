#pragma once

#include <QString>
#include <QStringView>

namespace mw {

// A protocol line made safe to show: C0/C1 controls, DEL, line and paragraph
// separators and invisible formatting characters (e.g. U+202E, which reverses
// the text after it) become visible "\u{…}" escapes. Server bytes reach
// terminals, log files and the UI; a server must not be able to forge "C:"
// lines, move the cursor or rewrite what is shown.
QString transcriptSafe(QStringView line);

} // namespace mw
