#include "outbox/OutboxLog.h"

Q_LOGGING_CATEGORY(lcOutbox, "mailwright.outbox", QtWarningMsg)
