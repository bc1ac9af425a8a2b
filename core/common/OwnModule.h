#pragma once

#include <QFunctionPointer>
#include <QString>
#include <QStringList>

namespace mw {

// Resolves `symbol` in one of Mailwright's own modules (mailwright-gui,
// mailwright-keychain), looked for in exactly two places relative to the
// directory of the running binary: `relDir/file` (an install, relocatable)
// and `file` next to the binary (the build tree). Never a library search
// path. A module found stays loaded for the rest of the process. nullptr
// when neither place has it; *errors then holds why, one line per place.
QFunctionPointer resolveOwnModule(const QString &binaryDir, const QString &relDir,
    const QString &file, const char *symbol, QStringList *errors);

} // namespace mw
