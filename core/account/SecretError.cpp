#include "account/SecretError.h"

#include <QCoreApplication>

namespace mw {

SecretError SecretError::make(Code code, const QString &detail)
{
    SecretError error;
    error.code = code;
    error.detail = detail;
    return error;
}

QString SecretError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::NotFound:
        return QCoreApplication::translate(
            "mw::SecretError", "no password is saved in the keychain for this account");
    case Code::NoKeychain:
        return QCoreApplication::translate("mw::SecretError",
            "no keychain service is running; the password will not be "
            "saved, you will be asked each time");
    case Code::AccessDenied:
        return QCoreApplication::translate(
            "mw::SecretError", "the keychain refused access (it may be locked): %1")
            .arg(detail);
    case Code::Timeout:
        return QCoreApplication::translate("mw::SecretError",
            "the keychain did not answer in time; the password was "
            "neither read nor saved");
    case Code::Failed:
        return QCoreApplication::translate("mw::SecretError", "the keychain reported an error: %1")
            .arg(detail);
    }
    return {};
}

QString SecretError::hint() const
{
    switch (code) {
    case Code::NoKeychain:
        return QCoreApplication::translate("mw::SecretError",
            "To have it remembered, run Mailwright in a desktop "
            "session with a keyring such as GNOME Keyring or KWallet.");
    case Code::AccessDenied:
    case Code::Timeout:
        return QCoreApplication::translate(
            "mw::SecretError", "Unlock the keyring, then try again.");
    default:
        return {};
    }
}

QString codeName(SecretError::Code code)
{
    using Code = SecretError::Code;
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::NoKeychain:
        return QStringLiteral("no-keychain");
    case Code::AccessDenied:
        return QStringLiteral("access-denied");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

} // namespace mw
