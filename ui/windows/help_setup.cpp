#include "windows/help_setup.h"

#include "help/help_dialogs.h"

#include <QMainWindow>
#include <QMenuBar>

namespace ww::ui {

void addHelpMenu(QMainWindow* window) {
    QMenu* help = window->menuBar()->addMenu(QMainWindow::tr("&Help"));
    QAction* guide = help->addAction(QMainWindow::tr("Wirewalk &Guide"), QKeySequence::HelpContents,
                                     window, [window] {
                                         // One guide window, brought back when open.
                                         auto* dialog = window->findChild<GuideDialog*>();
                                         if (!dialog) {
                                             dialog = new GuideDialog(window);
                                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                                         }
                                         dialog->show();
                                         dialog->raise();
                                         dialog->activateWindow();
                                     });
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcutContext(Qt::ApplicationShortcut);
    QAction* about = help->addAction(QMainWindow::tr("&About Wirewalk"), window,
                                     [window] { showAbout(window); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

} // namespace ww::ui
