#include "account/KeychainBackend.h"

#include "common/OwnModule.h"

#include <QCoreApplication>
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
        QStringList tried;
        if (const auto entry = reinterpret_cast<MailwrightKeychainEntry>(resolveOwnModule(
                QCoreApplication::applicationDirPath(), QStringLiteral(MAILWRIGHT_KEYCHAIN_RELDIR),
                QStringLiteral(MAILWRIGHT_KEYCHAIN_FILE), MAILWRIGHT_KEYCHAIN_ENTRY, &tried)))
            r.backend = entry();
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
