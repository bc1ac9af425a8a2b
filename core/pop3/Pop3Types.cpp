#include "pop3/Pop3Types.h"

#include <algorithm>

namespace mw {

Pop3Timeouts Pop3Timeouts::forVerification(int ms)
{
    Pop3Timeouts t;
    t.connect = std::min(t.connect, ms);
    t.greeting = t.command = t.data = ms;
    t.quit = std::min(t.quit, ms);
    return t;
}

} // namespace mw
