#pragma once

#include "classroom/prediction.h"

#include <QObject>
#include <QSettings>
#include <functional>
#include <optional>
#include <set>

namespace ww::ui {
class PlaybackClock;
}

namespace ww::ui::classroom {

class PredictPanel;

// Prediction mode over playback: when the clock is about to play an event that has a
// question (one not asked yet this session), it stops just before it, asks, and after the
// answer plays the event and shows the verdict. It never changes the clock's own logic:
// it steps back to the event before when playback ran past one.
class PredictController : public QObject {
    Q_OBJECT
public:
    using SettingsSource = std::function<QSettings()>;
    PredictController(PlaybackClock* clock, PredictPanel* panel, SettingsSource settings,
                      QObject* parent = nullptr);

    bool isActive() const { return active_; }
    void setActive(bool active);
    // The lesson being followed (its score is kept too); empty for none.
    void setLesson(const QString& id) { lesson_ = id; }
    const std::optional<Question>& pending() const { return pending_; }

    // Answers the pending question (the panel calls it; tests may too).
    void answer(const QString& given);

Q_SIGNALS:
    void questionAsked(const ww::ui::classroom::Question& question);
    void answerChecked(const ww::ui::classroom::Verdict& verdict);

private:
    void onEventApplied(int index);
    QString labName() const;

    PlaybackClock* clock_;
    PredictPanel* panel_;
    SettingsSource settings_;
    bool active_ = false;
    bool moving_ = false; // our own seek: not a step to look at
    bool resume_ = false; // playback was running when the question stopped it
    std::size_t applied_ = 0;
    std::optional<Question> pending_;
    std::set<QString> asked_;
    QString lesson_;
};

} // namespace ww::ui::classroom
