#include "cli/AccountOutput.h"

#include "cli/CliCommon.h"
#include "cli/CliText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mw::cli {

namespace {

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString slotName(SecretSlot slot)
{
    return slot == SecretSlot::Smtp ? QStringLiteral("smtp") : QStringLiteral("pop3");
}

QJsonObject toJson(const CertificatePin &pin)
{
    QJsonObject o;
    o.insert(QStringLiteral("sha256"), pin.sha256Hex());
    o.insert(QStringLiteral("subject"), pin.subject);
    o.insert(QStringLiteral("host"), pin.host);
    o.insert(QStringLiteral("port"), int(pin.port));
    o.insert(QStringLiteral("pinnedAt"), dateText(pin.pinnedAt));
    o.insert(QStringLiteral("reason"), pin.reason);
    return o;
}

QJsonValue toJson(const std::optional<ServerSettings> &server)
{
    if (!server)
        return QJsonValue::Null;
    QJsonObject o;
    o.insert(QStringLiteral("host"), server->endpoint.host);
    o.insert(QStringLiteral("port"), int(server->endpoint.port));
    o.insert(QStringLiteral("security"), toString(server->endpoint.security));
    o.insert(QStringLiteral("username"), server->username);
    return o;
}

QJsonObject toJson(const SecretError &error)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), codeName(error.code));
    o.insert(QStringLiteral("message"), error.message());
    o.insert(QStringLiteral("detail"), error.detail);
    return o;
}

QString serverText(const std::optional<ServerSettings> &server)
{
    if (!server)
        return CliText::tr("(none)");
    if (server->username.isEmpty())
        return server->endpoint.toString();
    return CliText::tr("%1, user %2").arg(server->endpoint.toString(), server->username);
}

QString passwordText(const QList<PasswordStatus> &passwords, SecretSlot slot)
{
    for (const PasswordStatus &status : passwords) {
        if (status.slot != slot)
            continue;
        switch (status.state) {
        case PasswordStatus::State::Saved:
            return CliText::tr("saved in the keychain");
        case PasswordStatus::State::NotSaved:
            return CliText::tr("not saved (asked each time)");
        case PasswordStatus::State::Unknown:
            return CliText::tr("unknown: %1").arg(status.error.message());
        }
    }
    return QString();
}

void line(const QString &label, const QString &value)
{
    out() << label.leftJustified(18) << value << '\n';
}

} // namespace

PasswordStatus PasswordStatus::from(const SecretResult &result)
{
    PasswordStatus status;
    status.slot = result.slot;
    if (result.ok()) {
        status.state = State::Saved;
    } else if (result.error.code == SecretError::Code::NotFound) {
        status.state = State::NotSaved;
    } else {
        status.state = State::Unknown;
        status.error = result.error;
    }
    return status;
}

QJsonObject accountJson(const Account &account, const QList<CertificatePin> &pins)
{
    QJsonObject identity;
    identity.insert(QStringLiteral("senderName"), account.identity.senderName);
    identity.insert(QStringLiteral("replyTo"), account.identity.replyTo);
    identity.insert(QStringLiteral("signature"), account.identity.signature);
    QJsonArray pinArray;
    for (const CertificatePin &pin : pins)
        pinArray.append(toJson(pin));
    QJsonObject o;
    o.insert(QStringLiteral("id"), account.id);
    o.insert(QStringLiteral("name"), account.name());
    o.insert(QStringLiteral("email"), account.email.toString());
    o.insert(QStringLiteral("identity"), identity);
    o.insert(QStringLiteral("smtp"), toJson(account.smtp));
    o.insert(QStringLiteral("pop3"), toJson(account.pop3));
    o.insert(QStringLiteral("imap"), toJson(account.imap));
    o.insert(QStringLiteral("auth"), QJsonArray::fromStringList(account.authMechanisms));
    o.insert(QStringLiteral("allowPlaintext"), account.allowPlaintext);
    o.insert(QStringLiteral("source"), account.discoverySource);
    o.insert(QStringLiteral("created"), dateText(account.created));
    o.insert(QStringLiteral("verified"), dateText(account.verified));
    o.insert(QStringLiteral("pins"), pinArray);
    return o;
}

QJsonObject accountJson(const Account &account, const QList<CertificatePin> &pins,
    const QList<PasswordStatus> &passwords)
{
    QJsonObject o = accountJson(account, pins);
    QJsonObject states;
    for (const PasswordStatus &status : passwords) {
        switch (status.state) {
        case PasswordStatus::State::Saved:
            states.insert(slotName(status.slot), QStringLiteral("saved"));
            break;
        case PasswordStatus::State::NotSaved:
            states.insert(slotName(status.slot), QStringLiteral("not-saved"));
            break;
        case PasswordStatus::State::Unknown:
            states.insert(slotName(status.slot), QStringLiteral("unknown"));
            o.insert(QStringLiteral("keychainError"), toJson(status.error));
            break;
        }
    }
    o.insert(QStringLiteral("passwords"), states);
    return o;
}

void printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

void printAccountList(const QList<Account> &accounts)
{
    if (accounts.isEmpty()) {
        out() << CliText::tr(
            "no accounts; add one with: mailwright account add --email ADDR --smtp HOST:PORT/SEC")
              << Qt::endl;
        return;
    }
    for (const Account &account : accounts) {
        out() << account.name() << "  <" << account.email.toString() << ">  " << account.id << '\n'
              << "    smtp "
              << (account.smtp ? account.smtp->endpoint.toString() : CliText::tr("(none)"))
              << "    pop3 "
              << (account.pop3 ? account.pop3->endpoint.toString() : CliText::tr("(none)")) << '\n';
    }
    out() << Qt::flush;
}

void printAccountDetails(const Account &account, const QList<CertificatePin> &pins,
    const QList<PasswordStatus> &passwords)
{
    line(CliText::tr("Account:"), account.name());
    line(CliText::tr("Id:"), account.id);
    line(CliText::tr("Address:"), account.email.toString());
    if (!account.identity.senderName.isEmpty())
        line(CliText::tr("Sender name:"), account.identity.senderName);
    if (!account.identity.replyTo.isEmpty())
        line(CliText::tr("Reply-To:"), account.identity.replyTo);
    line(CliText::tr("SMTP:"), serverText(account.smtp));
    if (account.smtp)
        line(CliText::tr("SMTP password:"), passwordText(passwords, SecretSlot::Smtp));
    line(CliText::tr("POP3:"), serverText(account.pop3));
    if (account.pop3)
        line(CliText::tr("POP3 password:"), passwordText(passwords, SecretSlot::Pop3));
    if (account.imap)
        line(CliText::tr("IMAP:"), serverText(account.imap));
    line(CliText::tr("Authentication:"),
        account.authMechanisms.isEmpty() ? CliText::tr("the strongest the server offers")
                                         : account.authMechanisms.join(QLatin1Char(' ')));
    line(CliText::tr("Unencrypted:"),
        account.allowPlaintext ? CliText::tr("allowed") : CliText::tr("refused"));
    line(CliText::tr("Found by:"), account.discoverySource);
    line(CliText::tr("Created:"), dateText(account.created));
    line(CliText::tr("Verified:"),
        account.verified.isValid() ? dateText(account.verified) : CliText::tr("never"));
    for (const CertificatePin &pin : pins) {
        line(CliText::tr("Pinned:"),
            CliText::tr("%1 for %2:%3 since %4")
                .arg(pin.sha256Hex(), pin.host)
                .arg(pin.port)
                .arg(dateText(pin.pinnedAt)));
        if (!pin.reason.isEmpty())
            line(QString(), CliText::tr("reason: %1").arg(pin.reason));
    }
    out() << Qt::flush;
}

} // namespace mw::cli
