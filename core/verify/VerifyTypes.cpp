#include "verify/VerifyTypes.h"

namespace mw {

QString verifyStepName(VerifyStep::Name name)
{
    switch (name) {
    case VerifyStep::Name::Dns:
        return QStringLiteral("dns");
    case VerifyStep::Name::Tcp:
        return QStringLiteral("tcp");
    case VerifyStep::Name::Tls:
        return QStringLiteral("tls");
    case VerifyStep::Name::Greeting:
        return QStringLiteral("greeting");
    case VerifyStep::Name::Capabilities:
        return QStringLiteral("capabilities");
    case VerifyStep::Name::Auth:
        return QStringLiteral("auth");
    case VerifyStep::Name::Mailbox:
        return QStringLiteral("mailbox");
    }
    return {};
}

QString VerifyFailure::serverText() const
{
    if (pop3Reply)
        return pop3Reply->displayText();
    return smtpReply.isValid() ? smtpReply.text() : QString();
}

const VerifyStep *ServerReport::failedStep() const
{
    for (const VerifyStep &step : steps) {
        if (!step.ok)
            return &step;
    }
    return nullptr;
}

bool VerifyReport::ok() const
{
    if (!smtp.attempted && !pop3.attempted)
        return false;
    return (!smtp.attempted || smtp.ok) && (!pop3.attempted || pop3.ok);
}

} // namespace mw
