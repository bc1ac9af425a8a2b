#include "cli/CliRouter.h"

#include "AppSetup.h"
#include "cli/AccountCommand.h"
#include "cli/CliCommon.h"
#include "cli/CliText.h"
#include "cli/DetectCommand.h"
#include "cli/ExitCode.h"
#include "cli/OutboxCommand.h"
#include "cli/SendCommand.h"
#include "cli/VerifyCommand.h"

#include <QCoreApplication>

namespace mw::cli {

namespace {

struct Subcommand {
    const char *name;
    int (*run)(const QStringList &arguments, const GlobalOptions &global);
};

QString usage()
{
    return CliText::tr(
        "Usage: mailwright [--lang zh_CN|en] [--ca-file PEM] [COMMAND] [OPTIONS]\n"
        "\n"
        "Without a command, the graphical application starts.\n"
        "\n"
        "Commands:\n"
        "  compose [mailto:URI]   open the composer (graphical)\n"
        "  detect EMAIL           find the mail server settings for an address\n"
        "  verify EMAIL           log in to the SMTP and POP3 servers to prove the settings\n"
        "  send                   send mail through an SMTP server\n"
        "  account                add, list, show or remove accounts\n"
        "  outbox                 list, flush or remove queued messages (send --queue)\n"
        "\n"
        "Global options:\n"
        "  --ca-file PEM          also trust this CA certificate (or MAILWRIGHT_CA_FILE)\n"
        "  --lang zh_CN|en        choose the interface language\n"
        "  --help                 show this help\n"
        "  --version              show the version\n");
}

const Subcommand kSubcommands[] = {
    { "detect", runDetect },
    { "verify", runVerify },
    { "send", runSend },
    { "account", runAccount },
    { "outbox", runOutbox },
};

const Subcommand *findSubcommand(const QString &name)
{
    for (const auto &command : kSubcommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace

bool isConsoleInvocation(const QStringList &arguments)
{
    // Everything but "no arguments" and the graphical composer is handled on
    // the console, so that a typo gets a usage message, not a window.
    return !arguments.isEmpty() && arguments.first() != QLatin1String("compose");
}

int runConsole(const GlobalOptions &global)
{
    const QStringList &arguments = global.rest;
    const QString first = arguments.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out() << usage() << Qt::flush;
        return ExitCode::Success;
    }
    if (first == QLatin1String("--version")) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Success;
    }
    if (const Subcommand *command = findSubcommand(first))
        return command->run(arguments, global);

    err() << CliText::tr("mailwright: unknown command or option '%1'").arg(first) << "\n\n"
          << usage() << Qt::flush;
    return ExitCode::Usage;
}

} // namespace mw::cli
