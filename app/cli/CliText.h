#pragma once

#include <QCoreApplication>

namespace mw::cli {

// Translation context for console output ("mw::cli" in the .ts files).
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(mw::cli)
};

} // namespace mw::cli
