#include "cli/DetectCommand.h"

#include "AppSetup.h"
#include "cli/CliArgs.h"
#include "cli/CliCommon.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"
#include "discovery/Discovery.h"
#include "mime/EmailAddress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mw::cli {

namespace {

using Arity = CliArgs::Arity;

QString usageText()
{
    return CliText::tr(
        "Usage: mailwright detect EMAIL [--json] [--offline] [--timeout-ms N] [--ispdb-url URL]\n"
        "                         [--allow-http]\n"
        "Finds the SMTP, POP3 and IMAP settings for EMAIL: the built-in provider list first, then "
        "the\n"
        "domain's autoconfig files, the ISPDB, DNS SRV and MX records, and finally probing the "
        "usual names.\n"
        "  --offline        the built-in and your own provider files only; no network\n"
        "  --timeout-ms N   overall deadline (default 8000)\n"
        "  --ispdb-url URL  ISPDB base URL (\"<URL><domain>\" is fetched); an empty value disables "
        "it\n"
        "  --allow-http     also try autoconfig over plain http (results then need "
        "confirmation)\n");
}

int usageError(const QString &message)
{
    err() << "mailwright detect: " << message << "\n\n" << usageText() << Qt::flush;
    return ExitCode::Usage;
}

QJsonValue toJson(const std::optional<ServerConfig> &server)
{
    if (!server)
        return QJsonValue::Null;
    QJsonObject o;
    o.insert(QStringLiteral("host"), server->host);
    o.insert(QStringLiteral("port"), int(server->port));
    o.insert(QStringLiteral("security"), toString(server->security));
    o.insert(QStringLiteral("username"), server->username);
    o.insert(QStringLiteral("auth"), QJsonArray::fromStringList(server->authMethods));
    o.insert(QStringLiteral("source"), sourceName(server->source));
    o.insert(QStringLiteral("trusted"), server->trust == Trust::Trusted);
    return o;
}

void printJson(const DiscoveryResult &result)
{
    QJsonObject root;
    root.insert(QStringLiteral("email"), result.email);
    root.insert(QStringLiteral("source"),
        result.isEmpty() ? QJsonValue::Null : QJsonValue(sourceName(result.source)));
    root.insert(QStringLiteral("trusted"), !result.isEmpty() && result.trust == Trust::Trusted);
    if (result.provider.isNull()) {
        root.insert(QStringLiteral("provider"), QJsonValue::Null);
    } else {
        QJsonObject provider;
        provider.insert(QStringLiteral("id"), result.provider.id);
        provider.insert(QStringLiteral("name"), result.provider.name);
        provider.insert(QStringLiteral("authCode"), result.provider.authCode);
        provider.insert(QStringLiteral("oauthOnly"), result.provider.oauthOnly);
        provider.insert(QStringLiteral("setupUrl"), result.provider.setupUrl);
        root.insert(QStringLiteral("provider"), provider);
    }
    root.insert(QStringLiteral("smtp"), toJson(result.smtp));
    root.insert(QStringLiteral("pop3"), toJson(result.pop3));
    root.insert(QStringLiteral("imap"), toJson(result.imap));
    root.insert(QStringLiteral("plaintextOnly"), result.plaintextOnly);
    root.insert(QStringLiteral("timedOut"), result.timedOut);
    root.insert(QStringLiteral("elapsedMs"), result.elapsedMs);
    out() << QJsonDocument(root).toJson(QJsonDocument::Compact) << Qt::endl;
}

void printHuman(const DiscoveryResult &result, const QString &lang)
{
    if (result.isEmpty()) {
        err() << (result.status == DiscoveryResult::Status::DnsFailure
                ? CliText::tr(
                    "%1: the domain could not be found in DNS (check the address or the network)")
                : CliText::tr("%1: no mail server settings found; enter them by hand"))
                     .arg(result.email)
              << Qt::endl;
        return;
    }
    const QString who = result.provider.isNull() ? result.email : result.provider.name;
    out() << CliText::tr("%1: from %2").arg(who, sourceDescription(result.source)) << Qt::endl;
    const struct {
        const char *label;
        const std::optional<ServerConfig> &server;
    } rows[] = { { "SMTP", result.smtp }, { "POP3", result.pop3 }, { "IMAP", result.imap } };
    for (const auto &row : rows) {
        if (!row.server)
            continue;
        out() << "  " << row.label << "  " << row.server->endpoint().toString() << "  "
              << CliText::tr("user %1").arg(row.server->username) << Qt::endl;
    }
    if (result.trust != Trust::Trusted)
        out() << CliText::tr(
            "Please confirm these settings: they were not published by the domain itself.")
              << Qt::endl;
    if (result.plaintextOnly)
        out() << CliText::tr(
            "Warning: no encryption is available; passwords would be sent readable.")
              << Qt::endl;
    if (result.provider.oauthOnly)
        out() << CliText::tr("This provider accepts OAuth2 sign-in only, not passwords.")
              << Qt::endl;
    else if (result.provider.authCode)
        out() << CliText::tr(
            "This provider needs an authorization code or app password, not your login password.")
              << Qt::endl;
    const QString steps = result.provider.instructions(lang.isEmpty() ? QLocale().name() : lang);
    if (!steps.isEmpty())
        out() << "  " << steps << Qt::endl;
    if (!result.provider.setupUrl.isEmpty())
        out() << "  " << result.provider.setupUrl << Qt::endl;
    out() << CliText::tr("(%1 ms)").arg(result.elapsedMs) << Qt::endl;
}

} // namespace

int runDetect(const QStringList &arguments, const GlobalOptions &global)
{
    CliArgs args;
    for (const char *flag : { "json", "offline", "allow-http", "help" })
        args.add(QLatin1String(flag), Arity::Flag);
    for (const char *one : { "timeout-ms", "ispdb-url" })
        args.add(QLatin1String(one), Arity::One);
    if (!args.parse(arguments.mid(1)))
        return usageError(args.errorString());
    if (args.isSet(QStringLiteral("help"))) {
        out() << usageText() << Qt::flush;
        return ExitCode::Success;
    }
    if (args.positional().size() != 1)
        return usageError(args.positional().isEmpty()
                ? CliText::tr("EMAIL is required")
                : CliText::tr("unexpected argument '%1'").arg(args.positional().at(1)));
    QString error;
    const auto address = EmailAddress::parse(args.positional().first(), &error);
    if (!address) {
        err() << "mailwright detect: " << error << Qt::endl;
        return ExitCode::DataError;
    }

    DiscoveryOptions options;
    options.offline = args.isSet(QStringLiteral("offline"));
    options.allowHttp = args.isSet(QStringLiteral("allow-http"));
    if (args.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        const int ms = args.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || ms <= 0)
            return usageError(CliText::tr("--timeout-ms needs a positive number"));
        options.deadlineMs = ms;
    }
    if (args.isSet(QStringLiteral("ispdb-url"))) {
        const QString text = args.value(QStringLiteral("ispdb-url"));
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty() && (!url.isValid() || url.scheme() != QLatin1String("https")))
            return usageError(
                CliText::tr("--ispdb-url needs an https URL (or an empty value to disable it)"));
        options.ispdbBaseUrl = text.isEmpty() ? QUrl() : url;
        // "<base><domain>": the base must end in '/' to resolve below it.
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('/')))
            options.ispdbBaseUrl = QUrl(text + QLatin1Char('/'));
    }
    if (!applyCaFile(global, &options.tls, &error)) {
        err() << "mailwright detect: " << error << Qt::endl;
        return ExitCode::DataError;
    }

    DiscoveryResult result;
    Discovery discovery;
    QObject::connect(&discovery, &Discovery::finished, &discovery, [&](const DiscoveryResult &r) {
        result = r;
        QCoreApplication::exit(0);
    });
    discovery.start(*address, options);
    QCoreApplication::exec();

    if (args.isSet(QStringLiteral("json")))
        printJson(result);
    else
        printHuman(result, global.lang);
    switch (result.status) {
    case DiscoveryResult::Status::Found:
        return ExitCode::Success;
    case DiscoveryResult::Status::DnsFailure:
        return ExitCode::DnsFailure;
    case DiscoveryResult::Status::NothingFound:
    case DiscoveryResult::Status::Cancelled:
        break;
    }
    return ExitCode::Unreachable;
}

} // namespace mw::cli
