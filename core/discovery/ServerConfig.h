#pragma once

#include "net/Endpoint.h"
#include "net/SecurityMode.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mw {

class EmailAddress;

// Where a setting came from. The order of the enumerators is the merge
// priority: a lower value wins (discovery-notes.md, "Our order").
enum class ConfigSource {
    Bundled, // resources/providers/*.xml, compiled in
    UserFile, // $XDG_CONFIG_HOME/mailwright/providers/*.xml
    Autoconfig, // https://autoconfig.<domain>/mail/config-v1.1.xml
    WellKnown, // https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
    Ispdb, // the central database (configurable URL)
    Srv, // RFC 6186 / RFC 8314 SRV records
    Mx, // the domain's MX host mapped to a provider
    Guess, // parallel probes of the usual host names
};

// Trusted settings may be used as they are; the others must be shown to the
// user for confirmation first (RFC 6186 §6, RFC 8314 §5.1).
enum class Trust { Trusted, NeedsConfirmation };

// Stable machine names ("bundled", "well-known", ...) for --json and logs.
QString sourceName(ConfigSource source);
// For people, translated ("the built-in provider list", ...).
QString sourceDescription(ConfigSource source);
QString protocolName(Protocol protocol); // "smtp", "pop3", "imap"

// What we know about the provider behind a configuration. The extras beyond
// config-v1.1 live in our own XML namespace (see ConfigXmlParser.h).
struct ProviderInfo {
    QString id; // config-v1.1 emailProvider id, e.g. "qq.com"
    QString name; // displayName
    QString shortName; // displayShortName
    bool authCode = false; // needs an authorization code / app password
    bool oauthOnly = false; // password logins are refused (e.g. Outlook.com)
    bool imapNeedsId = false; // IMAP wants the RFC 2971 ID command (NetEase)
    QString setupUrl; // where the user turns client access on
    QString documentationUrl;
    QString instructionsZh; // zh_CN setup steps
    QString instructionsEn;

    bool isNull() const { return id.isEmpty() && name.isEmpty(); }
    // The steps in `language` ("zh_CN", "zh", "en"...), falling back to English.
    QString instructions(const QString &language) const;
};

// One server for one protocol, as discovered. Host, port and security are
// final; the username is resolved from its template for the address.
struct ServerConfig {
    Protocol protocol = Protocol::Smtp;
    QString host;
    quint16 port = 0;
    SecurityMode security = SecurityMode::Ssl;
    QString usernameTemplate; // e.g. "%EMAILADDRESS%"
    QString username; // the template resolved for the address
    QStringList authMethods; // config-v1.1 names or SASL mechanisms offered
    ConfigSource source = ConfigSource::Guess;
    Trust trust = Trust::NeedsConfirmation;

    bool isPlaintext() const { return security == SecurityMode::Plain; }
    Endpoint endpoint() const { return Endpoint { host, port, security }; }
    QString toString() const; // "smtp smtp.qq.com:465/ssl (bundled)"

    friend bool operator==(const ServerConfig &a, const ServerConfig &b)
    {
        return a.protocol == b.protocol && a.host == b.host && a.port == b.port
            && a.security == b.security;
    }
};

// Placeholders of config-v1.1: %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%.
// One pass, left to right: text that a replacement brings in is never expanded
// again (a local part may legally contain "%EMAILDOMAIN%"). Unknown
// placeholders stay as they are. For a host name the domain is the A-label form.
enum class PlaceholderContext { Username, Hostname };
QString expandPlaceholders(const QString &text, const EmailAddress &address,
    PlaceholderContext context = PlaceholderContext::Username);

} // namespace mw

Q_DECLARE_METATYPE(mw::ConfigSource)
Q_DECLARE_METATYPE(mw::ServerConfig)
