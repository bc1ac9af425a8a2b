#include "AppSetup.h"
#include "cli/ExitCode.h"
#include "compose/ComposerWindow.h"
#include "gui/GuiEntry.h"
#include "main/MainWindow.h"
#include "mime/MailtoUrl.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

namespace {

// The GUI matches the installed mailwright.desktop (the Wayland app id, task
// bars) and shows the application icon: the icon theme's installed one when
// there is one, else the copy built into this module.
void setDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QStringLiteral("mailwright"));
    QIcon builtIn;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        builtIn.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/mailwright.png").arg(size),
            QSize(size, size));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("mailwright"), builtIn));
}

} // namespace

extern "C" Q_DECL_EXPORT int mailwright_gui_main(int *argc, char **argv)
{
    static_assert(std::is_same_v<decltype(&mailwright_gui_main), MailwrightGuiMain>);
    // The executable checked the command line already; parse it the same way.
    const mw::GlobalOptions options = mw::parseCommandLine(*argc, argv);

    QApplication app(*argc, argv);
    mw::setApplicationIdentity();
    setDesktopIdentity();
    mw::installTranslations(app, options.lang);
    // The GUI reads the extra CA (--ca-file) from the environment, as documented.
    if (!options.caFile.isEmpty())
        qputenv("MAILWRIGHT_CA_FILE", options.caFile.toLocal8Bit());

    mw::MainWindow window;
    // `mailwright compose [mailto:URI]`: the composer alone (the mailto handler).
    if (options.rest.value(0) == QLatin1String("compose")) {
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
}
