#pragma once

#include "models/recorded_run.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>

class QTimer;

namespace ww::ui {

// The one clock every playback view follows: a cursor over a RecordedRun.
// The cursor is (time, applied): `applied` events have happened, all of them
// at or before `time`. currentEvent() is the last one that happened (-1: none).
// Playing advances simulated time at wall rate x speed.
class PlaybackClock : public QObject {
    Q_OBJECT
public:
    explicit PlaybackClock(QObject* parent = nullptr);

    // Replaces the recording (a new lab, or a re-record after click-to-drop)
    // and keeps the current time.
    void setRun(std::shared_ptr<const RecordedRun> run);
    const std::shared_ptr<const RecordedRun>& run() const { return run_; }

    SimTime time() const { return time_; }
    SimTime duration() const { return run_ ? run_->duration() : 0; }
    std::size_t appliedEvents() const { return applied_; }
    int currentEvent() const { return static_cast<int>(applied_) - 1; }
    bool isPlaying() const { return playing_; }
    // Simulated seconds per wall second: 1e-3 is "1/1000x" slow motion.
    double speed() const { return speed_; }

    // While playing, a stretch with no frame on any link and no event for longer
    // than this much wall time is skipped (the clock jumps to just before the
    // next event). 0 disables it. Default 1.5 s.
    void setIdleSkip(double wallSeconds) { idleSkip_ = wallSeconds; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void restart();
    void stepForward();
    void stepBack();
    void stepFrameForward(); // to the next frame sent, arriving or dropped
    void stepFrameBack();
    void seek(qint64 time);
    void seekToEvent(int index); // event `index` has just happened
    void setSpeed(double speed);

Q_SIGNALS:
    void runChanged();
    void timeChanged(qint64 time);
    void currentEventChanged(int index);
    void stateChanged(bool playing);
    void speedChanged(double speed);

private:
    void tick();
    void moveTo(SimTime time, std::size_t applied);
    bool isFrameEvent(std::size_t index) const;

    std::shared_ptr<const RecordedRun> run_;
    QTimer* timer_ = nullptr;
    QElapsedTimer wall_;
    SimTime time_ = 0;
    std::size_t applied_ = 0;
    bool playing_ = false;
    double speed_ = 1e-3;
    double idleSkip_ = 1.5;
};

} // namespace ww::ui
