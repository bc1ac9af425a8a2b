#pragma once

#include <QStringList>

#include <optional>

namespace mw {
struct GlobalOptions;
}

namespace mw::cli {

// True when `arguments` (without the program name) name a console
// subcommand, or ask for --help/--version, so no GUI is needed.
bool isConsoleInvocation(const QStringList &arguments);

// Runs a console subcommand. A QCoreApplication must exist. Returns the
// process exit code (see ExitCode.h).
int runConsole(const GlobalOptions &global);

} // namespace mw::cli
