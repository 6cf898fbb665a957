#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QSlider;

namespace ww::ui {

class PlaybackClock;

// Play/pause (Space), step back/forward one event (Left/Right) or one frame
// (Shift+Left/Right), restart (Home), a speed combo (slow motion for teaching)
// and a timeline scrubber over simulated time, all driving a PlaybackClock.
class PlaybackToolbar : public QToolBar {
    Q_OBJECT
public:
    explicit PlaybackToolbar(PlaybackClock* clock, QWidget* parent = nullptr);

    QAction* playAction() const { return play_; }
    QAction* stepBackAction() const { return stepBack_; }
    QAction* stepForwardAction() const { return stepForward_; }
    QAction* restartAction() const { return restart_; }
    QSlider* timeline() const { return timeline_; }
    QComboBox* speedCombo() const { return speed_; }

private:
    void updateTime();
    void updateRange();
    void updatePlayState(bool playing);

    PlaybackClock* clock_;
    QAction* play_ = nullptr;
    QAction* stepBack_ = nullptr;
    QAction* stepForward_ = nullptr;
    QAction* frameBack_ = nullptr;
    QAction* frameForward_ = nullptr;
    QAction* restart_ = nullptr;
    QComboBox* speed_ = nullptr;
    QSlider* timeline_ = nullptr;
    QLabel* timeLabel_ = nullptr;
};

} // namespace ww::ui
