#include "cli/SendCommand.h"

#include "AppSetup.h"
#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "account/TrustStore.h"
#include "cli/CliArgs.h"
#include "cli/CliCommon.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"
#include "cli/OutboxCommand.h"
#include "mime/EmlMessage.h"
#include "mime/Mailbox.h"
#include "mime/MessageDraft.h"
#include "mime/MessageWriter.h"
#include "outbox/AccountTarget.h"
#include "smtp/SmtpClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace mw::cli {

namespace {

using Arity = CliArgs::Arity;

QString usageText()
{
    return CliText::tr(
        "Usage: mailwright send (--account NAME | --smtp HOST:PORT/SEC [--user USER]) "
        "[--password-stdin]\n"
        "                       [--from ADDR] --to ADDR... [--cc ADDR...] [--bcc ADDR...]\n"
        "                       (--eml FILE... | --subject TEXT [--body TEXT | --body-file FILE] "
        "[--attach FILE...])\n"
        "                       [--auth MECHANISM] [--allow-plaintext] [--timeout-ms N]\n"
        "                       [--transcript FILE] [--json]\n"
        "SEC is ssl, starttls or plain. The password comes from --password-stdin or "
        "MAILWRIGHT_PASSWORD,\n"
        "or, with --account, from the system keychain. --from defaults to the account's address.\n"
        "With --eml and no --from/--to, the envelope is taken from the message's headers.\n");
}

int usageError(const QString &message)
{
    err() << "mailwright send: " << message << "\n\n" << usageText() << Qt::flush;
    return ExitCode::Usage;
}

// Parses --to/--cc/--bcc values; each may hold a comma-separated list.
bool collectAddresses(const QStringList &values, QList<EmailAddress> *out, QString *error)
{
    for (const QString &value : values) {
        const auto list = Mailbox::parseList(value, error);
        if (!list)
            return false;
        for (const Mailbox &mailbox : *list)
            out->append(mailbox.address());
    }
    return true;
}

struct Outcome {
    QList<MessageResult> results;
    std::optional<SmtpError> sessionError;
    qint64 elapsedMs = 0;
};

int exitCodeFor(const Outcome &outcome)
{
    int delivered = 0;
    bool anyRejectedRecipient = false;
    const SmtpError *firstFailure = nullptr;
    for (const MessageResult &r : outcome.results) {
        if (r.delivered) {
            ++delivered;
            anyRejectedRecipient = anyRejectedRecipient || r.acceptedCount() < r.recipients.size();
        } else if (!firstFailure) {
            firstFailure = &r.error;
        }
    }
    if (delivered == outcome.results.size() && !outcome.sessionError)
        return anyRejectedRecipient ? ExitCode::PartialSuccess : ExitCode::Success;
    if (delivered > 0)
        return ExitCode::PartialSuccess;
    if (firstFailure && firstFailure->isError())
        return cli::exitCodeFor(*firstFailure);
    return outcome.sessionError ? cli::exitCodeFor(*outcome.sessionError)
                                : ExitCode::PermanentRejection;
}

void printJson(const Outcome &outcome, const QStringList &labels)
{
    QJsonArray accepted, rejected, messages;
    qint64 bytes = 0;
    int delivered = 0;
    for (const MessageResult &r : outcome.results) {
        bytes += r.bytesSent;
        QJsonObject m;
        m.insert(QStringLiteral("source"), labels.value(r.index));
        m.insert(QStringLiteral("delivered"), r.delivered);
        if (r.delivered) {
            ++delivered;
            m.insert(QStringLiteral("reply"), toJson(r.finalReply));
        } else if (r.error.isError()) {
            m.insert(QStringLiteral("error"), toJson(r.error));
        }
        for (const RecipientResult &rcpt : r.recipients) {
            if (r.delivered && rcpt.accepted) {
                accepted.append(rcpt.address.toString());
            } else if (rcpt.reply.isValid() && !rcpt.accepted) {
                QJsonObject o = toJson(rcpt.reply);
                o.insert(QStringLiteral("address"), rcpt.address.toString());
                rejected.append(o);
            }
        }
        messages.append(m);
    }
    QJsonObject root;
    root.insert(QStringLiteral("accepted"), accepted);
    root.insert(QStringLiteral("rejected"), rejected);
    root.insert(QStringLiteral("messages"), delivered);
    root.insert(QStringLiteral("total"), int(outcome.results.size()));
    root.insert(QStringLiteral("details"), messages);
    root.insert(QStringLiteral("bytes"), bytes);
    root.insert(QStringLiteral("elapsedMs"), outcome.elapsedMs);
    if (outcome.sessionError)
        root.insert(QStringLiteral("error"), toJson(*outcome.sessionError));
    out() << QJsonDocument(root).toJson(QJsonDocument::Compact) << Qt::endl;
}

void printHuman(const Outcome &outcome, const QStringList &labels)
{
    for (const MessageResult &r : outcome.results) {
        const QString label = labels.value(r.index);
        if (r.delivered) {
            QStringList to;
            for (const RecipientResult &rcpt : r.recipients) {
                if (rcpt.accepted)
                    to << rcpt.address.toString();
            }
            out() << CliText::tr("sent %1 to %2").arg(label, to.join(QLatin1String(", ")))
                  << Qt::endl;
        } else if (r.error.isError() && !outcome.sessionError) {
            err() << CliText::tr("not sent: %1: %2").arg(label, r.error.message()) << Qt::endl;
        }
        for (const RecipientResult &rcpt : r.recipients) {
            if (!rcpt.accepted && rcpt.reply.isValid())
                err() << CliText::tr("  rejected %1: %2")
                             .arg(rcpt.address.toString(), rcpt.reply.summary())
                      << Qt::endl;
        }
    }
    if (outcome.sessionError)
        err() << CliText::tr("error: %1").arg(outcome.sessionError->message()) << Qt::endl;
}

} // namespace

int runSend(const QStringList &arguments, const GlobalOptions &global)
{
    if (arguments.contains(QLatin1String("--queue")))
        return runQueuedSend(arguments, global); // through the durable outbox (OutboxCommand)
    CliArgs args;
    for (const char *flag : { "password-stdin", "allow-plaintext", "json", "help" })
        args.add(QLatin1String(flag), Arity::Flag);
    for (const char *one : { "account", "smtp", "user", "from", "subject", "body", "body-file",
             "transcript", "auth", "timeout-ms" })
        args.add(QLatin1String(one), Arity::One);
    for (const char *many : { "to", "cc", "bcc", "attach", "eml" })
        args.add(QLatin1String(many), Arity::Many);
    if (!args.parse(arguments.mid(1)))
        return usageError(args.errorString());
    if (args.isSet(QStringLiteral("help"))) {
        out() << usageText() << Qt::flush;
        return ExitCode::Success;
    }
    if (!args.positional().isEmpty())
        return usageError(CliText::tr("unexpected argument '%1'").arg(args.positional().first()));
    if (args.isSet(QStringLiteral("account")) == args.isSet(QStringLiteral("smtp")))
        return usageError(CliText::tr("give either --account NAME or --smtp HOST:PORT/SEC"));
    const bool composing = args.isSet(QStringLiteral("subject"))
        || args.isSet(QStringLiteral("body")) || args.isSet(QStringLiteral("body-file"))
        || args.isSet(QStringLiteral("attach"));
    if (composing && args.isSet(QStringLiteral("eml")))
        return usageError(CliText::tr("give either --eml or --subject/--body/--attach, not both"));
    if (!composing && !args.isSet(QStringLiteral("eml")))
        return usageError(CliText::tr(
            "nothing to send: give --eml FILE..., or --subject with --body/--body-file/--attach"));
    if (args.isSet(QStringLiteral("body")) && args.isSet(QStringLiteral("body-file")))
        return usageError(CliText::tr("give either --body or --body-file, not both"));

    QString error;
    SmtpSessionOptions options;
    if (!applyCaFile(global, &options.tls, &error)) {
        err() << "mailwright send: " << error << Qt::endl;
        return ExitCode::DataError;
    }
    if (args.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        const int ms = args.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || ms <= 0)
            return usageError(CliText::tr("--timeout-ms needs a positive number"));
        options.timeouts = SmtpTimeouts::forVerification(ms);
    }

    // Where to send and as whom: an account's settings (plus its pins and
    // keychain secret), or everything from the command line.
    std::optional<Account> account;
    std::optional<Endpoint> endpoint;
    QString user = args.value(QStringLiteral("user"));
    bool allowPlaintext = args.isSet(QStringLiteral("allow-plaintext"));
    if (args.isSet(QStringLiteral("account"))) {
        AccountStore store;
        AccountError accountError;
        if (!store.load(&accountError)
            || !(account = store.find(args.value(QStringLiteral("account")), &accountError))) {
            err() << "mailwright send: " << accountError.message() << Qt::endl;
            if (!accountError.hint().isEmpty())
                err() << accountError.hint() << Qt::endl;
            return ExitCode::DataError;
        }
        if (!account->smtp) {
            err()
                << "mailwright send: "
                << CliText::tr("the account %1 has no outgoing (SMTP) server").arg(account->name())
                << Qt::endl;
            return ExitCode::DataError;
        }
        // Server, mechanisms and pins as every sender applies them (core/outbox/AccountTarget).
        SmtpTarget target = smtpTargetFor(*account, &store, options);
        endpoint = target.server;
        options = std::move(target.options);
        if (user.isEmpty())
            user = account->smtp->username;
        allowPlaintext = allowPlaintext || account->allowPlaintext;
    } else {
        endpoint = parseEndpoint(args.value(QStringLiteral("smtp")), Protocol::Smtp, &error);
        if (!endpoint)
            return usageError(CliText::tr("--smtp: %1").arg(error));
    }
    if (args.isSet(QStringLiteral("auth")))
        options.forcedMechanisms = { args.value(QStringLiteral("auth")).toUpper().toLatin1() };

    // The password: --password-stdin or MAILWRIGHT_PASSWORD, else (with an
    // account) the keychain, read asynchronously once the loop runs.
    bool secretFromKeychain = false;
    if (!user.isEmpty()) {
        if (endpoint->security == SecurityMode::Plain && !allowPlaintext)
            return usageError(
                CliText::tr("refusing to send a password without encryption (security 'plain'); "
                            "add --allow-plaintext if you really mean it"));
        const bool given = args.isSet(QStringLiteral("password-stdin"))
            || qEnvironmentVariableIsSet("MAILWRIGHT_PASSWORD");
        if (given || !account) {
            const auto password
                = readPassword(args.isSet(QStringLiteral("password-stdin")), &error);
            if (!password)
                return usageError(error);
            options.credentials = sasl::Credentials { user, *password, {} };
        } else {
            secretFromKeychain = true;
        }
        options.allowPlaintextAuth = allowPlaintext;
    } else if (args.isSet(QStringLiteral("password-stdin"))) {
        return usageError(CliText::tr("--password-stdin needs --user"));
    }

    // Envelope given on the command line, if any.
    std::optional<EmailAddress> from;
    QString fromText = args.value(QStringLiteral("from"));
    if (fromText.isEmpty() && account) {
        // The account's identity: "Sender Name <address>".
        const auto mailbox = Mailbox::create(account->identity.senderName, account->email);
        fromText = mailbox ? mailbox->toString() : account->email.toString();
    }
    if (!fromText.isEmpty()) {
        const auto mailbox = Mailbox::parse(fromText, &error);
        if (!mailbox)
            return usageError(CliText::tr("--from: %1").arg(error));
        from = mailbox->address();
    }
    QList<EmailAddress> recipients;
    for (const char *field : { "to", "cc", "bcc" }) {
        if (!collectAddresses(args.values(QLatin1String(field)), &recipients, &error))
            return usageError(QStringLiteral("--%1: %2").arg(QLatin1String(field), error));
    }

    std::vector<std::unique_ptr<EmlMessage>> sources;
    std::unique_ptr<MessageWriter> composed;
    QList<OutgoingMessage> messages;
    QStringList labels;
    if (composing) {
        MessageDraft draft;
        if (fromText.isEmpty())
            return usageError(CliText::tr("--from is required with --subject"));
        draft.from = Mailbox::parse(fromText);
        if (!addRecipients(args, &draft, &error))
            return usageError(error);
        draft.subject = args.value(QStringLiteral("subject"));
        if (args.isSet(QStringLiteral("body-file"))) {
            const auto text = readTextFile(args.value(QStringLiteral("body-file")), &error);
            if (!text) {
                err() << "mailwright send: " << error << Qt::endl;
                return ExitCode::DataError;
            }
            draft.textBody = *text;
        } else {
            draft.textBody = args.value(QStringLiteral("body"));
        }
        for (const QString &path : args.values(QStringLiteral("attach"))) {
            DraftAttachment attachment;
            attachment.path = path;
            draft.attachments << attachment;
        }
        MessageWriter::Options writerOptions;
        writerOptions.appVersion = QCoreApplication::applicationVersion();
        DraftError draftError;
        composed = MessageWriter::create(draft, writerOptions, &draftError);
        if (!composed) {
            err() << "mailwright send: " << draftError.text << Qt::endl;
            return ExitCode::DataError;
        }
        OutgoingMessage message(draft.from->address(), draft.envelopeRecipients(), composed.get());
        message.size = composed->size();
        message.eightBit = composed->needsEightBit();
        messages << message;
        labels << QString::fromLatin1(composed->messageId());
    }
    for (const QString &path : args.values(QStringLiteral("eml"))) {
        auto eml = EmlMessage::open(path, &error);
        if (!eml) {
            err() << "mailwright send: " << error << Qt::endl;
            return ExitCode::DataError;
        }
        const std::optional<EmailAddress> sender = from ? from : eml->headerSender();
        const QList<EmailAddress> to = recipients.isEmpty() ? eml->headerRecipients() : recipients;
        if (!sender) {
            err()
                << "mailwright send: "
                << CliText::tr("%1: no sender: give --from, or a single address in From:").arg(path)
                << Qt::endl;
            return ExitCode::DataError;
        }
        if (to.isEmpty()) {
            err() << "mailwright send: "
                  << CliText::tr("%1: no recipients: give --to, or To/Cc/Bcc fields").arg(path)
                  << Qt::endl;
            return ExitCode::DataError;
        }
        OutgoingMessage message(*sender, to, eml->device());
        message.size = eml->size();
        message.eightBit = eml->hasEightBitData();
        messages << message;
        labels << path;
        sources.push_back(std::move(eml));
    }

    std::unique_ptr<QFile> transcript;
    if (args.isSet(QStringLiteral("transcript"))) {
        transcript = std::make_unique<QFile>(args.value(QStringLiteral("transcript")));
        if (!transcript->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            err() << "mailwright send: "
                  << CliText::tr("cannot write the transcript: %1").arg(transcript->errorString())
                  << Qt::endl;
            return ExitCode::DataError;
        }
    }

    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    SmtpClient client;
    QObject::connect(&client, &SmtpClient::transcript, &client, [&](const QString &line) {
        if (transcript) {
            transcript->write(line.toUtf8() + '\n');
            transcript->flush();
        }
    });
    QObject::connect(&client, &SmtpClient::messageFinished, &client,
        [&](const MessageResult &r) { outcome.results << r; });
    QObject::connect(&client, &SmtpClient::failed, &client, [&](const SmtpError &e) {
        outcome.sessionError = e;
        QCoreApplication::exit(0);
    });
    QObject::connect(&client, &SmtpClient::finished, &client, [] { QCoreApplication::exit(0); });
    auto startSession = [&] {
        client.connectToServer(*endpoint, options);
        client.send(messages);
        client.quit();
    };
    SecretStore secrets;
    int exitEarly = -1;
    if (secretFromKeychain) {
        QObject::connect(
            &secrets, &SecretStore::finished, &secrets, [&](const SecretResult &result) {
                if (!result.ok()) {
                    exitEarly = reportSecretReadFailure(QStringLiteral("send"), result.error);
                    QCoreApplication::exit(0);
                    return;
                }
                options.credentials = sasl::Credentials { user, result.secret, {} };
                startSession();
            });
        secrets.read(SecretSlot::Smtp, account->id);
    } else {
        startSession();
    }
    QCoreApplication::exec();
    if (exitEarly >= 0)
        return exitEarly;
    outcome.elapsedMs = clock.elapsed();

    if (args.isSet(QStringLiteral("json")))
        printJson(outcome, labels);
    else
        printHuman(outcome, labels);
    return exitCodeFor(outcome);
}

} // namespace mw::cli
