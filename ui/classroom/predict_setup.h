#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace ww::ui {
class LabDocument;
class PlaybackSetup;
class TopologyScene;
} // namespace ww::ui

namespace ww::ui::classroom {

class ActLive;
class PredictController;
class PredictPanel;

// Puts prediction mode (a dock and a toggle, Ctrl+Shift+P) and Act live (the canvas's device
// menu) into the main window.
class PredictSetup : public QObject {
    Q_OBJECT
public:
    PredictSetup(QMainWindow* window, LabDocument* document, TopologyScene* scene,
                 PlaybackSetup* playback);

    QAction* toggle() const { return toggle_; }
    PredictController* controller() const { return controller_; }
    PredictPanel* panel() const { return panel_; }
    ActLive* actLive() const { return actLive_; }

private:
    QAction* toggle_;
    PredictPanel* panel_;
    QDockWidget* dock_;
    PredictController* controller_;
    ActLive* actLive_;
};

} // namespace ww::ui::classroom
