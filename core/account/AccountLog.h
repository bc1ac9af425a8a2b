#pragma once

#include <QLoggingCategory>

namespace mw {

// "mailwright.account": the account file and the keychain. Off below warnings
// by default; enable with QT_LOGGING_RULES="mailwright.account.debug=true".
// Secrets are never logged, at any level.
Q_DECLARE_LOGGING_CATEGORY(lcAccount)

} // namespace mw
