#include "discovery/ConfigXmlParser.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace mw {

namespace {

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no"))
        return false;
    return std::nullopt;
}

std::optional<SecurityMode> parseSocketType(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("SSL") || t == QLatin1String("TLS"))
        return SecurityMode::Ssl;
    if (t == QLatin1String("STARTTLS"))
        return SecurityMode::StartTls;
    if (t == QLatin1String("PLAIN"))
        return SecurityMode::Plain;
    return std::nullopt;
}

// Domains are kept as lower-case A-labels, the form DNS and lookups use.
QString normalizeDomain(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    const QString ace = QString::fromLatin1(QUrl::toAce(trimmed));
    return isPlausibleHostName(ace) ? ace : QString();
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

bool isZh(QStringView lang)
{
    return lang.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

} // namespace

bool ConfigXmlParser::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

// Every token goes through here, so the caps hold wherever the parser is.
bool ConfigXmlParser::next(QXmlStreamReader &xml)
{
    const auto token = xml.readNext();
    switch (token) {
    case QXmlStreamReader::Invalid:
        return fail(QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    case QXmlStreamReader::DTD:
        // No DTD means no entity declarations: nothing to expand, nothing to fetch.
        return fail(QStringLiteral("a DTD is not allowed in a provider file"));
    case QXmlStreamReader::EntityReference:
        return fail(QStringLiteral("entity references are not allowed"));
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_limits.maxDepth)
            return fail(QStringLiteral("elements nest deeper than %1").arg(m_limits.maxDepth));
        if (++m_elements > m_limits.maxElements)
            return fail(QStringLiteral("more than %1 elements").arg(m_limits.maxElements));
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    default:
        return true;
    }
}

// Call on a StartElement; returns after its EndElement.
bool ConfigXmlParser::skipElement(QXmlStreamReader &xml)
{
    const int depth = m_depth;
    while (next(xml)) {
        if (xml.isEndElement() && m_depth < depth)
            return true;
        if (xml.atEnd())
            break;
    }
    return fail(m_error.isEmpty() ? QStringLiteral("unexpected end of document") : m_error);
}

// Text content of a simple element; child elements are an error.
bool ConfigXmlParser::readText(QXmlStreamReader &xml, QString *text)
{
    const QString name = xml.name().toString();
    text->clear();
    while (next(xml)) {
        if (xml.isCharacters()) {
            *text += xml.text();
            if (text->size() > m_limits.maxTextChars)
                return fail(QStringLiteral("<%1> holds more than %2 characters")
                                .arg(name)
                                .arg(m_limits.maxTextChars));
        } else if (xml.isEndElement()) {
            *text = text->trimmed();
            return true;
        } else if (xml.isStartElement()) {
            return fail(QStringLiteral("<%1> must hold text only").arg(name));
        }
    }
    return false;
}

std::optional<ProviderRecord> ConfigXmlParser::parse(const QByteArray &input)
{
    m_error.clear();
    m_warnings.clear();
    m_depth = 0;
    m_elements = 0;
    if (input.size() > m_limits.maxBytes) {
        fail(QStringLiteral("the file is %1 bytes; the limit is %2")
                 .arg(input.size())
                 .arg(m_limits.maxBytes));
        return std::nullopt;
    }
    QXmlStreamReader xml(input);
    xml.setNamespaceProcessing(true);
    std::optional<ProviderRecord> record;
    while (next(xml)) {
        if (xml.atEnd())
            break;
        if (!xml.isStartElement())
            continue;
        if (m_depth == 1) {
            if (xml.name() != QLatin1String("clientConfig")) {
                fail(
                    QStringLiteral("the root element is <%1>, not <clientConfig>").arg(xml.name()));
                return std::nullopt;
            }
            continue;
        }
        if (m_depth == 2 && xml.name() == QLatin1String("emailProvider") && !record) {
            ProviderRecord parsed;
            if (!parseProvider(xml, &parsed))
                return std::nullopt;
            record = parsed;
            continue;
        }
        if (!skipElement(xml))
            return std::nullopt;
    }
    if (!m_error.isEmpty())
        return std::nullopt;
    if (!record) {
        fail(QStringLiteral("no <emailProvider> element"));
        return std::nullopt;
    }
    return record;
}

bool ConfigXmlParser::parseProvider(QXmlStreamReader &xml, ProviderRecord *record)
{
    record->info.id = xml.attributes().value(QLatin1String("id")).toString().trimmed();
    const int depth = m_depth;
    while (next(xml)) {
        if (xml.isEndElement() && m_depth < depth)
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.namespaceUri() == QLatin1String(kProviderXmlNamespace)) {
            if (!parseExtension(xml, record))
                return false;
            continue;
        }
        const auto name = xml.name();
        QString text;
        if (name == QLatin1String("domain")) {
            if (!readText(xml, &text))
                return false;
            const QString domain = normalizeDomain(text);
            if (domain.isEmpty())
                m_warnings
                    << QStringLiteral("ignored the invalid domain \"%1\"").arg(text.left(80));
            else if (record->domains.size() >= m_limits.maxDomains)
                return fail(QStringLiteral("more than %1 domains").arg(m_limits.maxDomains));
            else if (!record->domains.contains(domain))
                record->domains << domain;
        } else if (name == QLatin1String("displayName")) {
            if (!readText(xml, &record->info.name))
                return false;
        } else if (name == QLatin1String("displayShortName")) {
            if (!readText(xml, &record->info.shortName))
                return false;
        } else if (name == QLatin1String("incomingServer")
            || name == QLatin1String("outgoingServer")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString().toLower();
            const bool outgoing = name == QLatin1String("outgoingServer");
            std::optional<Protocol> protocol;
            if (outgoing && type == QLatin1String("smtp"))
                protocol = Protocol::Smtp;
            else if (!outgoing && type == QLatin1String("pop3"))
                protocol = Protocol::Pop3;
            else if (!outgoing && type == QLatin1String("imap"))
                protocol = Protocol::Imap;
            if (!protocol) { // exchange, ews, jmap...: not ours
                if (!skipElement(xml))
                    return false;
                continue;
            }
            if (record->servers.size() >= m_limits.maxServers)
                return fail(QStringLiteral("more than %1 servers").arg(m_limits.maxServers));
            if (!parseServer(xml, *protocol, record))
                return false;
        } else if (name == QLatin1String("enable")) {
            const QString url = xml.attributes().value(QLatin1String("visiturl")).toString();
            if (isHttpUrl(url) && record->info.setupUrl.isEmpty())
                record->info.setupUrl = url.trimmed();
            QString zh, en;
            if (!parseLocalized(xml, QStringLiteral("instruction"), &zh, &en))
                return false;
            if (record->info.instructionsZh.isEmpty())
                record->info.instructionsZh = zh;
            if (record->info.instructionsEn.isEmpty())
                record->info.instructionsEn = en;
        } else if (name == QLatin1String("documentation")) {
            const QString url = xml.attributes().value(QLatin1String("url")).toString();
            if (isHttpUrl(url) && record->info.documentationUrl.isEmpty())
                record->info.documentationUrl = url.trimmed();
            QString zh, en;
            if (!parseLocalized(xml, QStringLiteral("descr"), &zh, &en))
                return false;
        } else if (!skipElement(xml)) {
            return false;
        }
    }
    if (!m_error.isEmpty())
        return false;
    if (record->info.id.isEmpty() && !record->domains.isEmpty())
        record->info.id = record->domains.first();
    if (record->info.name.isEmpty())
        record->info.name = record->info.id;
    if (record->servers.isEmpty())
        return fail(
            QStringLiteral("provider \"%1\" has no usable server").arg(record->info.id.left(80)));
    if (record->domains.isEmpty() && record->mxPatterns.isEmpty())
        m_warnings
            << QStringLiteral("provider \"%1\" lists no domain").arg(record->info.id.left(80));
    return true;
}

bool ConfigXmlParser::parseServer(QXmlStreamReader &xml, Protocol protocol, ProviderRecord *record)
{
    ServerConfig server;
    server.protocol = protocol;
    bool hasHost = false, hasPort = false, hasSecurity = false;
    QStringList problems;
    const int depth = m_depth;
    while (next(xml)) {
        if (xml.isEndElement() && m_depth < depth)
            break;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        QString text;
        if (name == QLatin1String("hostname")) {
            if (!readText(xml, &text))
                return false;
            // Placeholders are resolved later; check what the host will look like.
            QString probe = text;
            probe.replace(QLatin1String("%EMAILDOMAIN%"), QLatin1String("example.com"));
            if (isPlausibleHostName(probe)) {
                server.host = text.toLower().replace(
                    QLatin1String("%emaildomain%"), QLatin1String("%EMAILDOMAIN%"));
                hasHost = true;
            } else {
                problems << QStringLiteral("invalid hostname \"%1\"").arg(text.left(80));
            }
        } else if (name == QLatin1String("port")) {
            if (!readText(xml, &text))
                return false;
            bool ok = false;
            const uint port = text.toUInt(&ok, 10);
            if (ok && port > 0 && port <= 65535) {
                server.port = quint16(port);
                hasPort = true;
            } else {
                problems << QStringLiteral("invalid port \"%1\"").arg(text.left(20));
            }
        } else if (name == QLatin1String("socketType")) {
            if (!readText(xml, &text))
                return false;
            if (const auto mode = parseSocketType(text)) {
                server.security = *mode;
                hasSecurity = true;
            } else {
                problems << QStringLiteral("unknown socketType \"%1\"").arg(text.left(20));
            }
        } else if (name == QLatin1String("username")) {
            if (!readText(xml, &server.usernameTemplate))
                return false;
        } else if (name == QLatin1String("authentication")) {
            if (!readText(xml, &text))
                return false;
            if (!text.isEmpty() && !server.authMethods.contains(text)
                && server.authMethods.size() < 16)
                server.authMethods << text.left(64);
        } else if (!skipElement(xml)) {
            return false;
        }
    }
    if (!m_error.isEmpty())
        return false;
    if (!hasHost)
        problems << QStringLiteral("no hostname");
    if (!hasPort)
        problems << QStringLiteral("no port");
    if (!hasSecurity)
        problems << QStringLiteral("no socketType");
    if (!problems.isEmpty()) {
        m_warnings << QStringLiteral("skipped a %1 server: %2")
                          .arg(protocolName(protocol), problems.join(QLatin1String(", ")));
        return true;
    }
    if (server.usernameTemplate.isEmpty())
        server.usernameTemplate = QStringLiteral("%EMAILADDRESS%");
    record->servers << server;
    return true;
}

bool ConfigXmlParser::parseLocalized(
    QXmlStreamReader &xml, const QString &childName, QString *zh, QString *en)
{
    const int depth = m_depth;
    while (next(xml)) {
        if (xml.isEndElement() && m_depth < depth)
            return true;
        if (!xml.isStartElement())
            continue;
        if (xml.name() != childName) {
            if (!skipElement(xml))
                return false;
            continue;
        }
        const QString lang = xml.attributes().value(QLatin1String("lang")).toString();
        QString text;
        if (!readText(xml, &text))
            return false;
        if (isZh(lang)) {
            if (zh->isEmpty())
                *zh = text;
        } else if (lang.isEmpty() || lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive)) {
            if (en->isEmpty())
                *en = text;
        }
    }
    return false;
}

bool ConfigXmlParser::parseExtension(QXmlStreamReader &xml, ProviderRecord *record)
{
    const auto name = xml.name().toString();
    const QString lang = xml.attributes().value(QLatin1String("lang")).toString();
    QString text;
    if (!readText(xml, &text))
        return false;
    auto flag = [&](bool *target) {
        if (const auto value = parseBool(text))
            *target = *value;
        else
            m_warnings
                << QStringLiteral("<%1> wants true or false, not \"%2\"").arg(name, text.left(20));
    };
    if (name == QLatin1String("authCode")) {
        flag(&record->info.authCode);
    } else if (name == QLatin1String("oauthOnly")) {
        flag(&record->info.oauthOnly);
    } else if (name == QLatin1String("imapId")) {
        flag(&record->info.imapNeedsId);
    } else if (name == QLatin1String("setupUrl")) {
        if (isHttpUrl(text))
            record->info.setupUrl = text;
        else
            m_warnings << QStringLiteral("ignored the setup URL \"%1\"").arg(text.left(80));
    } else if (name == QLatin1String("setup")) {
        (isZh(lang) ? record->info.instructionsZh : record->info.instructionsEn) = text;
    } else if (name == QLatin1String("mxPattern")) {
        const QString pattern = text.toLower();
        QString probe = pattern;
        probe.replace(QLatin1Char('*'), QLatin1Char('x'));
        if (isPlausibleHostName(probe) && record->mxPatterns.size() < 64)
            record->mxPatterns << pattern;
        else
            m_warnings << QStringLiteral("ignored the MX pattern \"%1\"").arg(text.left(80));
    } else if (name == QLatin1String("source")) {
        record->sourceNote = text;
    } else if (name == QLatin1String("lastChecked")) {
        record->lastChecked = text;
    } else if (name == QLatin1String("verified")) {
        record->verification = text;
    }
    return true;
}

} // namespace mw
