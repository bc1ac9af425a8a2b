#include "cli/AccountCommand.h"

#include "AppSetup.h"
#include "account/AccountStore.h"
#include "account/SecretStore.h"
#include "account/TrustStore.h"
#include "cli/AccountOutput.h"
#include "cli/CliArgs.h"
#include "cli/CliCommon.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"
#include "net/TlsPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace mw::cli {

namespace {

using Arity = CliArgs::Arity;
using Results = QList<SecretResult>;

QString usageText()
{
    return CliText::tr(
        "Usage: mailwright account add --email ADDR --smtp HOST:PORT/SEC [--pop3 HOST:PORT/SEC]\n"
        "           [--imap HOST:PORT/SEC] [--name NAME] [--user USER] [--password-stdin]\n"
        "           [--sender-name TEXT] [--reply-to ADDR] [--auth MECHANISM...]\n"
        "           [--allow-plaintext] [--json]\n"
        "       mailwright account list [--json]\n"
        "       mailwright account show NAME [--json]\n"
        "       mailwright account remove NAME [--force]\n"
        "       mailwright account pin NAME --sha256 HEX [--host HOST [--port PORT]]\n"
        "           [--reason TEXT]\n"
        "       mailwright account unpin NAME [--sha256 HEX]\n"
        "NAME is the account's name, address or id. SEC is ssl, starttls or plain.\n"
        "The password (--password-stdin) is kept only in the system keychain, for SMTP\n"
        "and POP3. remove also removes the saved passwords; --force removes the account\n"
        "even when the keychain cannot be reached. A pin trusts one certificate for one\n"
        "server of the account.\n");
}

int usageError(const QString &message)
{
    err() << "mailwright account: " << message << "\n\n" << usageText() << Qt::flush;
    return ExitCode::Usage;
}

int failure(const QString &message, const QString &hint, int code)
{
    err() << "mailwright account: " << message << Qt::endl;
    if (!hint.isEmpty())
        err() << "  " << hint << Qt::endl;
    return code;
}

int exitCodeFor(const AccountError &error)
{
    switch (error.code) {
    case AccountError::Code::None:
        return ExitCode::Success;
    case AccountError::Code::Conflict:
    case AccountError::Code::Busy:
        return ExitCode::TemporaryFailure;
    default:
        return ExitCode::DataError;
    }
}
// The keychain overload lives in CliCommon (send uses it too).
using mw::cli::exitCodeFor;

int report(const AccountError &error)
{
    return failure(error.message(), error.hint(), exitCodeFor(error));
}

// Runs the keychain requests already started on `store` and calls `done`
// with their results, in request order, once the last one has finished.
void whenFinished(
    SecretStore *store, const QList<int> &requests, std::function<void(const Results &)> done)
{
    auto *context = new QObject(store);
    auto results = std::make_shared<QHash<int, SecretResult>>();
    QObject::connect(store, &SecretStore::finished, context,
        [context, requests, results, done = std::move(done)](const SecretResult &result) {
            if (!requests.contains(result.request))
                return;
            results->insert(result.request, result);
            if (results->size() < requests.size())
                return;
            context->deleteLater();
            Results ordered;
            for (int request : requests)
                ordered << results->value(request);
            done(ordered);
        });
}

const SecretResult *firstFailure(const Results &results)
{
    for (const SecretResult &result : results) {
        if (!result.ok())
            return &result;
    }
    return nullptr;
}

QList<SecretSlot> slotsOf(const Account &account)
{
    QList<SecretSlot> result;
    if (account.smtp)
        result << SecretSlot::Smtp;
    if (account.pop3)
        result << SecretSlot::Pop3;
    return result;
}

// What every action starts with: its options, and the account file.
struct Action {
    CliArgs args;
    AccountStore store;
    std::optional<Account> account; // for actions that name one

    enum Needs { Nothing, Accounts, NamedAccount };

    // Parses `words` and loads what the action needs. Returns the exit code
    // to stop with (help shown, usage error, unreadable file, no such
    // account), or std::nullopt to go on.
    std::optional<int> begin(const QStringList &words, Needs needs,
        std::initializer_list<const char *> flags, std::initializer_list<const char *> ones = {},
        std::initializer_list<const char *> manys = {})
    {
        args.add(QStringLiteral("help"), Arity::Flag);
        for (const char *flag : flags)
            args.add(QLatin1String(flag), Arity::Flag);
        for (const char *one : ones)
            args.add(QLatin1String(one), Arity::One);
        for (const char *many : manys)
            args.add(QLatin1String(many), Arity::Many);
        if (!args.parse(words))
            return usageError(args.errorString());
        if (args.isSet(QStringLiteral("help"))) {
            out() << usageText() << Qt::flush;
            return ExitCode::Success;
        }
        const int expectedPositional = needs == NamedAccount ? 1 : 0;
        if (args.positional().size() > expectedPositional)
            return usageError(CliText::tr("unexpected argument '%1'")
                                  .arg(args.positional().at(expectedPositional)));
        if (args.positional().size() < expectedPositional)
            return usageError(CliText::tr("which account? give its name, address or id"));
        if (needs == Nothing)
            return std::nullopt;
        AccountError error;
        if (!store.load(&error))
            return report(error);
        if (needs == NamedAccount) {
            account = store.find(args.positional().first(), &error);
            if (!account)
                return report(error);
        }
        return std::nullopt;
    }

    bool isSet(const char *name) const { return args.isSet(QLatin1String(name)); }
    QString value(const char *name) const { return args.value(QLatin1String(name)); }
};

std::optional<ServerSettings> serverOption(const Action &action, const char *option,
    Protocol protocol, const QString &username, QString *error)
{
    if (!action.isSet(option))
        return std::nullopt;
    QString parseError;
    const auto endpoint = parseEndpoint(action.value(option), protocol, &parseError);
    if (!endpoint) {
        *error = QStringLiteral("--%1: %2").arg(QLatin1String(option), parseError);
        return std::nullopt;
    }
    return ServerSettings { *endpoint, username };
}

// The account `add` describes, or a usage error.
std::optional<Account> accountFromOptions(const Action &action, QString *error)
{
    if (!action.isSet("email")) {
        *error = CliText::tr("--email ADDR is required");
        return std::nullopt;
    }
    const auto email = EmailAddress::parse(action.value("email"), error);
    if (!email) {
        *error = CliText::tr("--email: %1").arg(*error);
        return std::nullopt;
    }
    if (!action.isSet("smtp")) {
        *error = CliText::tr("--smtp HOST:PORT/SEC is required");
        return std::nullopt;
    }
    Account account(*email);
    account.displayName = action.value("name").trimmed();
    account.discoverySource = QStringLiteral("manual");
    account.allowPlaintext = action.isSet("allow-plaintext");
    account.identity.senderName = action.value("sender-name");
    if (action.isSet("reply-to")) {
        const auto replyTo = EmailAddress::parse(action.value("reply-to"), error);
        if (!replyTo) {
            *error = CliText::tr("--reply-to: %1").arg(*error);
            return std::nullopt;
        }
        account.identity.replyTo = replyTo->toString();
    }
    for (const QString &mechanisms : action.args.values(QStringLiteral("auth"))) {
        for (const QString &name : mechanisms.split(QLatin1Char(','), Qt::SkipEmptyParts))
            account.authMechanisms << name.trimmed().toUpper();
    }
    const QString username = action.isSet("user") ? action.value("user") : email->toString();
    error->clear();
    account.smtp = serverOption(action, "smtp", Protocol::Smtp, username, error);
    account.pop3 = serverOption(action, "pop3", Protocol::Pop3, username, error);
    account.imap = serverOption(action, "imap", Protocol::Imap, username, error);
    if (!error->isEmpty())
        return std::nullopt;
    return account;
}

int runAdd(const QStringList &words)
{
    Action action;
    if (auto stop = action.begin(words, Action::Nothing,
            { "password-stdin", "allow-plaintext", "detect", "verify", "json" },
            { "email", "name", "smtp", "pop3", "imap", "user", "sender-name", "reply-to" },
            { "auth" }))
        return *stop;
    // Discovery and verification are separate components, not in this build
    // yet; say so rather than silently adding an unverified account.
    for (const char *flag : { "detect", "verify" }) {
        if (action.isSet(flag))
            return failure(
                CliText::tr("--%1 is not available yet in this build; give the servers with --smtp "
                            "and --pop3")
                    .arg(QLatin1String(flag)),
                {}, ExitCode::Usage);
    }
    QString error;
    auto account = accountFromOptions(action, &error);
    if (!account)
        return usageError(error);

    std::optional<QString> password;
    if (action.isSet("password-stdin")) {
        for (const Endpoint &endpoint : account->endpoints()) {
            if (endpoint.security == SecurityMode::Plain && !account->allowPlaintext)
                return usageError(
                    CliText::tr("refusing to keep a password for a server without encryption (%1); "
                                "add --allow-plaintext if you really mean it")
                        .arg(endpoint.toString()));
        }
        password = readPassword(true, &error);
        if (!password)
            return usageError(error);
    }

    AccountError accountError;
    if (!action.store.load(&accountError))
        return report(accountError);
    if (!action.store.prepare(&*account, &accountError))
        return report(accountError);

    auto saveAccount = [&]() -> int {
        if (!action.store.add(&*account, &accountError))
            return report(accountError);
        if (action.isSet("json"))
            printJson(accountJson(*account, {}));
        else
            out() << CliText::tr("added account %1 (%2)").arg(account->name(), account->id)
                  << Qt::endl;
        return ExitCode::Success;
    };
    if (!password)
        return saveAccount();

    // The password first: if the keychain cannot keep it, nothing at all is
    // written, and the user can choose to add the account without it.
    SecretStore secrets;
    QList<int> writes;
    for (SecretSlot slot : slotsOf(*account))
        writes << secrets.write(slot, account->id, *password);
    password.reset();
    whenFinished(&secrets, writes, [&](const Results &results) {
        const SecretResult *failed = firstFailure(results);
        const int code = failed
            ? failure(failed->error.message(), failed->error.hint(), exitCodeFor(failed->error))
            : saveAccount();
        if (failed)
            err()
                << "  "
                << CliText::tr(
                       "The account was not added. To add it without saving the password, run the "
                       "command again without --password-stdin, then give the password to each "
                       "command with --password-stdin or MAILWRIGHT_PASSWORD.")
                << Qt::endl;
        // On any failure, take back what did get into the keychain.
        QList<int> removals;
        for (const SecretResult &result : results) {
            if (code != ExitCode::Success && result.ok())
                removals << secrets.remove(result.slot, account->id);
        }
        if (removals.isEmpty())
            QCoreApplication::exit(code);
        else
            whenFinished(
                &secrets, removals, [code](const Results &) { QCoreApplication::exit(code); });
    });
    return QCoreApplication::exec();
}

int runList(const QStringList &words)
{
    Action action;
    if (auto stop = action.begin(words, Action::Accounts, { "json" }))
        return *stop;
    if (!action.isSet("json")) {
        printAccountList(action.store.accounts());
        return ExitCode::Success;
    }
    QJsonArray accounts;
    for (const Account &account : action.store.accounts())
        accounts.append(accountJson(account, action.store.pins(account.id)));
    QJsonObject root;
    root.insert(QStringLiteral("accounts"), accounts);
    printJson(root);
    return ExitCode::Success;
}

int runShow(const QStringList &words)
{
    Action action;
    if (auto stop = action.begin(words, Action::NamedAccount, { "json" }))
        return *stop;
    const Account &account = *action.account;
    const QList<CertificatePin> pins = action.store.pins(account.id);

    // Whether a password is saved; the password itself goes no further.
    SecretStore secrets;
    QList<int> reads;
    for (SecretSlot slot : slotsOf(account))
        reads << secrets.read(slot, account.id);
    auto show = [&](const QList<PasswordStatus> &passwords) {
        if (action.isSet("json"))
            printJson(accountJson(account, pins, passwords));
        else
            printAccountDetails(account, pins, passwords);
    };
    if (reads.isEmpty()) {
        show({});
        return ExitCode::Success;
    }
    whenFinished(&secrets, reads, [&](const Results &results) {
        QList<PasswordStatus> passwords;
        for (const SecretResult &result : results)
            passwords << PasswordStatus::from(result);
        show(passwords);
        QCoreApplication::exit(ExitCode::Success);
    });
    return QCoreApplication::exec();
}

int runRemove(const QStringList &words)
{
    Action action;
    if (auto stop = action.begin(words, Action::NamedAccount, { "force" }))
        return *stop;
    const Account &account = *action.account;

    // Both slots, whatever servers the account has now: an earlier version
    // of it may have saved either.
    SecretStore secrets;
    const QList<int> removals { secrets.remove(SecretSlot::Smtp, account.id),
        secrets.remove(SecretSlot::Pop3, account.id) };
    whenFinished(&secrets, removals, [&](const Results &results) {
        const SecretResult *failed = firstFailure(results);
        if (failed && !action.isSet("force")) {
            QCoreApplication::exit(failure(failed->error.message(),
                CliText::tr(
                    "The account was not removed, so that its password does not stay behind in the "
                    "keychain. Try again where the keychain is available, or add --force to remove "
                    "the account anyway."),
                exitCodeFor(failed->error)));
            return;
        }
        AccountError error;
        if (!action.store.remove(account.id, &error)) {
            QCoreApplication::exit(report(error));
            return;
        }
        if (failed)
            out() << CliText::tr(
                "removed account %1; its saved password, if any, is still in the keychain: %2")
                         .arg(account.name(), failed->error.message())
                  << Qt::endl;
        else
            out() << CliText::tr("removed account %1 and its saved passwords").arg(account.name())
                  << Qt::endl;
        QCoreApplication::exit(ExitCode::Success);
    });
    return QCoreApplication::exec();
}

// The server a pin is for: --host (and --port), or else the account's first
// one (SMTP). TrustStore checks that it is one of the account's servers.
std::optional<Endpoint> pinnedServer(const Action &action, QString *error)
{
    const QString host = action.value("host");
    const QList<Endpoint> servers = action.account->endpoints();
    if (host.isEmpty()) {
        if (action.isSet("port"))
            *error = CliText::tr("--port needs --host");
        else if (!servers.isEmpty())
            return servers.first();
        return std::nullopt;
    }
    if (action.isSet("port")) {
        bool ok = false;
        const uint port = action.value("port").toUInt(&ok);
        if (ok && port > 0 && port <= 65535)
            return Endpoint { host, quint16(port), SecurityMode::Ssl };
        *error = CliText::tr("--port needs a number from 1 to 65535");
        return std::nullopt;
    }
    std::optional<Endpoint> server;
    for (const Endpoint &endpoint : servers) {
        if (normalizedPinHost(endpoint.host) != normalizedPinHost(host))
            continue;
        if (server && server->port != endpoint.port) {
            *error = CliText::tr("%1 is used on more than one port; give --port").arg(host);
            return std::nullopt;
        }
        server = endpoint;
    }
    if (!server)
        *error = CliText::tr("%1 is not a server of account %2").arg(host, action.account->name());
    return server;
}

QString fingerprintUsage()
{
    return CliText::tr(
        "--sha256 needs the certificate's SHA-256 fingerprint (64 hex digits, colons allowed)");
}

int runPin(const QStringList &words)
{
    Action action;
    if (auto stop
        = action.begin(words, Action::NamedAccount, {}, { "sha256", "host", "port", "reason" }))
        return *stop;
    CertificatePin pin;
    pin.sha256 = parseSha256Fingerprint(action.value("sha256"));
    if (pin.sha256.isEmpty())
        return usageError(fingerprintUsage());
    QString error;
    const auto server = pinnedServer(action, &error);
    if (!server)
        return usageError(error);
    pin.host = normalizedPinHost(server->host);
    pin.port = server->port;
    pin.pinnedAt = QDateTime::currentDateTimeUtc();
    pin.reason = action.isSet("reason") ? action.value("reason")
                                        : CliText::tr("pinned with mailwright account pin");

    TrustStore trust(&action.store);
    AccountError accountError;
    if (!trust.pin(action.account->id, pin, &accountError))
        return report(accountError);
    out() << CliText::tr("account %1 now trusts the certificate %2 on %3:%4, and only there")
                 .arg(action.account->name(), pin.sha256Hex(), pin.host)
                 .arg(pin.port)
          << Qt::endl;
    return ExitCode::Success;
}

int runUnpin(const QStringList &words)
{
    Action action;
    if (auto stop = action.begin(words, Action::NamedAccount, {}, { "sha256" }))
        return *stop;
    QByteArray sha256;
    if (action.isSet("sha256")) {
        sha256 = parseSha256Fingerprint(action.value("sha256"));
        if (sha256.isEmpty())
            return usageError(fingerprintUsage());
    }
    TrustStore trust(&action.store);
    AccountError error;
    const int removed = trust.revoke(action.account->id, sha256, &error);
    if (removed < 0)
        return report(error);
    if (removed == 0 && !sha256.isEmpty())
        return failure(
            CliText::tr("account %1 has no pin for that certificate").arg(action.account->name()),
            {}, ExitCode::DataError);
    out() << CliText::tr("removed %n pin(s) from account %1", nullptr, removed)
                 .arg(action.account->name())
          << Qt::endl;
    return ExitCode::Success;
}

} // namespace

int runAccount(const QStringList &arguments, const GlobalOptions &)
{
    const QString action = arguments.value(1);
    if (action.isEmpty())
        return usageError(CliText::tr("which action? add, list, show, remove, pin or unpin"));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << usageText() << Qt::flush;
        return ExitCode::Success;
    }
    const struct {
        const char *name;
        int (*run)(const QStringList &);
    } actions[] = { { "add", runAdd }, { "list", runList }, { "show", runShow },
        { "remove", runRemove }, { "pin", runPin }, { "unpin", runUnpin } };
    for (const auto &entry : actions) {
        if (action == QLatin1String(entry.name))
            return entry.run(arguments.mid(2));
    }
    return usageError(CliText::tr("unknown action '%1'").arg(action));
}

} // namespace mw::cli
