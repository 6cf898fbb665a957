#include "classroom/lesson_player.h"

#include "models/playback_clock.h"

#include <QLocale>

namespace ww::ui {

QString interfaceLanguage() {
    const QByteArray forced = qgetenv("WIREWALK_LANG");
    return forced.isEmpty() ? QLocale().name() : QString::fromLatin1(forced);
}

QString localText(const LocalText& text) {
    return QString::fromStdString(text.in(interfaceLanguage().toStdString()));
}

LessonPlayer::LessonPlayer(PlaybackClock* clock, QObject* parent)
    : QObject(parent)
    , clock_(clock) {}

void LessonPlayer::start(lesson::Lesson lesson, std::vector<lesson::StepPosition> positions) {
    lesson_ = std::move(lesson);
    positions_ = std::move(positions);
    step_ = -1;
    Q_EMIT lessonChanged();
    goToStep(0);
}

void LessonPlayer::stop() {
    lesson_.reset();
    positions_.clear();
    step_ = -1;
    Q_EMIT lessonChanged();
}

const lesson::Step* LessonPlayer::currentStep() const {
    return lesson_ && step_ >= 0 ? &lesson_->steps[static_cast<std::size_t>(step_)] : nullptr;
}

int LessonPlayer::currentStepEvent() const {
    if (!lesson_ || step_ < 0)
        return -1;
    return static_cast<int>(positions_[static_cast<std::size_t>(step_)].applied) - 1;
}

void LessonPlayer::next() {
    if (lesson_ && step_ + 1 < stepCount())
        goToStep(step_ + 1);
}

void LessonPlayer::previous() {
    if (lesson_ && step_ > 0)
        goToStep(step_ - 1);
}

void LessonPlayer::goToStep(int index) {
    if (!lesson_ || index < 0 || index >= stepCount() ||
        static_cast<std::size_t>(index) >= positions_.size())
        return;
    step_ = index;
    const lesson::StepPosition& at = positions_[static_cast<std::size_t>(index)];
    const lesson::Step& step = lesson_->steps[static_cast<std::size_t>(index)];
    clock_->pause();
    if (step.at.time)
        clock_->seek(at.time);
    else
        clock_->seekToEvent(static_cast<int>(at.applied) - 1);
    Q_EMIT stepChanged(index);
    if (!step.pause)
        clock_->play();
}

} // namespace ww::ui
