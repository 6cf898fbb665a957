#pragma once

#include "lesson/lesson.h"
#include "lesson/lesson_steps.h"

#include <QObject>
#include <QString>
#include <optional>

namespace ww::ui {

class PlaybackClock;

// The interface language for lesson texts: WIREWALK_LANG, else the system
// locale, as app/gui_main.cpp picks the translator ("ko", "en_US" ...).
QString interfaceLanguage();
// A lesson text in the interface language (Korean when asked for and present).
QString localText(const LocalText& text);

// Steps through a lesson on the playback clock: each step moves the clock to
// its event (or moment), pauses there when the step asks, and says so.
class LessonPlayer : public QObject {
    Q_OBJECT
public:
    explicit LessonPlayer(PlaybackClock* clock, QObject* parent = nullptr);

    // Starts `lesson` at its first step; `positions` from lesson::resolveSteps on
    // the clock's current run.
    void start(lesson::Lesson lesson, std::vector<lesson::StepPosition> positions);
    void stop();
    // The same lesson on a new recording of its lab (a frame dropped by a click):
    // the steps' new positions; the clock stays where it is.
    void setPositions(std::vector<lesson::StepPosition> positions) {
        positions_ = std::move(positions);
    }

    bool isActive() const { return lesson_.has_value(); }
    const std::optional<lesson::Lesson>& lesson() const { return lesson_; }
    int stepIndex() const { return step_; }
    int stepCount() const { return lesson_ ? static_cast<int>(lesson_->steps.size()) : 0; }
    const lesson::Step* currentStep() const;
    // The event of the current step (the last one applied), -1 for none.
    int currentStepEvent() const;

public Q_SLOTS:
    void next();
    void previous();
    void goToStep(int index);

Q_SIGNALS:
    void stepChanged(int index);
    void lessonChanged();

private:
    PlaybackClock* clock_;
    std::optional<lesson::Lesson> lesson_;
    std::vector<lesson::StepPosition> positions_;
    int step_ = -1;
};

} // namespace ww::ui
