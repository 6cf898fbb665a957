#pragma once

#include "classroom/start_page.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMenu;

namespace ww::ui {

class LabDocument;
class MainWindow;

// File > Open Built-in Lab… and the start page over the canvas. Both open a
// lab through MainWindow::openBuiltinLab (the unsaved-changes prompt first).
class LabBrowserSetup : public QObject {
    Q_OBJECT
public:
    LabBrowserSetup(MainWindow* window, QMenu* fileMenu);

    // The start page is for a start with nothing to open: no lab named on the
    // command line (`args` as QApplication::arguments()) and no recovered
    // autosave (a recovered lab is a modified document).
    static bool startPageWanted(const QStringList& args, const LabDocument& document);
    void showStartPage();
    StartPage* startPage() const { return startPage_; }

    void openDialog();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void closeStartPage();
    QRect pageArea() const;

    MainWindow* window_;
    QPointer<StartPage> startPage_;
};

} // namespace ww::ui
