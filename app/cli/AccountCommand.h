#pragma once

#include <QStringList>

namespace mw {
struct GlobalOptions;
}

namespace mw::cli {

// `mailwright account (add | list | show | remove | pin | unpin) …`: see
// README.md for the contract. Passwords go to the OS keychain only.
int runAccount(const QStringList &arguments, const GlobalOptions &global);

} // namespace mw::cli
