#pragma once

#include <QStringList>

namespace mw {
struct GlobalOptions;
}

namespace mw::cli {

// `mailwright verify`: see README.md for the contract.
int runVerify(const QStringList &arguments, const GlobalOptions &global);

} // namespace mw::cli
