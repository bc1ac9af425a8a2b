#pragma once

#include <QString>

namespace mw {

// Why the OS keychain could not do what was asked. There is deliberately no
// "stored somewhere else instead": without a keychain the password is not
// saved and the user is asked for it each time.
struct SecretError {
    enum class Code {
        None,
        NotFound, // no password is stored for this account and server
        NoKeychain, // no keychain service is reachable (no D-Bus session, no Secret Service)
        AccessDenied, // the keychain is locked, or the user refused access
        Timeout, // the keychain did not answer in time (e.g. an unanswered unlock prompt)
        Failed, // the keychain reported another error; see `detail`
    };

    Code code = Code::None;
    QString detail; // the backend's own words, English (never contains the secret)

    bool isError() const { return code != Code::None; }
    QString message() const; // one translated sentence
    QString hint() const; // translated; may be empty

    static SecretError make(Code code, const QString &detail = {});
};

QString codeName(SecretError::Code code); // "no-keychain", "not-found"… (stable; --json)

} // namespace mw
