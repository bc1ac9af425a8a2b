#include "AppSetup.h"
#include "cli/CliRouter.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

#if MAILWRIGHT_HAVE_GUI
#include "common/OwnModule.h"
#include "gui/GuiEntry.h"

#include <QFileInfo>
#include <QStandardPaths>
#endif

namespace {

// For messages printed before the real work starts: an application object
// with the translations installed, and only then the message built (a tr()
// evaluated earlier would stay English).
int printAndExit(int argc, char **argv, const mw::GlobalOptions &options,
    const std::function<QString()> &message, int exitCode)
{
    QCoreApplication app(argc, argv);
    mw::setApplicationIdentity();
    mw::installTranslations(app, options.lang);
    QTextStream(stderr) << message() << Qt::endl;
    return exitCode;
}

#if MAILWRIGHT_HAVE_GUI
// On X11/Wayland systems, starting without a display makes Qt abort with a
// cryptic message; say what is wrong and how to get around it instead.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The running binary, found without an application object (which must not
// exist before the GUI module creates its QApplication).
QString executablePath(const char *argv0)
{
#if defined(Q_OS_LINUX)
    const QString proc = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    if (!proc.isEmpty())
        return proc;
#endif
    const QString name = QString::fromLocal8Bit(argv0);
    // A bare name was found through PATH, like the shell found it.
    const QString path = name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        ? name
        : QStandardPaths::findExecutable(name);
    const QFileInfo info(path);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

#endif

} // namespace

int main(int argc, char **argv)
{
    const mw::GlobalOptions options = mw::parseCommandLine(argc, argv);
    if (!options.error.isEmpty())
        return printAndExit(
            argc, argv, options,
            // Parsed again now that the translator is in place.
            [argc, argv] {
                return QStringLiteral("mailwright: ") + mw::parseCommandLine(argc, argv).error;
            },
            mw::cli::ExitCode::Usage);

    if (mw::cli::isConsoleInvocation(options.rest) || !MAILWRIGHT_HAVE_GUI) {
        QCoreApplication app(argc, argv);
        mw::setApplicationIdentity();
        mw::installTranslations(app, options.lang);
        return mw::cli::runConsole(options);
    }

#if MAILWRIGHT_HAVE_GUI
    if (!displayAvailable())
        return printAndExit(
            argc, argv, options,
            [] {
                return mw::cli::CliText::tr(
                    "mailwright: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                    "Run it inside a graphical session, or without one through a virtual display:\n"
                    "    xvfb-run -a mailwright\n"
                    "The command-line subcommands (mailwright --help) need no display.");
            },
            mw::cli::ExitCode::Unreachable);
    if (options.rest.value(0) == QLatin1String("compose") && options.rest.size() > 2)
        return printAndExit(
            argc, argv, options,
            [] {
                return mw::cli::CliText::tr("mailwright: compose takes at most one mailto: URL");
            },
            mw::cli::ExitCode::Usage);

    // The GUI module, installed under lib/mailwright relative to the binary
    // or next to it in the build tree (common/OwnModule.h).
    QStringList tried;
    if (const auto entry = reinterpret_cast<MailwrightGuiMain>(
            mw::resolveOwnModule(QFileInfo(executablePath(argv[0])).absolutePath(),
                QStringLiteral(MAILWRIGHT_GUI_RELDIR), QStringLiteral(MAILWRIGHT_GUI_FILE),
                MAILWRIGHT_GUI_ENTRY, &tried)))
        return entry(&argc, argv); // the module stays loaded until exit
    return printAndExit(
        argc, argv, options,
        [&tried] {
            return mw::cli::CliText::tr(
                "mailwright: the graphical interface could not be loaded:\n    %1\n"
                "Reinstall Mailwright. The command-line subcommands (mailwright "
                "--help) work without it.")
                .arg(tried.join(QLatin1String("\n    ")));
        },
        mw::cli::ExitCode::Unreachable);
#endif
}
