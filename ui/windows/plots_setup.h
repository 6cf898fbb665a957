#pragma once

#include <QObject>

class QMainWindow;

namespace ww::plots {
class PlotsPanel;
}

namespace ww::ui {

class PlaybackClock;
class PlaybackSetup;

// Puts the TCP plots into a main window as a dock that follows the playback clock.
class PlotsSetup : public QObject {
    Q_OBJECT
public:
    PlotsSetup(QMainWindow* window, PlaybackSetup* playback);
    // Null until the dock first comes into view.
    plots::PlotsPanel* panel() const { return panel_; }

private:
    void follow(PlaybackClock* clock);

    plots::PlotsPanel* panel_ = nullptr;
};

} // namespace ww::ui
