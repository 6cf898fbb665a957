#include "classroom/predict_controller.h"

#include "classroom/predict_panel.h"
#include "classroom/prediction_score.h"
#include "models/playback_clock.h"

#include <utility>

namespace ww::ui::classroom {

PredictController::PredictController(PlaybackClock* clock, PredictPanel* panel,
                                     SettingsSource settings, QObject* parent)
    : QObject(parent)
    , clock_(clock)
    , panel_(panel)
    , settings_(std::move(settings)) {
    connect(clock_, &PlaybackClock::currentEventChanged, this, &PredictController::onEventApplied);
    connect(clock_, &PlaybackClock::runChanged, this, [this] {
        // A new recording: questions from the old one no longer apply.
        pending_.reset();
        asked_.clear();
        applied_ = clock_->appliedEvents();
        if (active_)
            panel_->showIdle(true);
    });
    connect(panel_, &PredictPanel::answered, this, &PredictController::answer);
}

void PredictController::setActive(bool active) {
    active_ = active;
    pending_.reset();
    applied_ = clock_->appliedEvents();
    panel_->showIdle(active);
}

QString PredictController::labName() const {
    return clock_->run() ? QString::fromStdString(clock_->run()->lab().name) : QString();
}

void PredictController::onEventApplied(int) {
    const std::size_t now = clock_->appliedEvents();
    const std::size_t before = std::exchange(applied_, now);
    if (!active_ || moving_ || !clock_->run())
        return;
    if (pending_) {
        // The student moved on without answering (a step or a seek): drop the question.
        pending_.reset();
        panel_->showIdle(true);
    }
    if (now <= before)
        return; // stepping back asks nothing
    std::optional<Question> q = nextQuestion(*clock_->run(), before, now, asked_);
    if (!q)
        return;
    resume_ = clock_->isPlaying();
    clock_->pause();
    // Back to just before the event in question: it has not happened yet on screen.
    moving_ = true;
    clock_->seekToEvent(static_cast<int>(q->event) - 1);
    moving_ = false;
    applied_ = clock_->appliedEvents();
    pending_ = std::move(q);
    panel_->showQuestion(*pending_);
    Q_EMIT questionAsked(*pending_);
}

void PredictController::answer(const QString& given) {
    if (!pending_)
        return;
    const Question q = std::move(*pending_);
    pending_.reset();
    asked_.insert(q.key);
    const Verdict verdict = check(q, given);
    QSettings settings = settings_();
    ScoreBook book(settings);
    book.record(labName(), lesson_, verdict.right);
    panel_->showVerdict(verdict,
                        book.lab(labName().isEmpty() ? QStringLiteral("untitled") : labName()));
    // Now the event plays, and the canvas shows what the engine did.
    moving_ = true;
    clock_->seekToEvent(static_cast<int>(q.event));
    moving_ = false;
    applied_ = clock_->appliedEvents();
    Q_EMIT answerChecked(verdict);
    if (resume_)
        clock_->play();
}

} // namespace ww::ui::classroom
