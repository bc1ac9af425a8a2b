#include "outbox/DurableFile.h"

#include "outbox/OutboxLog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace mw {

namespace {

struct DurableText {
    Q_DECLARE_TR_FUNCTIONS(mw::DurableFile)
};

} // namespace

bool writeFileDurably(const QString &path, const QByteArray &data, QString *error)
{
    return writeFileDurably(
        path,
        [&data](QIODevice *device, QString *why) {
            if (device->write(data) != data.size()) {
                if (why)
                    *why = device->errorString();
                return false;
            }
            return true;
        },
        error);
}

bool writeFileDurably(
    const QString &path, const std::function<bool(QIODevice *, QString *)> &produce, QString *error)
{
    QSaveFile file(path);
    // Never fall back to writing in place: a torn file is what this is meant to prevent.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = DurableText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!produce(&file, &why)) {
        file.cancelWriting();
        if (error)
            *error = DurableText::tr("Cannot write %1: %2").arg(path, why);
        return false;
    }
    // commit() flushes, fsyncs the temporary file and renames it over `path`.
    if (!file.commit()) {
        if (error)
            *error = DurableText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return syncDirectory(QFileInfo(path).absolutePath(), error);
}

bool syncDirectory(const QString &dir, QString *error)
{
#if defined(Q_OS_UNIX)
    // Qt has no API for this: a directory entry is made durable by fsync on the directory.
    const QByteArray native = QFile::encodeName(dir);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (error)
            *error = DurableText::tr("Cannot sync the folder %1: %2").arg(dir, reason);
        return false;
    }
    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    const int saved = errno;
    ::close(fd);
    if (rc != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(saved));
        if (error)
            *error = DurableText::tr("Cannot sync the folder %1: %2").arg(dir, reason);
        return false;
    }
    return true;
#else
    Q_UNUSED(dir);
    Q_UNUSED(error);
    return true;
#endif
}

} // namespace mw
