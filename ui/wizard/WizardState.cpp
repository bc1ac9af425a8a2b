#include "wizard/WizardState.h"

#include <QLoggingCategory>

namespace mw {

namespace {

Q_LOGGING_CATEGORY(lcWizard, "mailwright.wizard", QtWarningMsg)

} // namespace

AccountWizardOptions AccountWizardOptions::defaults()
{
    AccountWizardOptions options;
    const QString path = qEnvironmentVariable("MAILWRIGHT_CA_FILE");
    if (!path.isEmpty()) {
        QString error;
        if (!options.discovery.tls.addCaFile(path, &error))
            qCWarning(lcWizard, "CA file not used: %s", qPrintable(error));
    }
    return options;
}

} // namespace mw
