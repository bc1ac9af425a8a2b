#include "discovery/ServerConfig.h"

#include "mime/EmailAddress.h"

#include <QCoreApplication>

namespace mw {

QString sourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Bundled:
        return QStringLiteral("bundled");
    case ConfigSource::UserFile:
        return QStringLiteral("user");
    case ConfigSource::Autoconfig:
        return QStringLiteral("autoconfig");
    case ConfigSource::WellKnown:
        return QStringLiteral("well-known");
    case ConfigSource::Ispdb:
        return QStringLiteral("ispdb");
    case ConfigSource::Srv:
        return QStringLiteral("srv");
    case ConfigSource::Mx:
        return QStringLiteral("mx");
    case ConfigSource::Guess:
        return QStringLiteral("guess");
    }
    return QString();
}

QString sourceDescription(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Bundled:
        return QCoreApplication::translate("mw::ServerConfig", "the built-in provider list");
    case ConfigSource::UserFile:
        return QCoreApplication::translate("mw::ServerConfig", "your own provider file");
    case ConfigSource::Autoconfig:
        return QCoreApplication::translate("mw::ServerConfig", "the domain's autoconfig server");
    case ConfigSource::WellKnown:
        return QCoreApplication::translate(
            "mw::ServerConfig", "the domain's web site (.well-known)");
    case ConfigSource::Ispdb:
        return QCoreApplication::translate(
            "mw::ServerConfig", "the central provider database (ISPDB)");
    case ConfigSource::Srv:
        return QCoreApplication::translate("mw::ServerConfig", "DNS service records (SRV)");
    case ConfigSource::Mx:
        return QCoreApplication::translate("mw::ServerConfig", "the domain's mail exchanger (MX)");
    case ConfigSource::Guess:
        return QCoreApplication::translate("mw::ServerConfig", "trying the usual server names");
    }
    return QString();
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        return QStringLiteral("smtp");
    case Protocol::Pop3:
        return QStringLiteral("pop3");
    case Protocol::Imap:
        return QStringLiteral("imap");
    }
    return QString();
}

QString ProviderInfo::instructions(const QString &language) const
{
    if (language.startsWith(QLatin1String("zh")) && !instructionsZh.isEmpty())
        return instructionsZh;
    return instructionsEn.isEmpty() ? instructionsZh : instructionsEn;
}

QString ServerConfig::toString() const
{
    return QStringLiteral("%1 %2 (%3)")
        .arg(protocolName(protocol), endpoint().toString(), sourceName(source));
}

QString expandPlaceholders(
    const QString &text, const EmailAddress &address, PlaceholderContext context)
{
    const QString domain
        = context == PlaceholderContext::Hostname ? address.asciiDomain() : address.domain();
    const QString fullAddress = context == PlaceholderContext::Hostname
        ? address.localPart() + QLatin1Char('@') + address.asciiDomain()
        : address.toString();
    struct Placeholder {
        QLatin1String name;
        const QString *value;
    };
    const Placeholder placeholders[] = {
        { QLatin1String("%EMAILADDRESS%"), &fullAddress },
        { QLatin1String("%EMAILLOCALPART%"), nullptr },
        { QLatin1String("%EMAILDOMAIN%"), &domain },
    };
    const QString localPart = address.localPart();

    QString out;
    out.reserve(text.size() + 32);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype percent = text.indexOf(QLatin1Char('%'), i);
        if (percent < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, percent - i);
        bool replaced = false;
        for (const Placeholder &p : placeholders) {
            if (QStringView(text).mid(percent).startsWith(p.name)) {
                out += p.value ? *p.value : localPart;
                i = percent + p.name.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out += QLatin1Char('%');
            i = percent + 1;
        }
    }
    return out;
}

} // namespace mw
