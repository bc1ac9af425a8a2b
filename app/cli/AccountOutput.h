#pragma once

#include "account/Account.h"
#include "account/CertificatePin.h"
#include "account/SecretStore.h"

#include <QJsonObject>
#include <QList>

namespace mw::cli {

// Whether a password is in the keychain, without the password: the console
// output is built from this, so no secret can reach it.
struct PasswordStatus {
    enum class State { Saved, NotSaved, Unknown };

    SecretSlot slot = SecretSlot::Smtp;
    State state = State::Unknown;
    SecretError error; // for Unknown: why the keychain could not tell

    static PasswordStatus from(const SecretResult &result);
};

// `account list/show/add --json`: one object per account (see README.md).
QJsonObject accountJson(const Account &account, const QList<CertificatePin> &pins);
// accountJson plus "passwords" {smtp, pop3: saved|not-saved|unknown} and,
// when the keychain failed, "keychainError" {code, message, detail}.
QJsonObject accountJson(const Account &account, const QList<CertificatePin> &pins,
    const QList<PasswordStatus> &passwords);
void printJson(const QJsonObject &object);

void printAccountList(const QList<Account> &accounts);
void printAccountDetails(const Account &account, const QList<CertificatePin> &pins,
    const QList<PasswordStatus> &passwords);

} // namespace mw::cli
