#include "AppSetup.h"
#include "cli/CliText.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace mw {

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    options.caFile = qEnvironmentVariable("MAILWRIGHT_CA_FILE");
    // arguments[0] is the program; global options may appear anywhere, but a
    // bare "--" ends option processing for them.
    bool passthrough = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto takeValue = [&](const QString &name, QString &target) {
            if (arg == name) {
                if (i + 1 >= arguments.size()) {
                    options.error = cli::CliText::tr("%1 needs a value").arg(name);
                    return true;
                }
                target = arguments.at(++i);
                return true;
            }
            if (arg.startsWith(name + QLatin1Char('='))) {
                target = arg.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (!passthrough
            && (takeValue(QStringLiteral("--lang"), options.lang)
                || takeValue(QStringLiteral("--ca-file"), options.caFile)))
            continue;
        if (arg == QLatin1String("--"))
            passthrough = true;
        options.rest << arg;
    }
    return options;
}

GlobalOptions parseCommandLine(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    GlobalOptions options = parseGlobalOptions(arguments);
    // As the desktop's mailto handler (Exec=mailwright %u) we get the bare URL:
    // `mailwright mailto:…` means `mailwright compose mailto:…`.
    if (options.error.isEmpty()
        && options.rest.value(0).startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        options.rest.prepend(QStringLiteral("compose"));
    return options;
}

void setApplicationIdentity()
{
    // No organisation: config and data live in ~/.config/mailwright, not
    // ~/.config/mailwright/mailwright (QStandardPaths joins both names).
    QCoreApplication::setApplicationName(QStringLiteral("mailwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION_STRING));
}

void installTranslations(QCoreApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);

    auto install = [&app, &locale](const QString &name, const QStringList &dirs) {
        for (const QString &dir : dirs) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(locale, name, QStringLiteral("_"), dir)) {
                QCoreApplication::installTranslator(translator.get());
                translator.release()->setParent(&app);
                return;
            }
        }
    };
    // The installed .qm files (share/mailwright/translations next to bin/)
    // come first, so that an updated translation can be dropped in; the
    // copies embedded in the binary serve the build tree and any install
    // without them.
    install(QStringLiteral("mailwright"),
        { QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
              + QStringLiteral(MAILWRIGHT_TRANSLATIONS_RELDIR)),
            QStringLiteral(":/i18n") });
    // Qt's own strings (QWizard buttons, QDialogButtonBox, QKeySequence...).
    install(QStringLiteral("qtbase"), { QLibraryInfo::path(QLibraryInfo::TranslationsPath) });
}

} // namespace mw
