#include "cli/VerifyCommand.h"

#include "AppSetup.h"
#include "cli/CliArgs.h"
#include "cli/CliCommon.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"
#include "mime/EmailAddress.h"
#include "verify/RecipientProbe.h"
#include "verify/Verifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

namespace mw::cli {

namespace {

using Arity = CliArgs::Arity;

QString usageText()
{
    return CliText::tr(
        "Usage: mailwright verify EMAIL [--smtp HOST:PORT/SEC] [--pop3 HOST:PORT/SEC]\n"
        "                         [--user USER] [--password-stdin] [--auth MECHANISM]\n"
        "                         [--allow-plaintext] [--timeout-ms N] [--recipient ADDR] "
        "[--json]\n"
        "Logs in to the SMTP and POP3 servers (at the same time) to prove the settings; no mail is "
        "sent.\n"
        "SEC is ssl, starttls or plain. The password comes from --password-stdin or "
        "MAILWRIGHT_PASSWORD;\n"
        "without one, only the connection and encryption are checked. USER defaults to EMAIL.\n"
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
    if (args.isSet(QStringLiteral("account")))
        return usageError(CliText::tr("--account is not available yet in this build; give EMAIL "
                                      "with --smtp and/or --pop3"));
    if (args.positional().size() != 1)
        return usageError(args.positional().isEmpty()
                ? CliText::tr("EMAIL is required")
                : CliText::tr("unexpected argument '%1'").arg(args.positional().at(1)));
    QString error;
    const auto email = EmailAddress::parse(args.positional().constFirst(), &error);
    if (!email)
        return usageError(CliText::tr("EMAIL: %1").arg(error));
    if (!args.isSet(QStringLiteral("smtp")) && !args.isSet(QStringLiteral("pop3")))
        return usageError(CliText::tr("detection is not wired yet; give --smtp and/or --pop3"));

    VerifyRequest request;
    request.email = email->toString();
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
    // for a login, so it needs one.
    const bool passwordGiven = args.isSet(QStringLiteral("password-stdin"))
        || qEnvironmentVariableIsSet("MAILWRIGHT_PASSWORD") || args.isSet(QStringLiteral("user"));
    if (passwordGiven) {
        const auto password = readPassword(args.isSet(QStringLiteral("password-stdin")), &error);
        if (!password)
            return usageError(error);
        request.password = *password;
    }
    if (args.isSet(QStringLiteral("auth"))) {
        const QByteArray mechanism = args.value(QStringLiteral("auth")).toUpper().toLatin1();
        request.smtpMechanisms = request.pop3Mechanisms = { mechanism };
    }
    std::optional<EmailAddress> recipient;
    if (args.isSet(QStringLiteral("recipient"))) {
        if (!request.smtp)
            return usageError(CliText::tr("--recipient needs --smtp"));
        recipient = EmailAddress::parse(args.value(QStringLiteral("recipient")), &error);
        if (!recipient)
            return usageError(CliText::tr("--recipient: %1").arg(error));
    }

    Verifier verifier;
    RecipientProbe probe;
    std::optional<RecipientCheck> recipientResult;
    QObject::connect(&verifier, &Verifier::finished, &verifier, [&](const VerifyReport &report) {
        // The recipient question needs a working SMTP login (RCPT wants AUTH
        // on submission ports), so it is asked only after one.
        if (!recipient || !report.smtp.ok) {
            QCoreApplication::exit(0);
            return;
        }
        RecipientProbeOptions options;
        options.tls = request.tls;
        options.timeoutMs = request.deadlineMs;
        options.allowPlaintextAuth = request.allowPlaintext;
        options.forcedMechanisms = request.smtpMechanisms;
        if (request.password)
            options.credentials
                = sasl::Credentials { report.smtp.usernameUsed, *request.password, {} };
        probe.start(*request.smtp, *email, *recipient, options);
    });
    QObject::connect(&probe, &RecipientProbe::finished, &probe, [&](const RecipientCheck &check) {
        recipientResult = check;
        QCoreApplication::exit(0);
    });
    verifier.start(request);
    QCoreApplication::exec();
    const VerifyReport &report = verifier.report();

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
