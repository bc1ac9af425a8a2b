#pragma once

#include "mime/EmailAddress.h"
#include "net/Endpoint.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace mw {

// How the account presents itself in the messages it sends.
struct Identity {
    QString senderName; // the display name in From:
    QString replyTo; // an address, or empty
    QString signature; // plain text, appended by the composer
};

// One server of an account: where it is and who logs in. The password is not
// here: it lives only in the OS keychain (SecretStore).
struct ServerSettings {
    Endpoint endpoint;
    QString username;
};

// A configured mail account, as a value. Secrets and certificate pins are
// kept elsewhere (SecretStore, TrustStore); both are keyed by `id`.
struct Account {
    explicit Account(EmailAddress email);

    // Stable for the account's life: it names the keychain entries
    // ("smtp:<id>") and the INI section, so it never follows later edits of
    // the address or the display name. AccountStore assigns it on add().
    QString id;
    QString displayName;
    EmailAddress email;
    Identity identity;
    std::optional<ServerSettings> smtp;
    std::optional<ServerSettings> pop3;
    std::optional<ServerSettings> imap; // shown only; Mailwright does not speak IMAP
    QStringList authMechanisms; // preferred SASL mechanisms; empty = strongest offered
    bool allowPlaintext = false; // the user accepted "plain" security for a password
    // The SMTP server's SIZE (RFC 1870) seen at the last successful
    // verification; 0 = unknown or no limit announced.
    qint64 smtpMaxSize = 0;
    QString discoverySource; // "manual", or a discovery source name ("autoconfig"...)
    QDateTime created; // UTC
    QDateTime verified; // UTC; null until a verification succeeded

    // What people call it: the display name, else the address.
    QString name() const;
    // The servers that exist, in the order SMTP, POP3, IMAP.
    QList<Endpoint> endpoints() const;
};

// A readable, file- and keychain-safe id derived from an address:
// "Alice.B@Example.TEST" → "alice.b-at-example.test". Characters outside
// [a-z0-9._-] become '-'; AccountStore appends "-2", "-3"… on a clash.
QString accountIdFor(const EmailAddress &email);

// True for ids this build can store: non-empty, at most 128 characters of
// [a-z0-9._-], not starting with '.' or '-'.
bool isValidAccountId(QStringView id);

} // namespace mw
