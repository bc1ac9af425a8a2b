#include "account/KeychainBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QStringList>

namespace mw {

namespace {

struct Registry {
    KeychainBackendFactory factory = nullptr;
    KeychainBackend *backend = nullptr;
    bool triedModule = false;
    QString moduleError;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void setKeychainBackendFactory(KeychainBackendFactory factory)
{
    registry().factory = factory;
}

KeychainBackend *keychainBackend(QString *error)
{
    Registry &r = registry();
    if (r.backend)
        return r.backend;
    if (r.factory && (r.backend = r.factory()))
        return r.backend;
    if (!r.triedModule) {
        r.triedModule = true;
        // Only these two exact places, never a library search path.
        const QString dir = QCoreApplication::applicationDirPath();
        const QStringList candidates {
            QDir::cleanPath(
                dir + QStringLiteral("/" MAILWRIGHT_KEYCHAIN_RELDIR "/" MAILWRIGHT_KEYCHAIN_FILE)),
            QDir::cleanPath(dir + QStringLiteral("/" MAILWRIGHT_KEYCHAIN_FILE)),
        };
        QStringList tried;
        for (const QString &candidate : candidates) {
            QLibrary module(candidate);
            const auto entry = reinterpret_cast<MailwrightKeychainEntry>(
                module.resolve(MAILWRIGHT_KEYCHAIN_ENTRY));
            if (entry && (r.backend = entry()))
                break; // the module stays loaded for the rest of the process
            tried << module.errorString();
        }
        if (!r.backend)
            r.moduleError = QStringLiteral("Mailwright's keychain module could not be loaded; "
                                           "reinstall Mailwright (%1)")
                                .arg(tried.join(QLatin1String("; ")));
    }
    if (!r.backend && error)
        *error = r.moduleError;
    return r.backend;
}

} // namespace mw
