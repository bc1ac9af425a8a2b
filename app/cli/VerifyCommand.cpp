#include "cli/VerifyCommand.h"

#include "AppSetup.h"
#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "cli/CliArgs.h"
#include "cli/CliCommon.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"
#include "mime/EmailAddress.h"
#include "outbox/AccountTarget.h"
#include "verify/RecipientProbe.h"
#include "verify/Verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <tuple>
#include <vector>

namespace mw::cli {

namespace {

using Arity = CliArgs::Arity;

QString usageText()
{
    return CliText::tr(
        "Usage: mailwright verify (EMAIL | --account NAME) [--smtp HOST:PORT/SEC] "
        "[--pop3 HOST:PORT/SEC]\n"
        "                         [--user USER] [--password-stdin] [--auth MECHANISM]\n"
        "                         [--allow-plaintext] [--timeout-ms N] [--recipient ADDR] "
        "[--json]\n"
        "Logs in to the SMTP and POP3 servers (at the same time) to prove the settings; no mail is "
        "sent.\n"
        "SEC is ssl, starttls or plain. The password comes from --password-stdin or "
        "MAILWRIGHT_PASSWORD;\n"
        "without one, only the connection and encryption are checked. USER defaults to EMAIL.\n"
        "--account NAME (name, address or id) takes the servers, user names, certificate pins and\n"
        "passwords (from the keychain) of a saved account; --smtp, --pop3, --user and\n"
        "--password-stdin override them.\n"
        "--recipient asks the SMTP server whether it would accept mail for ADDR (VRFY, else RCPT "
        "TO).\n");
}

int usageError(const QString &message)
{
    err() << "mailwright verify: " << message << "\n\n" << usageText() << Qt::flush;
    return ExitCode::Usage;
}

QString protocolLabel(Protocol protocol)
{
    return protocol == Protocol::Pop3 ? QStringLiteral("POP3") : QStringLiteral("SMTP");
}

void printServer(const ServerReport &report)
{
    if (!report.attempted)
        return;
    out() << protocolLabel(report.protocol) << "  " << report.endpoint.toString() << '\n';
    for (const VerifyStep &step : report.steps) {
        QString line = QStringLiteral("  %1 %2 %3")
                           .arg(step.ok ? QStringLiteral("✓") : QStringLiteral("✗"),
                               verifyStepName(step.name).leftJustified(12),
                               CliText::tr("%1 ms", "milliseconds").arg(step.ms, 6));
        if (step.ok && step.name == VerifyStep::Name::Auth && !report.mechanism.isEmpty())
            line += QStringLiteral("  ")
                + CliText::tr("%1 as %2", "login mechanism as user name")
                      .arg(report.mechanism, report.usernameUsed);
        if (step.ok && step.name == VerifyStep::Name::Tls && !report.tls.isEmpty())
            line += QStringLiteral("  ") + report.tls;
        if (!step.ok) {
            QStringList words;
            if (step.code)
                words << QString::number(step.code);
            if (!step.enhanced.isEmpty())
                words << step.enhanced;
            if (!step.responseCode.isEmpty())
                words << QLatin1Char('[') + step.responseCode + QLatin1Char(']');
            if (!step.text.isEmpty())
                words << step.text;
            else if (!step.detail.isEmpty())
                words << step.detail;
            line += QStringLiteral("  ") + words.join(QLatin1Char(' '));
        }
        out() << line << '\n';
        if (!step.ok && !step.hint.isEmpty())
            out() << "      " << step.hint << '\n';
    }
    if (!report.message.isEmpty())
        out() << "  " << report.message << '\n';
    if (!report.certificate.isNull())
        out() << "  "
              << CliText::tr("certificate: %1, issued by %2, SHA-256 %3")
                     .arg(report.certificate.subject, report.certificate.issuer,
                         report.certificate.sha256Hex())
              << '\n';
}

QJsonObject toJson(const RecipientCheck &check, const EmailAddress &address)
{
    QJsonObject o;
    o.insert(QStringLiteral("address"), address.toString());
    o.insert(QStringLiteral("verdict"), verdictName(check.verdict));
    o.insert(QStringLiteral("method"), methodName(check.method));
    const SmtpReply &reply
        = check.method == RecipientCheck::Method::Vrfy ? check.vrfyReply : check.rcptReply;
    o.insert(QStringLiteral("code"), reply.code);
    o.insert(QStringLiteral("enhanced"),
        reply.enhanced.isValid() ? reply.enhanced.toString() : QString());
    o.insert(QStringLiteral("text"), reply.text());
    if (check.vrfyReply.isValid())
        o.insert(QStringLiteral("vrfy"), cli::toJson(check.vrfyReply));
    o.insert(QStringLiteral("explanation"), check.explanation);
    if (check.error.isError())
        o.insert(QStringLiteral("error"), cli::toJson(check.error));
    return o;
}

int recipientExitCode(const RecipientCheck &check)
{
    switch (check.verdict) {
    case RecipientCheck::Verdict::Known:
    case RecipientCheck::Verdict::CannotVerify:
        return ExitCode::Success;
    case RecipientCheck::Verdict::Temporary:
        return ExitCode::TemporaryFailure;
    case RecipientCheck::Verdict::Failed:
        return exitCodeFor(check.error);
    default:
        return ExitCode::PermanentRejection;
    }
}

// The first failing server decides (SMTP, then POP3), then the recipient.
int verifyExitCode(const VerifyReport &report, const std::optional<RecipientCheck> &recipient)
{
    for (const ServerReport *server : { &report.smtp, &report.pop3 }) {
        if (server->attempted && !server->ok)
            return exitCodeFor(server->failure);
    }
    return recipient ? recipientExitCode(*recipient) : int(ExitCode::Success);
}

} // namespace

int runVerify(const QStringList &arguments, const GlobalOptions &global)
{
    CliArgs args;
    for (const char *flag : { "password-stdin", "allow-plaintext", "json", "help" })
        args.add(QLatin1String(flag), Arity::Flag);
    for (const char *one : { "account", "smtp", "pop3", "user", "timeout-ms", "recipient", "auth" })
        args.add(QLatin1String(one), Arity::One);
    if (!args.parse(arguments.mid(1)))
        return usageError(args.errorString());
    if (args.isSet(QStringLiteral("help"))) {
        out() << usageText() << Qt::flush;
        return ExitCode::Success;
    }
    const bool byAccount = args.isSet(QStringLiteral("account"));
    if (byAccount && !args.positional().isEmpty())
        return usageError(CliText::tr("give either EMAIL or --account NAME, not both"));
    if (!byAccount && args.positional().size() != 1)
        return usageError(args.positional().isEmpty()
                ? CliText::tr("EMAIL is required")
                : CliText::tr("unexpected argument '%1'").arg(args.positional().at(1)));
    QString error;
    std::optional<EmailAddress> email;
    if (!byAccount) {
        email = EmailAddress::parse(args.positional().constFirst(), &error);
        if (!email)
            return usageError(CliText::tr("EMAIL: %1").arg(error));
        if (!args.isSet(QStringLiteral("smtp")) && !args.isSet(QStringLiteral("pop3")))
            return usageError(CliText::tr("detection is not wired yet; give --smtp and/or --pop3"));
    }

    VerifyRequest request;
    for (const auto &[option, protocol, slot] :
        { std::tuple { "smtp", Protocol::Smtp, &request.smtp },
            std::tuple { "pop3", Protocol::Pop3, &request.pop3 } }) {
        if (!args.isSet(QLatin1String(option)))
            continue;
        *slot = parseEndpoint(args.value(QLatin1String(option)), protocol, &error);
        if (!*slot)
            return usageError(QStringLiteral("--%1: %2").arg(QLatin1String(option), error));
    }
    if (!applyCaFile(global, &request.tls, &error)) {
        err() << "mailwright verify: " << error << Qt::endl;
        return ExitCode::DataError;
    }
    if (args.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        request.deadlineMs = args.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || request.deadlineMs <= 0)
            return usageError(CliText::tr("--timeout-ms needs a positive number"));
    }
    request.allowPlaintext = args.isSet(QStringLiteral("allow-plaintext"));
    request.username = args.value(QStringLiteral("user"));
    // Without a password only connectivity and TLS are proved; --user asks
    // for a login, so it needs one. With an account, its saved passwords
    // (keychain) are used unless one is given.
    const bool passwordGiven = args.isSet(QStringLiteral("password-stdin"))
        || qEnvironmentVariableIsSet("MAILWRIGHT_PASSWORD")
        || (!byAccount && args.isSet(QStringLiteral("user")));
    if (passwordGiven) {
        const auto password = readPassword(args.isSet(QStringLiteral("password-stdin")), &error);
        if (!password)
            return usageError(error);
        request.password = *password;
    }

    // One request per server for an account: each with its own user name,
    // password and certificate pins. Without one, a single request.
    std::vector<VerifyRequest> requests;
    std::vector<std::optional<SecretSlot>> keychainSlots; // per request: its password to read
    AccountStore store;
    std::optional<Account> account;
    if (byAccount) {
        AccountError accountError;
        if (!store.load(&accountError)
            || !(account = store.find(args.value(QStringLiteral("account")), &accountError))) {
            // As `account show` and `send --account` report it (65).
            err() << "mailwright verify: " << accountError.message() << Qt::endl;
            if (!accountError.hint().isEmpty())
                err() << accountError.hint() << Qt::endl;
            return ExitCode::DataError;
        }
        // The command line's servers and user replace the account's.
        Account settings = *account;
        const QString fallbackUser = settings.smtp ? settings.smtp->username
            : settings.pop3                        ? settings.pop3->username
                                                   : QString();
        for (auto [endpoint, server] : { std::pair { &request.smtp, &settings.smtp },
                 std::pair { &request.pop3, &settings.pop3 } }) {
            if (*endpoint && !*server)
                *server = ServerSettings { **endpoint, fallbackUser };
            else if (*endpoint)
                (*server)->endpoint = **endpoint;
            if (*server && !request.username.isEmpty())
                (*server)->username = request.username;
        }
        if (!settings.smtp && !settings.pop3) {
            err() << "mailwright verify: "
                  << CliText::tr("the account %1 has no server to verify").arg(account->name())
                  << Qt::endl;
            return ExitCode::DataError;
        }
        VerifyRequest base = request;
        base.email = settings.email.toString();
        base.domain = settings.email.domain();
        base.allowPlaintext = request.allowPlaintext || settings.allowPlaintext;
        base.smtp.reset();
        base.pop3.reset();
        if (settings.smtp) {
            // Server, mechanisms and pins as every sender applies them (core/outbox/AccountTarget).
            SmtpSessionOptions options;
            options.tls = request.tls;
            const SmtpTarget target = smtpTargetFor(settings, &store, options);
            VerifyRequest smtp = base;
            smtp.smtp = target.server;
            smtp.tls = target.options.tls;
            smtp.smtpMechanisms = target.options.forcedMechanisms;
            smtp.username = settings.smtp->username;
            requests.push_back(smtp);
            keychainSlots.push_back(request.password || smtp.username.isEmpty()
                    ? std::nullopt
                    : std::optional(SecretSlot::Smtp));
        }
        if (settings.pop3) {
            const Pop3Target target = pop3TargetFor(settings, &store, request.tls);
            VerifyRequest pop3 = base;
            pop3.pop3 = target.server;
            pop3.tls = target.tls;
            pop3.username = settings.pop3->username;
            requests.push_back(pop3);
            keychainSlots.push_back(request.password || pop3.username.isEmpty()
                    ? std::nullopt
                    : std::optional(SecretSlot::Pop3));
        }
        email = settings.email;
    } else {
        request.email = email->toString();
        requests.push_back(request);
        keychainSlots.push_back(std::nullopt);
    }
    if (args.isSet(QStringLiteral("auth"))) {
        const QByteArray mechanism = args.value(QStringLiteral("auth")).toUpper().toLatin1();
        for (VerifyRequest &each : requests)
            each.smtpMechanisms = each.pop3Mechanisms = { mechanism };
    }
    std::optional<EmailAddress> recipient;
    if (args.isSet(QStringLiteral("recipient"))) {
        if (!requests.front().smtp)
            return usageError(CliText::tr("--recipient needs --smtp"));
        recipient = EmailAddress::parse(args.value(QStringLiteral("recipient")), &error);
        if (!recipient)
            return usageError(CliText::tr("--recipient: %1").arg(error));
    }

    // Each request runs on its own Verifier, all at once; the report merges
    // their servers.
    std::vector<std::unique_ptr<Verifier>> verifiers;
    VerifyReport report;
    size_t pendingVerifiers = requests.size();
    RecipientProbe probe;
    std::optional<RecipientCheck> recipientResult;
    auto allFinished = [&] {
        // The recipient question needs a working SMTP login (RCPT wants AUTH
        // on submission ports), so it is asked only after one.
        if (!recipient || !report.smtp.ok) {
            QCoreApplication::exit(0);
            return;
        }
        const VerifyRequest &smtpRequest = requests.front();
        RecipientProbeOptions options;
        options.tls = smtpRequest.tls;
        options.timeoutMs = smtpRequest.deadlineMs;
        options.allowPlaintextAuth = smtpRequest.allowPlaintext;
        options.forcedMechanisms = smtpRequest.smtpMechanisms;
        if (smtpRequest.password)
            options.credentials
                = sasl::Credentials { report.smtp.usernameUsed, *smtpRequest.password, {} };
        probe.start(*smtpRequest.smtp, *email, *recipient, options);
    };
    for (size_t i = 0; i < requests.size(); ++i) {
        verifiers.push_back(std::make_unique<Verifier>());
        QObject::connect(verifiers.back().get(), &Verifier::finished, verifiers.back().get(),
            [&](const VerifyReport &part) {
                if (part.smtp.attempted)
                    report.smtp = part.smtp;
                if (part.pop3.attempted)
                    report.pop3 = part.pop3;
                report.elapsedMs = qMax(report.elapsedMs, part.elapsedMs);
                if (--pendingVerifiers == 0)
                    allFinished();
            });
    }
    QObject::connect(&probe, &RecipientProbe::finished, &probe, [&](const RecipientCheck &check) {
        recipientResult = check;
        QCoreApplication::exit(0);
    });
    auto startVerifiers = [&] {
        for (size_t i = 0; i < requests.size(); ++i)
            verifiers[i]->start(requests[i]);
    };

    // An account's passwords come from the keychain, read asynchronously
    // once the loop runs; the verification starts when all have arrived.
    SecretStore secrets;
    int exitEarly = -1;
    QHash<int, size_t> secretRequests; // keychain request → index in `requests`
    QObject::connect(&secrets, &SecretStore::finished, &secrets, [&](const SecretResult &result) {
        if (!secretRequests.contains(result.request) || exitEarly >= 0)
            return;
        const size_t index = secretRequests.take(result.request);
        if (!result.ok()) {
            exitEarly = reportSecretReadFailure(QStringLiteral("verify"), result.error);
            QCoreApplication::exit(0);
            return;
        }
        requests[index].password = result.secret;
        if (secretRequests.isEmpty())
            startVerifiers();
    });
    for (size_t i = 0; i < requests.size(); ++i) {
        if (keychainSlots[i])
            secretRequests.insert(secrets.read(*keychainSlots[i], account->id), i);
    }
    if (secretRequests.isEmpty())
        startVerifiers();
    QCoreApplication::exec();
    if (exitEarly >= 0)
        return exitEarly;
    request.email = email->toString();

    // Like the GUI's "Test account": a full check of the account's own
    // settings that passed is recorded in it.
    if (account && report.ok() && !args.isSet(QStringLiteral("smtp"))
        && !args.isSet(QStringLiteral("pop3")) && !args.isSet(QStringLiteral("user"))) {
        AccountStore saved(store.path());
        if (saved.load()) {
            if (std::optional<Account> current = saved.byId(account->id)) {
                current->verified = QDateTime::currentDateTimeUtc();
                saved.update(*current);
            }
        }
    }

    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject root;
        root.insert(QStringLiteral("email"), request.email);
        root.insert(QStringLiteral("ok"), report.ok());
        root.insert(QStringLiteral("smtp"), toJson(report.smtp));
        root.insert(QStringLiteral("pop3"), toJson(report.pop3));
        if (recipientResult)
            root.insert(QStringLiteral("recipient"), toJson(*recipientResult, *recipient));
        root.insert(QStringLiteral("elapsedMs"), report.elapsedMs);
        out() << QJsonDocument(root).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        printServer(report.smtp);
        printServer(report.pop3);
        if (recipientResult)
            out() << CliText::tr("recipient %1: %2 (%3)")
                         .arg(recipient->toString(), verdictName(recipientResult->verdict),
                             methodName(recipientResult->method))
                  << '\n'
                  << "  " << recipientResult->explanation << '\n';
        else if (recipient)
            out() << CliText::tr("recipient %1: not checked, because the SMTP verification failed")
                         .arg(recipient->toString())
                  << '\n';
        out() << Qt::flush;
    }
    return verifyExitCode(report, recipientResult);
}

} // namespace mw::cli
