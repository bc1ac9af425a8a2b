// For programs that link the keychain backend in (the GUI module, the tests):
// registers it before main() runs, so SecretStore never looks for the module.
#include "keychain/QtKeychainBackend.h"

namespace {
[[maybe_unused]] const bool kRegistered = [] {
    mw::setKeychainBackendFactory(
        []() -> mw::KeychainBackend * { return mw::QtKeychainBackend::instance(); });
    return true;
}();
} // namespace
