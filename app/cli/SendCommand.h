#pragma once

#include <QStringList>

namespace mw {
struct GlobalOptions;
}

namespace mw::cli {

// `mailwright send`: see README.md for the contract.
int runSend(const QStringList &arguments, const GlobalOptions &global);

} // namespace mw::cli
