#include "cli/bench_canvas.h"
#include "cli/cli.h"
#include "cli/gui_start_check.h"
#include "windows/app_translator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <memory>

int runGui(int argc, char** argv); // gui_main.cpp

namespace {

// The CLI speaks English unless asked (scripts parse it); WIREWALK_LANG=ko translates.
void installCliTranslator(QTranslator& translator) {
    const QByteArray lang = qgetenv("WIREWALK_LANG");
    const QLocale locale = lang.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates)
                                          : QLocale(QString::fromLatin1(lang));
    if (ww::ui::loadAppTranslator(translator, locale))
        QCoreApplication::installTranslator(&translator);
}

QStringList words(int argc, char** argv) {
    QStringList list;
    for (int i = 1; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("Wirewalk"));
    QCoreApplication::setApplicationName(QStringLiteral("Wirewalk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIREWALK_VERSION));
    if (argc > 1 && ww::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        // Headless: no display needed, nothing from QtGui touched, except `export`
        // and the canvas benchmark, which paint offscreen (fonts need QtGui).
        const QStringList args = words(argc, argv);
        std::unique_ptr<QCoreApplication> owner;
        if (ww::cli::needsWidgets(args) || args.value(0) == QLatin1String("export")) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            owner = std::make_unique<QApplication>(argc, argv);
        } else {
            owner = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication& app = *owner;
        QTranslator translator;
        installCliTranslator(translator);
        return ww::cli::runCommand(app.arguments().mid(1));
    }
    {
        // Before any GUI exists: an unknown word or a missing display gets a message and
        // exit code 2, not a window or Qt's platform plugin abort.
        QCoreApplication app(argc, argv);
        QTranslator translator;
        installCliTranslator(translator);
        QTextStream err(stderr);
        if (auto exitCode = ww::cli::checkGuiStart(words(argc, argv), err))
            return *exitCode;
    }
    return runGui(argc, argv);
}
