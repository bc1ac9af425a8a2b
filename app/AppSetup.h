#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace mw {

// Options every mode understands, read before the application object exists
// so that the right kind (GUI or console) can be created.
struct GlobalOptions {
    QString lang; // --lang zh_CN|en; empty = follow the locale
    QString caFile; // --ca-file PEM, or MAILWRIGHT_CA_FILE
    QStringList rest; // arguments left after the global options
    QString error; // non-empty when the global options were malformed
};

GlobalOptions parseGlobalOptions(const QStringList &arguments);
// parseGlobalOptions() on main()'s arguments; a bare mailto: URL (how the
// desktop calls its mailto handler) becomes `compose URL`.
GlobalOptions parseCommandLine(int argc, char **argv);

// Sets the names used by QStandardPaths and QSettings (call it after the
// application object exists).
void setApplicationIdentity();

// Loads Mailwright's and Qt's own translations for `lang` (or the system
// locale when empty) into `app`.
void installTranslations(QCoreApplication &app, const QString &lang);

} // namespace mw
