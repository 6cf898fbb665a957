#include "windows/lab_browser_setup.h"

#include "canvas/topology_view.h"
#include "classroom/lab_browser_dialog.h"
#include "classroom/start_page.h"
#include "document/lab_document.h"
#include "windows/main_window.h"

#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace ww::ui {

LabBrowserSetup::LabBrowserSetup(MainWindow* window, QMenu* fileMenu)
    : QObject(window)
    , window_(window) {
    QAction* open =
        fileMenu->addAction(tr("Open &Built-in Lab…"), this, &LabBrowserSetup::openDialog);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    open->setObjectName(QStringLiteral("openBuiltinLabAction"));
}

bool LabBrowserSetup::startPageWanted(const QStringList& args, const LabDocument& document) {
    return args.size() <= 1 && !document.isModified();
}

void LabBrowserSetup::openDialog() {
    LabBrowserDialog dialog(window_);
    if (dialog.exec() == QDialog::Accepted && window_->openBuiltinLab(dialog.chosenLab()))
        closeStartPage();
}

void LabBrowserSetup::showStartPage() {
    if (startPage_)
        return;
    // Over everything below the menu bar (toolbar, docks, canvas): the menus stay usable.
    startPage_ = new StartPage(window_->currentLab().title, window_);
    startPage_->setGeometry(pageArea());
    window_->installEventFilter(this);
    connect(startPage_, &StartPage::labChosen, this, [this](const QString& name) {
        if (window_->openBuiltinLab(name))
            closeStartPage();
    });
    connect(startPage_, &StartPage::dismissed, this, &LabBrowserSetup::closeStartPage);
    // Any other way to a lab (File > New, Open, a recent file) leaves the start page too.
    connect(window_->document(), &LabDocument::filePathChanged, this,
            &LabBrowserSetup::closeStartPage);
    startPage_->show();
    startPage_->raise();
    startPage_->setFocus();
}

void LabBrowserSetup::closeStartPage() {
    if (!startPage_)
        return;
    window_->removeEventFilter(this);
    disconnect(window_->document(), &LabDocument::filePathChanged, this,
               &LabBrowserSetup::closeStartPage);
    startPage_->hide();
    startPage_->deleteLater();
    startPage_ = nullptr;
    window_->view()->setFocus();
}

QRect LabBrowserSetup::pageArea() const {
    QRect area = window_->rect();
    area.setTop(window_->menuBar()->geometry().bottom() + 1);
    if (window_->statusBar()->isVisible())
        area.setBottom(window_->statusBar()->geometry().top() - 1);
    return area;
}

bool LabBrowserSetup::eventFilter(QObject* watched, QEvent* event) {
    if (startPage_ && watched == window_ &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        startPage_->setGeometry(pageArea());
    return QObject::eventFilter(watched, event);
}

} // namespace ww::ui
