#include "windows/lab_notes_setup.h"

#include "classroom/lab_notes_panel.h"
#include "windows/main_window.h"

#include <QDockWidget>

namespace ww::ui {

LabNotesSetup::LabNotesSetup(MainWindow* window, LabDocument* document)
    : QObject(window)
    , panel_(new LabNotesPanel(document, window)) {
    auto* dock = new QDockWidget(tr("Lab Notes"), window);
    dock->setObjectName(QStringLiteral("labNotesDock")); // saveState() needs it
    dock->setWidget(panel_);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    // A tab beside the properties, in front: what the lab teaches is the first thing to
    // read; selecting a device to edit is one click on the Properties tab.
    if (auto* properties = window->findChild<QDockWidget*>(QStringLiteral("propertiesDock"))) {
        window->tabifyDockWidget(properties, dock);
        dock->raise();
    }
}

} // namespace ww::ui
