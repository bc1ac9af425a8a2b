#include "discovery/DiscoveryLog.h"

namespace mw {

Q_LOGGING_CATEGORY(lcDiscovery, "mailwright.discovery", QtWarningMsg)

} // namespace mw
