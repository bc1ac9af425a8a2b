#include "compose/SizeText.h"

#include <QLocale>

namespace mw {

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace mw
