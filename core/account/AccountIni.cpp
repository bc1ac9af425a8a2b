#include "account/AccountIni.h"

#include "net/TlsPolicy.h"

#include <QSettings>

namespace mw::accountini {

namespace {

const QString kAccountPrefix = QStringLiteral("account.");

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Empty text is a null date; anything else must parse.
bool parseDate(const QString &text, QDateTime *out)
{
    if (text.isEmpty()) {
        *out = QDateTime();
        return true;
    }
    *out = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    return out->isValid();
}

QString text(const QSettings &settings, const QString &key)
{
    return settings.value(key).toString();
}

bool readServer(const QSettings &settings, const QString &group, Protocol protocol,
    std::optional<ServerSettings> *out, QString *problem)
{
    const QString server = text(settings, group + QLatin1String("/server"));
    if (server.isEmpty()) {
        out->reset();
        return true;
    }
    QString error;
    const auto endpoint = parseEndpoint(server, protocol, &error);
    if (!endpoint) {
        *problem = QStringLiteral("%1/server: %2").arg(group, error);
        return false;
    }
    *out = ServerSettings { *endpoint, text(settings, group + QLatin1String("/username")) };
    return true;
}

void writeServer(
    QSettings &settings, const QString &group, const std::optional<ServerSettings> &server)
{
    if (!server)
        return;
    settings.setValue(group + QLatin1String("/server"), server->endpoint.toString());
    settings.setValue(group + QLatin1String("/username"), server->username);
}

bool readBool(const QSettings &settings, const QString &key, bool *out, QString *problem)
{
    const QString value = text(settings, key);
    if (value.isEmpty() || value == QLatin1String("false")) {
        *out = false;
        return true;
    }
    if (value == QLatin1String("true")) {
        *out = true;
        return true;
    }
    *problem = QStringLiteral("%1: expected true or false").arg(key);
    return false;
}

// Missing or empty is 0 (files written before the key existed).
bool readSize(const QSettings &settings, const QString &key, qint64 *out, QString *problem)
{
    const QString value = text(settings, key);
    if (value.isEmpty()) {
        *out = 0;
        return true;
    }
    bool ok = false;
    *out = value.toLongLong(&ok);
    if (ok && *out >= 0)
        return true;
    *out = 0;
    *problem = QStringLiteral("%1: expected a size in bytes").arg(key);
    return false;
}

std::optional<QList<CertificatePin>> readPins(
    QSettings &settings, const QString &group, QString *problem)
{
    QList<CertificatePin> pins;
    const int count = settings.beginReadArray(group + QLatin1String("/pins"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        CertificatePin pin;
        pin.sha256 = parseSha256Fingerprint(text(settings, QStringLiteral("sha256")));
        pin.subject = text(settings, QStringLiteral("subject"));
        pin.host = normalizedPinHost(text(settings, QStringLiteral("host")));
        bool portOk = false;
        const uint port = text(settings, QStringLiteral("port")).toUInt(&portOk);
        pin.port = portOk && port <= 65535 ? quint16(port) : 0;
        pin.reason = text(settings, QStringLiteral("reason"));
        if (!pin.isValid()
            || !parseDate(text(settings, QStringLiteral("pinnedAt")), &pin.pinnedAt)) {
            settings.endArray();
            *problem = QStringLiteral("%1/pins/%2: needs sha256, host, port and a valid pinnedAt")
                           .arg(group)
                           .arg(i + 1);
            return std::nullopt;
        }
        pins << pin;
    }
    settings.endArray();
    return pins;
}

void writePins(QSettings &settings, const QString &group, const QList<CertificatePin> &pins)
{
    if (pins.isEmpty())
        return;
    settings.beginWriteArray(group + QLatin1String("/pins"), int(pins.size()));
    for (int i = 0; i < pins.size(); ++i) {
        const CertificatePin &pin = pins.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("sha256"), pin.sha256Hex());
        settings.setValue(QStringLiteral("subject"), pin.subject);
        settings.setValue(QStringLiteral("host"), pin.host);
        settings.setValue(QStringLiteral("port"), QString::number(pin.port));
        settings.setValue(QStringLiteral("pinnedAt"), dateText(pin.pinnedAt));
        settings.setValue(QStringLiteral("reason"), pin.reason);
    }
    settings.endArray();
}

std::optional<Account> readAccount(
    const QSettings &settings, const QString &group, QString *problem)
{
    auto fail = [&](const QString &what) -> std::optional<Account> {
        *problem = QStringLiteral("[%1] %2").arg(group, what);
        return std::nullopt;
    };
    const QString id = group.mid(kAccountPrefix.size());
    if (!isValidAccountId(id))
        return fail(QStringLiteral("not a valid account id"));
    QString error;
    const auto email = EmailAddress::parse(text(settings, group + QLatin1String("/email")), &error);
    if (!email)
        return fail(QStringLiteral("email: %1").arg(error));

    Account account(*email);
    account.id = id;
    account.displayName = text(settings, group + QLatin1String("/displayName"));
    account.identity.senderName = text(settings, group + QLatin1String("/identity/senderName"));
    account.identity.replyTo = text(settings, group + QLatin1String("/identity/replyTo"));
    account.identity.signature = text(settings, group + QLatin1String("/identity/signature"));
    account.discoverySource = text(settings, group + QLatin1String("/discoverySource"));
    account.authMechanisms = text(settings, group + QLatin1String("/auth/mechanisms"))
                                 .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString detail;
    if (!readServer(
            settings, group + QLatin1String("/smtp"), Protocol::Smtp, &account.smtp, &detail)
        || !readServer(
            settings, group + QLatin1String("/pop3"), Protocol::Pop3, &account.pop3, &detail)
        || !readServer(
            settings, group + QLatin1String("/imap"), Protocol::Imap, &account.imap, &detail)
        || !readBool(settings, group + QLatin1String("/auth/allowPlaintext"),
            &account.allowPlaintext, &detail)
        || !readSize(
            settings, group + QLatin1String("/smtp/maxSize"), &account.smtpMaxSize, &detail))
        return fail(detail);
    if (!parseDate(text(settings, group + QLatin1String("/created")), &account.created))
        return fail(QStringLiteral("created: not an ISO 8601 date"));
    if (!parseDate(text(settings, group + QLatin1String("/verified")), &account.verified))
        return fail(QStringLiteral("verified: not an ISO 8601 date"));
    return account;
}

void writeAccount(QSettings &settings, const Account &account)
{
    settings.beginGroup(kAccountPrefix + account.id);
    settings.setValue(QStringLiteral("email"), account.email.toString());
    settings.setValue(QStringLiteral("displayName"), account.displayName);
    settings.setValue(QStringLiteral("identity/senderName"), account.identity.senderName);
    settings.setValue(QStringLiteral("identity/replyTo"), account.identity.replyTo);
    settings.setValue(QStringLiteral("identity/signature"), account.identity.signature);
    writeServer(settings, QStringLiteral("smtp"), account.smtp);
    if (account.smtp && account.smtpMaxSize > 0)
        settings.setValue(QStringLiteral("smtp/maxSize"), QString::number(account.smtpMaxSize));
    writeServer(settings, QStringLiteral("pop3"), account.pop3);
    writeServer(settings, QStringLiteral("imap"), account.imap);
    settings.setValue(
        QStringLiteral("auth/mechanisms"), account.authMechanisms.join(QLatin1Char(' ')));
    settings.setValue(QStringLiteral("auth/allowPlaintext"),
        account.allowPlaintext ? QStringLiteral("true") : QStringLiteral("false"));
    settings.setValue(QStringLiteral("discoverySource"), account.discoverySource);
    settings.setValue(QStringLiteral("created"), dateText(account.created));
    settings.setValue(QStringLiteral("verified"), dateText(account.verified));
    settings.endGroup();
}

} // namespace

int schemaVersion(const QSettings &settings)
{
    const QVariant value = settings.value(QStringLiteral("schemaVersion"));
    if (!value.isValid())
        return settings.allKeys().isEmpty() ? 0 : -1;
    bool ok = false;
    const int version = value.toString().toInt(&ok);
    return ok && version > 0 ? version : -1;
}

std::optional<AccountData> read(QSettings &settings, QString *problem)
{
    AccountData data;
    for (const QString &group : settings.childGroups()) {
        // Unknown sections are ignored: same-version additions that older
        // builds may drop (anything that must survive bumps kSchemaVersion).
        if (!group.startsWith(kAccountPrefix))
            continue;
        auto account = readAccount(settings, group, problem);
        if (!account)
            return std::nullopt;
        auto pins = readPins(settings, group, problem);
        if (!pins)
            return std::nullopt;
        if (!pins->isEmpty())
            data.pins.insert(account->id, *pins);
        data.accounts << *account;
    }
    return data;
}

void write(QSettings &settings, const AccountData &data)
{
    settings.setValue(QStringLiteral("schemaVersion"), QString::number(kSchemaVersion));
    for (const Account &account : data.accounts) {
        writeAccount(settings, account);
        writePins(settings, kAccountPrefix + account.id, data.pins.value(account.id));
    }
}

} // namespace mw::accountini
