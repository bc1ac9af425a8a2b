#pragma once

#include "discovery/ProviderRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QXmlStreamReader;

namespace mw {

// Our additions to config-v1.1 live in this namespace, so that Thunderbird and
// other readers of the format skip them:
//   <mw:authCode>true</mw:authCode>      authorization code / app password needed
//   <mw:oauthOnly>true</mw:oauthOnly>    password logins are refused
//   <mw:imapId>true</mw:imapId>          IMAP needs the RFC 2971 ID command
//   <mw:setupUrl>https://…</mw:setupUrl> where client access is turned on
//   <mw:setup lang="zh_CN|en">…</mw:setup>
//   <mw:mxPattern>mxbiz*.qq.com</mw:mxPattern>
//   <mw:source>…</mw:source> <mw:lastChecked>YYYY-MM-DD</mw:lastChecked>
//   <mw:verified>…</mw:verified>         what a second public source said
inline constexpr char kProviderXmlNamespace[] = "urn:x-mailwright:provider:1";

// Limits for files from outside (autoconfig servers, the ISPDB, user files).
struct ConfigXmlLimits {
    qint64 maxBytes = 256 * 1024; // real files are 1–5 KiB
    int maxDepth = 16; // real files nest 4 deep
    int maxElements = 4000;
    int maxTextChars = 16 * 1024; // per element
    int maxServers = 32;
    int maxDomains = 1000;
};

// Reads one Mozilla config-v1.1 document (clientConfig/emailProvider).
//
// Hostile input is expected: the size, depth and element count are capped,
// and any DTD is refused outright, so neither internal nor external entities
// are ever declared or expanded ("billion laughs"). A server with a missing or
// ill-typed field is skipped with a warning; a provider without any usable
// server is an error.
class ConfigXmlParser {
public:
    explicit ConfigXmlParser(const ConfigXmlLimits &limits = {})
        : m_limits(limits)
    {
    }

    std::optional<ProviderRecord> parse(const QByteArray &xml);

    QString errorString() const { return m_error; } // English, for logs
    QStringList warnings() const { return m_warnings; }

private:
    bool next(QXmlStreamReader &xml);
    bool skipElement(QXmlStreamReader &xml);
    bool readText(QXmlStreamReader &xml, QString *text);
    bool parseProvider(QXmlStreamReader &xml, ProviderRecord *record);
    bool parseServer(QXmlStreamReader &xml, Protocol protocol, ProviderRecord *record);
    bool parseLocalized(QXmlStreamReader &xml, const QString &childName, QString *zh, QString *en);
    bool parseExtension(QXmlStreamReader &xml, ProviderRecord *record);
    bool fail(const QString &message);

    ConfigXmlLimits m_limits;
    QString m_error;
    QStringList m_warnings;
    int m_depth = 0;
    int m_elements = 0;
};

} // namespace mw
