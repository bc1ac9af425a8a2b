#pragma once

#include <QStringList>

namespace mw {
struct GlobalOptions;
}

namespace mw::cli {

// `mailwright detect EMAIL [--json] [--offline] [--timeout-ms N] [--ispdb-url URL]`:
// see README.md for the contract.
int runDetect(const QStringList &arguments, const GlobalOptions &global);

} // namespace mw::cli
