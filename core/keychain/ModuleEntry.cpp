// The mailwright-keychain module: QtKeychainBackend behind a C entry point,
// loaded by core's keychainBackend() (account/KeychainBackend.h).
#include "keychain/QtKeychainBackend.h"

extern "C" Q_DECL_EXPORT mw::KeychainBackend *mailwright_keychain_backend()
{
    static_assert(std::is_same_v<decltype(&mailwright_keychain_backend), MailwrightKeychainEntry>);
    return mw::QtKeychainBackend::instance();
}
