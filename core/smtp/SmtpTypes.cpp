#include "smtp/SmtpTypes.h"

#include <algorithm>

namespace mw {

SmtpTimeouts SmtpTimeouts::forVerification(int ms)
{
    SmtpTimeouts t;
    t.connect = std::min(t.connect, ms);
    t.greeting = t.command = t.dataStart = t.dataBlock = t.dataEnd = ms;
    t.quit = std::min(t.quit, ms);
    return t;
}

int MessageResult::acceptedCount() const
{
    return static_cast<int>(std::count_if(recipients.cbegin(), recipients.cend(),
        [](const RecipientResult &r) { return r.accepted; }));
}

} // namespace mw
