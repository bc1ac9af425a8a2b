#include "cli/OutboxCommand.h"

#include "AppSetup.h"
#include "account/AccountStore.h"
#include "cli/CliArgs.h"
#include "cli/CliCommon.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"
#include "mime/Mailbox.h"
#include "mime/MessageDraft.h"
#include "outbox/AddressHistory.h"
#include "outbox/Outbox.h"
#include "outbox/Sender.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mw::cli {

namespace {

using Arity = CliArgs::Arity;

QString usageText()
{
    return CliText::tr(
        "Usage: mailwright outbox list [--json]\n"
        "       mailwright outbox add --account NAME [--from ADDR] --to ADDR... [--cc ADDR...]\n"
        "                  [--bcc ADDR...] --subject TEXT [--body TEXT | --body-file FILE]\n"
        "                  [--attach FILE...] [--json]\n"
        "       mailwright outbox flush [--account NAME] [--now] [--password-stdin] "
        "[--timeout-ms N] [--json]\n"
        "       mailwright outbox remove ID\n"
        "       mailwright send --queue --account NAME ... (the options of outbox add)\n"
        "add puts a message into the outbox (written to disk before the command returns);\n"
        "flush sends every queued, interrupted or due message, over one connection per account\n"
        "(--now: also those waiting for their next retry);\n"
        "send --queue does both. A message leaves the outbox only when the server has taken it.\n"
        "The password comes from --password-stdin or MAILWRIGHT_PASSWORD, else the keychain.\n");
}

int usageError(const QString &message)
{
    err() << "mailwright outbox: " << message << "\n\n" << usageText() << Qt::flush;
    return ExitCode::Usage;
}

int failure(const QString &message, int code)
{
    err() << "mailwright outbox: " << message << Qt::endl;
    return code;
}

void addComposeOptions(CliArgs *args)
{
    for (const char *one : { "account", "from", "subject", "body", "body-file" })
        args->add(QLatin1String(one), Arity::One);
    for (const char *many : { "to", "cc", "bcc", "attach" })
        args->add(QLatin1String(many), Arity::Many);
}

// Builds the draft from send-like options. Returns -1 on success, else the exit code.
int composeDraft(const CliArgs &args, QString *accountId, MessageDraft *draft)
{
    if (!args.isSet(QStringLiteral("account")))
        return usageError(CliText::tr("--account NAME is required: outbox messages are sent "
                                      "with an account's settings"));
    if (!args.isSet(QStringLiteral("subject")))
        return usageError(CliText::tr("--subject is required"));
    if (args.isSet(QStringLiteral("body")) && args.isSet(QStringLiteral("body-file")))
        return usageError(CliText::tr("give either --body or --body-file, not both"));

    AccountStore store;
    AccountError accountError;
    std::optional<Account> account;
    if (!store.load(&accountError)
        || !(account = store.find(args.value(QStringLiteral("account")), &accountError))) {
        err() << "mailwright outbox: " << accountError.message() << Qt::endl;
        if (!accountError.hint().isEmpty())
            err() << accountError.hint() << Qt::endl;
        return ExitCode::DataError;
    }
    *accountId = account->id;

    QString error;
    QString fromText = args.value(QStringLiteral("from"));
    if (fromText.isEmpty()) {
        const auto mailbox = Mailbox::create(account->identity.senderName, account->email);
        fromText = mailbox ? mailbox->toString() : account->email.toString();
    }
    draft->from = Mailbox::parse(fromText, &error);
    if (!draft->from)
        return usageError(CliText::tr("--from: %1").arg(error));
    if (!addRecipients(args, draft, &error))
        return usageError(error);
    if (draft->envelopeRecipients().isEmpty())
        return usageError(CliText::tr("give at least one recipient with --to, --cc or --bcc"));
    draft->subject = args.value(QStringLiteral("subject"));
    if (args.isSet(QStringLiteral("body-file"))) {
        const auto text = readTextFile(args.value(QStringLiteral("body-file")), &error);
        if (!text)
            return failure(error, ExitCode::DataError);
        draft->textBody = *text;
    } else {
        draft->textBody = args.value(QStringLiteral("body"));
    }
    for (const QString &path : args.values(QStringLiteral("attach"))) {
        DraftAttachment attachment;
        attachment.path = path;
        draft->attachments << attachment;
    }
    return -1;
}

QJsonObject toJson(const OutboxError &error)
{
    return error.toJson();
}

SmtpError toSmtpError(const OutboxError &e)
{
    SmtpError error = SmtpError::make(e.step, e.kind, e.text);
    error.reply.code = e.code;
    return error;
}

QString describe(const OutboxEntry &e)
{
    QString line = QStringLiteral("%1  %2  %3  %4 -> %5")
                       .arg(e.id, stateName(e.state), e.messageId,
                           e.subject.isEmpty() ? QStringLiteral("-") : e.subject,
                           e.recipients.join(QLatin1String(", ")));
    if (e.attempts > 0)
        line += QLatin1Char('\n')
            + CliText::tr("    attempts: %1, last: %2")
                  .arg(e.attempts)
                  .arg(e.lastAttempt.toLocalTime().toString(Qt::ISODate));
    if (e.state == OutboxEntry::State::RetryWait && e.nextAttempt.isValid())
        line += QLatin1Char('\n')
            + CliText::tr("    next attempt: %1")
                  .arg(e.nextAttempt.toLocalTime().toString(Qt::ISODate));
    if (e.lastError.isError())
        line += QLatin1Char('\n')
            + CliText::tr("    error: %1")
                  .arg(e.lastError.message.isEmpty() ? e.lastError.text : e.lastError.message);
    return line;
}

int runList(Outbox &outbox, bool json)
{
    const QList<OutboxEntry> entries = outbox.entries();
    if (json) {
        QJsonArray array;
        for (const OutboxEntry &e : entries)
            array.append(e.toJson());
        QJsonObject root;
        root.insert(QStringLiteral("dir"), outbox.dir());
        root.insert(QStringLiteral("entries"), array);
        root.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(outbox.skippedFiles()));
        out() << QJsonDocument(root).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitCode::Success;
    }
    if (entries.isEmpty())
        out() << CliText::tr("The outbox is empty.") << Qt::endl;
    for (const OutboxEntry &e : entries)
        out() << describe(e) << Qt::endl;
    for (const QString &skipped : outbox.skippedFiles())
        err() << CliText::tr("skipped: %1").arg(skipped) << Qt::endl;
    return ExitCode::Success;
}

struct FlushOptions {
    QString account; // empty: every account
    QStringList ids; // non-empty: only these entries
    std::optional<QString> password;
    std::optional<int> timeoutMs;
    bool json = false;
    QString queuedId; // send --queue: reported in the JSON
};

int runFlush(Outbox &outbox, const GlobalOptions &global, const FlushOptions &options)
{
    // One sender per outbox at a time (a lock left by a killed process is taken over). Taking
    // the lock also turns the entries a killed sender left in Sending into Interrupted.
    QString lockError;
    if (!outbox.acquireSendLock(&lockError))
        return failure(lockError, ExitCode::TemporaryFailure);

    Sender sender(&outbox);
    sender.setAutoRetry(false); // one pass: the command ends when it is done
    sender.accountResolver()->setCaFile(global.caFile);
    if (options.password)
        sender.accountResolver()->setPassword(*options.password);
    if (options.timeoutMs)
        sender.accountResolver()->setTimeouts(SmtpTimeouts::forVerification(*options.timeoutMs));

    const QDateTime now = outbox.now();
    int due = 0;
    for (const OutboxEntry &e : outbox.entries()) {
        if (!options.ids.isEmpty()
                ? options.ids.contains(e.id)
                : (e.isDue(now) && (options.account.isEmpty() || e.accountName == options.account)))
            ++due;
    }
    QList<OutboxSendResult> results;
    QElapsedTimer clock;
    clock.start();
    if (due > 0) {
        QObject::connect(&sender, &Sender::finished, &sender,
            [&](const QString &, const OutboxSendResult &r) { results << r; });
        QObject::connect(&sender, &Sender::idle, &sender, [] { QCoreApplication::exit(0); });
        if (!options.ids.isEmpty()) {
            for (const QString &id : options.ids)
                sender.send(id);
        } else if (!options.account.isEmpty()) {
            sender.flush(options.account);
        } else {
            sender.sendAll();
        }
        QCoreApplication::exec();
    }

    AddressHistory history;
    bool historyChanged = false;
    int delivered = 0, removed = 0;
    const OutboxError *firstError = nullptr;
    QJsonArray jsonResults;
    for (const OutboxSendResult &r : std::as_const(results)) {
        delivered += r.delivered ? 1 : 0;
        removed += r.removed ? 1 : 0;
        if (!r.removed && r.error.isError() && !firstError)
            firstError = &r.error;
        if (!r.accepted.isEmpty()) {
            if (!historyChanged)
                history.load();
            history.add(r.accepted);
            historyChanged = true;
        }
        if (options.json) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), r.id);
            o.insert(QStringLiteral("delivered"), r.delivered);
            o.insert(QStringLiteral("removed"), r.removed);
            if (!r.removed)
                o.insert(QStringLiteral("state"), stateName(r.state));
            o.insert(QStringLiteral("accepted"), QJsonArray::fromStringList(r.accepted));
            QJsonArray rejected;
            for (const auto &x : r.rejected) {
                QJsonObject j;
                j.insert(QStringLiteral("address"), x.address);
                j.insert(QStringLiteral("code"), x.code);
                j.insert(QStringLiteral("enhanced"), x.enhanced);
                j.insert(QStringLiteral("text"), x.text);
                rejected.append(j);
            }
            o.insert(QStringLiteral("rejected"), rejected);
            o.insert(QStringLiteral("bytes"), r.bytesSent);
            if (r.error.isError())
                o.insert(QStringLiteral("error"), toJson(r.error));
            jsonResults.append(o);
        } else if (r.removed) {
            out() << CliText::tr("sent %1 to %2").arg(r.id, r.accepted.join(QLatin1String(", ")))
                  << Qt::endl;
        } else {
            if (r.delivered)
                out()
                    << CliText::tr("sent %1 to %2").arg(r.id, r.accepted.join(QLatin1String(", ")))
                    << Qt::endl;
            else
                err() << CliText::tr("not sent: %1: %2 (%3)")
                             .arg(r.id, r.error.message.isEmpty() ? r.error.text : r.error.message,
                                 stateName(r.state))
                      << Qt::endl;
            for (const auto &x : r.rejected)
                err() << CliText::tr("  rejected %1: %2 %3 %4")
                             .arg(x.address)
                             .arg(x.code)
                             .arg(x.enhanced, x.text)
                      << Qt::endl;
        }
    }
    if (historyChanged) {
        QString why;
        if (!history.save(&why))
            err() << "mailwright outbox: " << why << Qt::endl;
    }
    if (options.json) {
        QJsonObject root;
        if (!options.queuedId.isEmpty())
            root.insert(QStringLiteral("queued"), options.queuedId);
        root.insert(QStringLiteral("results"), jsonResults);
        root.insert(QStringLiteral("attempted"), int(results.size()));
        root.insert(QStringLiteral("sent"), removed);
        root.insert(QStringLiteral("remaining"), int(outbox.entries().size()));
        root.insert(QStringLiteral("elapsedMs"), clock.elapsed());
        out() << QJsonDocument(root).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (due == 0) {
        out() << CliText::tr("Nothing to send.") << Qt::endl;
    }
    if (removed == results.size())
        return ExitCode::Success;
    if (delivered > 0)
        return ExitCode::PartialSuccess;
    return firstError ? exitCodeFor(toSmtpError(*firstError)) : ExitCode::TemporaryFailure;
}

std::optional<QString> passwordOption(const CliArgs &args, QString *error)
{
    const bool fromStdin = args.isSet(QStringLiteral("password-stdin"));
    if (!fromStdin && !qEnvironmentVariableIsSet("MAILWRIGHT_PASSWORD"))
        return QString(); // none given: the keychain
    auto password = readPassword(fromStdin, error);
    if (!password)
        return std::nullopt;
    return password;
}

bool timeoutOption(const CliArgs &args, FlushOptions *options)
{
    if (!args.isSet(QStringLiteral("timeout-ms")))
        return true;
    bool ok = false;
    const int ms = args.value(QStringLiteral("timeout-ms")).toInt(&ok);
    if (!ok || ms <= 0)
        return false;
    options->timeoutMs = ms;
    return true;
}

// --timeout-ms and the password into *options; -1 when they are fine, else
// the exit code of the usage error already reported.
int flushOptions(const CliArgs &args, FlushOptions *options)
{
    if (!timeoutOption(args, options))
        return usageError(CliText::tr("--timeout-ms needs a positive number"));
    QString error;
    const auto password = passwordOption(args, &error);
    if (!password)
        return usageError(error);
    if (!password->isEmpty())
        options->password = *password;
    return -1;
}

} // namespace

int runOutbox(const QStringList &arguments, const GlobalOptions &global)
{
    const QString action = arguments.value(1);
    CliArgs args;
    args.add(QStringLiteral("json"), Arity::Flag);
    args.add(QStringLiteral("help"), Arity::Flag);
    if (action == QLatin1String("flush")) {
        args.add(QStringLiteral("account"), Arity::One);
        args.add(QStringLiteral("timeout-ms"), Arity::One);
        args.add(QStringLiteral("password-stdin"), Arity::Flag);
        args.add(QStringLiteral("now"), Arity::Flag);
    } else if (action == QLatin1String("add")) {
        addComposeOptions(&args);
    }
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << usageText() << Qt::flush;
        return action.isEmpty() ? ExitCode::Usage : ExitCode::Success;
    }
    if (!args.parse(arguments.mid(2)))
        return usageError(args.errorString());
    if (args.isSet(QStringLiteral("help"))) {
        out() << usageText() << Qt::flush;
        return ExitCode::Success;
    }
    const bool json = args.isSet(QStringLiteral("json"));
    const QStringList positional = args.positional();

    if (action == QLatin1String("list")) {
        if (!positional.isEmpty())
            return usageError(CliText::tr("unexpected argument '%1'").arg(positional.first()));
        Outbox outbox;
        return runList(outbox, json);
    }
    if (action == QLatin1String("remove")) {
        if (positional.size() != 1)
            return usageError(
                CliText::tr("give the ID of one message (see 'mailwright outbox list')"));
        Outbox outbox;
        QString error;
        if (!outbox.remove(positional.first(), &error))
            return failure(error, ExitCode::DataError);
        out() << CliText::tr("removed %1").arg(positional.first()) << Qt::endl;
        return ExitCode::Success;
    }
    if (action == QLatin1String("add")) {
        if (!positional.isEmpty())
            return usageError(CliText::tr("unexpected argument '%1'").arg(positional.first()));
        QString accountId;
        MessageDraft draft;
        if (const int code = composeDraft(args, &accountId, &draft); code >= 0)
            return code;
        Outbox outbox;
        QString error;
        const auto entry = outbox.enqueue(accountId, draft, &error);
        if (!entry)
            return failure(error, ExitCode::DataError);
        if (json)
            out() << QJsonDocument(entry->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            out() << CliText::tr("queued %1 (%2)").arg(entry->id, entry->messageId) << Qt::endl;
        return ExitCode::Success;
    }
    if (action == QLatin1String("flush")) {
        if (!positional.isEmpty())
            return usageError(CliText::tr("unexpected argument '%1'").arg(positional.first()));
        FlushOptions options;
        options.json = json;
        if (const int code = flushOptions(args, &options); code >= 0)
            return code;
        Outbox outbox;
        if (args.isSet(QStringLiteral("account"))) {
            // By id, address or name, as everywhere else; entries are keyed by the account id.
            AccountStore store;
            AccountError accountError;
            std::optional<Account> account;
            if (!store.load(&accountError)
                || !(account = store.find(args.value(QStringLiteral("account")), &accountError)))
                return failure(accountError.message(), ExitCode::DataError);
            options.account = account->id;
        }
        if (args.isSet(QStringLiteral("now"))) {
            // Also what waits for its next retry; a message the server refused for good
            // stays until the user edits or removes it.
            for (const OutboxEntry &e : outbox.entries()) {
                if (e.state != OutboxEntry::State::Failed
                    && (options.account.isEmpty() || e.accountName == options.account))
                    options.ids << e.id;
            }
            if (options.ids.isEmpty()) {
                out() << CliText::tr("Nothing to send.") << Qt::endl;
                return ExitCode::Success;
            }
        }
        return runFlush(outbox, global, options);
    }
    return usageError(CliText::tr("unknown action '%1'").arg(action));
}

int runQueuedSend(const QStringList &arguments, const GlobalOptions &global)
{
    CliArgs args;
    addComposeOptions(&args);
    for (const char *flag : { "queue", "json", "password-stdin", "help" })
        args.add(QLatin1String(flag), Arity::Flag);
    args.add(QStringLiteral("timeout-ms"), Arity::One);
    if (!args.parse(arguments.mid(1)))
        return usageError(args.errorString());
    if (args.isSet(QStringLiteral("help"))) {
        out() << usageText() << Qt::flush;
        return ExitCode::Success;
    }
    if (!args.positional().isEmpty())
        return usageError(CliText::tr("unexpected argument '%1'").arg(args.positional().first()));
    FlushOptions options;
    options.json = args.isSet(QStringLiteral("json"));
    if (const int code = flushOptions(args, &options); code >= 0)
        return code;

    QString accountId;
    MessageDraft draft;
    if (const int code = composeDraft(args, &accountId, &draft); code >= 0)
        return code;
    Outbox outbox;
    QString error;
    const auto entry = outbox.enqueue(accountId, draft, &error);
    if (!entry)
        return failure(error, ExitCode::DataError);
    if (!options.json)
        out() << CliText::tr("queued %1 (%2)").arg(entry->id, entry->messageId) << Qt::endl;
    options.ids = { entry->id };
    options.queuedId = entry->id;
    return runFlush(outbox, global, options);
}

} // namespace mw::cli
