#pragma once

#include <QObject>

class QMainWindow;

namespace ww::plots {
class PlotsPanel;
}

namespace ww::ui {

class PlaybackSetup;

// Puts the TCP plots into a main window as a dock that follows the playback clock.
class PlotsSetup : public QObject {
    Q_OBJECT
public:
    PlotsSetup(QMainWindow* window, PlaybackSetup* playback);
    plots::PlotsPanel* panel() const { return panel_; }

private:
    plots::PlotsPanel* panel_;
};

} // namespace ww::ui
