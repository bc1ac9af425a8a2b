#pragma once

#include <QCoreApplication>
#include <QString>

namespace mw {

// "12.3 KB", "4.5 MB": sizes and speeds as people read them.
QString formatSize(qint64 bytes);

} // namespace mw
