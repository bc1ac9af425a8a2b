#include "common/OwnModule.h"

#include <QDir>
#include <QLibrary>

namespace mw {

QFunctionPointer resolveOwnModule(const QString &binaryDir, const QString &relDir,
    const QString &file, const char *symbol, QStringList *errors)
{
    const QStringList candidates {
        QDir::cleanPath(binaryDir + QLatin1Char('/') + relDir + QLatin1Char('/') + file),
        QDir::cleanPath(binaryDir + QLatin1Char('/') + file),
    };
    for (const QString &candidate : candidates) {
        QLibrary module(candidate); // not unloaded when `module` goes away
        if (const QFunctionPointer entry = module.resolve(symbol))
            return entry;
        if (errors)
            *errors << module.errorString();
    }
    return nullptr;
}

} // namespace mw
