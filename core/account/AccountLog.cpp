#include "account/AccountLog.h"

namespace mw {

Q_LOGGING_CATEGORY(lcAccount, "mailwright.account", QtWarningMsg)

} // namespace mw
