#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace mw {

// Writing files that must survive a crash or a power cut. QSaveFile writes a temporary file and
// renames it over the target, so readers see the old or the new file, never a torn one; on
// Linux its commit() fsyncs the data before the rename (verified with strace on Qt 6.4). What
// QSaveFile does not do is sync the directory, so after a power cut the rename itself (the new
// name) could be lost: syncDirectory() does that where the platform allows it.

// Writes `data` to `path` with QSaveFile, then syncs the directory. *error is translated.
bool writeFileDurably(const QString &path, const QByteArray &data, QString *error);
// The same, with the content produced by `produce` writing into the device (returns false and
// sets *error to stop; the target is then left untouched).
bool writeFileDurably(const QString &path,
    const std::function<bool(QIODevice *, QString *)> &produce, QString *error);

// fsync on the directory so that created, renamed and removed names are on disk (POSIX). A no-op
// that succeeds where directories cannot be opened (Windows: NTFS journals metadata).
bool syncDirectory(const QString &dir, QString *error = nullptr);

} // namespace mw
