#include "models/playback_clock.h"

#include <QTimer>
#include <algorithm>
#include <cmath>

namespace ww::ui {

PlaybackClock::PlaybackClock(QObject* parent)
    : QObject(parent)
    , timer_(new QTimer(this)) {
    timer_->setInterval(16); // about 60 frames a second
    connect(timer_, &QTimer::timeout, this, &PlaybackClock::tick);
}

void PlaybackClock::setRun(std::shared_ptr<const RecordedRun> run) {
    run_ = std::move(run);
    // The cursor is consistent before anyone hears of the new run; then every
    // view redraws, since the events under the cursor changed.
    time_ = std::clamp<SimTime>(time_, 0, duration());
    applied_ = run_ ? run_->eventsUpTo(time_) : 0;
    Q_EMIT runChanged();
    Q_EMIT timeChanged(time_);
    Q_EMIT currentEventChanged(currentEvent());
}

void PlaybackClock::play() {
    if (!run_ || playing_)
        return;
    if (time_ >= duration())
        moveTo(0, 0);
    playing_ = true;
    wall_.start();
    timer_->start();
    Q_EMIT stateChanged(true);
}

void PlaybackClock::pause() {
    if (!playing_)
        return;
    playing_ = false;
    timer_->stop();
    Q_EMIT stateChanged(false);
}

void PlaybackClock::togglePlay() {
    playing_ ? pause() : play();
}

void PlaybackClock::restart() {
    moveTo(0, 0);
}

void PlaybackClock::tick() {
    if (!run_)
        return pause();
    const double wallSeconds = static_cast<double>(wall_.nsecsElapsed()) / 1e9;
    wall_.restart();
    SimTime next = time_ + static_cast<SimTime>(std::llround(wallSeconds * speed_ * 1e9));
    const auto& events = run_->events();
    // Nothing moving and nothing happening for a long (wall) while: jump to
    // shortly before the next event.
    if (idleSkip_ > 0 && applied_ < events.size() && run_->framesInFlight(applied_) == 0) {
        const auto skip = static_cast<SimTime>(idleSkip_ * speed_ * 1e9);
        const SimTime nextEvent = events[applied_].time;
        if (nextEvent - time_ > skip)
            next = std::max(next, nextEvent - skip / 4);
    }
    if (next >= duration()) {
        moveTo(duration(), events.size());
        pause();
        return;
    }
    moveTo(next, run_->eventsUpTo(next));
}

void PlaybackClock::stepForward() {
    if (!run_ || applied_ >= run_->events().size())
        return;
    moveTo(run_->events()[applied_].time, applied_ + 1);
}

void PlaybackClock::stepBack() {
    if (!run_ || applied_ == 0)
        return;
    const std::size_t n = applied_ - 1;
    moveTo(n == 0 ? 0 : run_->events()[n - 1].time, n);
}

bool PlaybackClock::isFrameEvent(std::size_t index) const {
    const EventKind& k = run_->events()[index].kind;
    if (std::holds_alternative<FrameTxStart>(k) || std::holds_alternative<FrameArrival>(k))
        return true;
    const auto* d = std::get_if<Drop>(&k);
    return d && d->frameId != 0;
}

void PlaybackClock::stepFrameForward() {
    if (!run_)
        return;
    for (std::size_t i = applied_; i < run_->events().size(); ++i)
        if (isFrameEvent(i))
            return seekToEvent(static_cast<int>(i));
    moveTo(duration(), run_->events().size());
}

void PlaybackClock::stepFrameBack() {
    if (!run_)
        return;
    for (std::size_t i = applied_ >= 2 ? applied_ - 1 : 0; i-- > 0;)
        if (isFrameEvent(i))
            return seekToEvent(static_cast<int>(i));
    moveTo(0, 0);
}

void PlaybackClock::seek(qint64 time) {
    if (!run_)
        return;
    const SimTime t = std::clamp<SimTime>(time, 0, duration());
    moveTo(t, run_->eventsUpTo(t));
}

void PlaybackClock::seekToEvent(int index) {
    if (!run_ || index < 0 || static_cast<std::size_t>(index) >= run_->events().size())
        return;
    const auto i = static_cast<std::size_t>(index);
    moveTo(run_->events()[i].time, i + 1);
}

void PlaybackClock::setSpeed(double speed) {
    if (speed <= 0 || speed == speed_)
        return;
    speed_ = speed;
    Q_EMIT speedChanged(speed_);
}

void PlaybackClock::moveTo(SimTime time, std::size_t applied) {
    const bool timeMoved = time != time_;
    const bool eventMoved = applied != applied_;
    time_ = time;
    applied_ = applied;
    if (timeMoved)
        Q_EMIT timeChanged(time_);
    if (eventMoved)
        Q_EMIT currentEventChanged(currentEvent());
}

} // namespace ww::ui
