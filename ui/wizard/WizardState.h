#pragma once

#include "account/CertificatePin.h"
#include "discovery/Discovery.h"
#include "discovery/DiscoveryResult.h"
#include "mime/EmailAddress.h"
#include "net/TlsPolicy.h"
#include "verify/VerifyTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace mw {

// What the wizard uses from outside; the defaults are the real ones. Tests
// shorten the deadlines and point the account file somewhere private.
struct AccountWizardOptions {
    DiscoveryOptions discovery; // .tls is filled from the CA file below
    int verifyDeadlineMs = 30000;
    int testMessageTimeoutMs = 60000;
    int secretTimeoutMs = 20000;
    QString accountsPath; // empty = AccountStore::defaultPath()

    // The same CA configuration as the command line: MAILWRIGHT_CA_FILE,
    // which main() sets from --ca-file for the GUI. The CA is then in every
    // TLS policy the wizard uses (discovery, verification, the test message).
    static AccountWizardOptions defaults();
    TlsPolicy tls() const { return discovery.tls; }
};

// The settings as the user is about to save them, one server.
struct ServerChoice {
    bool enabled = false;
    ServerConfig config; // host, port, security, username, source, trust
    bool editedByUser = false;
};

// Everything the pages share. Owned by AccountWizard; the pages read and
// write it (one page at a time is current).
struct WizardState {
    QString senderName;
    std::optional<EmailAddress> email;
    QString password; // in memory only, never written anywhere but the keychain
    bool rememberPassword = true;

    bool manual = false; // the user chose "Set up manually"
    DiscoveryResult discovery; // empty when manual or nothing was found

    ServerChoice smtp;
    ServerChoice pop3;
    std::optional<ServerConfig> imap; // shown only
    bool allowPlaintext = false; // the user accepted "no encryption"

    // Certificates the user chose to trust, for exactly these endpoints;
    // written through TrustStore when the account is saved.
    QList<CertificatePin> pins;

    VerifyReport report; // of the last successful verification
    QString providerId() const { return discovery.provider.id; }
};

} // namespace mw
