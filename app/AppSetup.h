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

// Sets names used by QStandardPaths and QSettings; in the GUI (call it after
// the QApplication exists) also the desktop file name and the window icon.
void setApplicationIdentity();

// Loads Mailwright's and Qt's own translations for `lang` (or the system
// locale when empty) into `app`.
void installTranslations(QCoreApplication &app, const QString &lang);

} // namespace mw
