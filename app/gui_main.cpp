#include "cli/cli.h"
#include "document/lab_document.h"
#include "lab/lab_json.h"
#include "windows/app_translator.h"
#include "windows/autosave_setup.h"
#include "windows/lab_browser_setup.h"
#include "windows/main_window.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

namespace {

// WIREWALK_LANG=ko|en overrides the system locale (handy on a classroom PC).
void installTranslators(QApplication& app) {
    const QByteArray forced = qgetenv("WIREWALK_LANG");
    const QLocale locale = forced.isEmpty() ? QLocale() : QLocale(QString::fromLatin1(forced));
    // Lab text in two languages follows the default locale (ui/classroom/lab_notes_text.h).
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ww::ui::loadAppTranslator(*ours, locale))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int runGui(int argc, char** argv) {
    QApplication app(argc, argv);
    installTranslators(app);
    const QStringList args = app.arguments();
    const QString reference =
        args.size() > 1 ? args[1] : QStringLiteral("builtin:") + ww::lab::defaultLabName();

    ww::ui::MainWindow window;
    ww::lab::LoadResult loaded = ww::lab::loadLab(reference);
    if (!loaded.lab) {
        QStringList lines;
        for (const auto& issue : loaded.issues)
            lines << (issue.path.isEmpty() ? issue.message : issue.path + ": " + issue.message);
        QMessageBox::warning(nullptr, QApplication::translate("Gui", "Cannot open lab"),
                             QApplication::translate("Gui", "%1 could not be opened:\n\n%2")
                                 .arg(reference, lines.join('\n')));
        loaded = ww::lab::loadLab(QStringLiteral("builtin:") + ww::lab::defaultLabName());
    }
    // A file opened by path becomes the document's file (Save writes it back).
    if (loaded.lab && !reference.startsWith(QStringLiteral("builtin:")))
        window.openFile(reference);
    else if (loaded.lab)
        window.showLab(*loaded.lab);
    window.show();
    // After the first lab: a recovered lab replaces it. Quitting (every window
    // closed, unsaved changes settled) is the clean exit that removes the autosave.
    ww::ui::AutosaveSetup autosave(&window);
    // Then, with nothing named and nothing recovered, the start page over the default lab.
    QTimer::singleShot(0, &autosave, [&autosave, &window, args] {
        autosave.offerRecovery();
        auto* browser = window.findChild<ww::ui::LabBrowserSetup*>();
        if (browser && ww::ui::LabBrowserSetup::startPageWanted(args, *window.document()))
            browser->showStartPage();
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &autosave,
                     &ww::ui::AutosaveSetup::finish);
    return app.exec();
}
