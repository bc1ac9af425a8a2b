#include "AppSetup.h"
#include "cli/CliRouter.h"
#include "cli/CliText.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QTextStream>

#if MAILWRIGHT_HAVE_GUI
#include "compose/ComposerWindow.h"
#include "main/MainWindow.h"
#include "mime/MailtoUrl.h"

#include <QApplication>
#endif

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
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
#endif

int reportUsageError(int argc, char **argv, const mw::GlobalOptions &options)
{
    QCoreApplication app(argc, argv);
    mw::setApplicationIdentity();
    mw::installTranslations(app, options.lang);
    QTextStream(stderr) << "mailwright: " << options.error << Qt::endl;
    return mw::cli::ExitCode::Usage;
}

} // namespace

int main(int argc, char **argv)
{
    mw::GlobalOptions options = mw::parseGlobalOptions(argumentsOf(argc, argv));
    if (!options.error.isEmpty())
        return reportUsageError(argc, argv, options);
    // As the desktop's mailto handler (Exec=mailwright %u) we get the bare URL:
    // `mailwright mailto:…` means `mailwright compose mailto:…`.
    if (options.rest.value(0).startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        options.rest.prepend(QStringLiteral("compose"));

    if (mw::cli::isConsoleInvocation(options.rest) || !MAILWRIGHT_HAVE_GUI) {
        QCoreApplication app(argc, argv);
        mw::setApplicationIdentity();
        mw::installTranslations(app, options.lang);
        return mw::cli::runConsole(options);
    }

#if MAILWRIGHT_HAVE_GUI
    if (!displayAvailable()) {
        QCoreApplication app(argc, argv);
        mw::setApplicationIdentity();
        mw::installTranslations(app, options.lang);
        QTextStream(stderr) << mw::cli::CliText::tr(
            "mailwright: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "Run it inside a graphical session, or without one through a virtual display:\n"
            "    xvfb-run -a mailwright\n"
            "The command-line subcommands (mailwright --help) need no display.")
                            << Qt::endl;
        return mw::cli::ExitCode::Unreachable;
    }

    // `mailwright compose [mailto:URI]`: the composer alone (the mailto handler).
    const bool composeOnly = options.rest.value(0) == QLatin1String("compose");
    if (composeOnly && options.rest.size() > 2) {
        QCoreApplication app(argc, argv);
        mw::setApplicationIdentity();
        mw::installTranslations(app, options.lang);
        QTextStream(stderr) << mw::cli::CliText::tr(
            "mailwright: compose takes at most one mailto: URL")
                            << Qt::endl;
        return mw::cli::ExitCode::Usage;
    }

    QApplication app(argc, argv);
    mw::setApplicationIdentity();
    mw::installTranslations(app, options.lang);
    // The GUI reads the extra CA (--ca-file) from the environment, as documented.
    if (!options.caFile.isEmpty())
        qputenv("MAILWRIGHT_CA_FILE", options.caFile.toLocal8Bit());

    mw::MainWindow window;
    if (composeOnly) {
        mw::MessageDraft draft;
        const QString url = options.rest.value(1);
        if (!url.isEmpty()) {
            QString error;
            const std::optional<mw::MailtoUrl> mailto = mw::MailtoUrl::parse(url, &error);
            if (!mailto) {
                QTextStream(stderr) << "mailwright: " << error << Qt::endl;
                return mw::cli::ExitCode::DataError;
            }
            draft = mailto->toDraft();
        }
        window.compose(draft);
    } else {
        window.show();
        window.start();
    }
    return app.exec();
#endif
}
