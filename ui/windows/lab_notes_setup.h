#pragma once

#include <QObject>

namespace ww::ui {

class LabDocument;
class LabNotesPanel;
class MainWindow;

// The "Lab Notes" dock: the current lab's title and teaching text, on the
// right, a tab beside the properties.
class LabNotesSetup : public QObject {
    Q_OBJECT
public:
    LabNotesSetup(MainWindow* window, LabDocument* document);

    LabNotesPanel* panel() const { return panel_; }

private:
    LabNotesPanel* panel_;
};

} // namespace ww::ui
