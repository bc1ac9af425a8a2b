#pragma once

#include <QLoggingCategory>

namespace mw {

// "mailwright.discovery": off below warnings by default; enable with
// QT_LOGGING_RULES="mailwright.discovery.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcDiscovery)

} // namespace mw
