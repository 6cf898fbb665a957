#include "widgets/playback_toolbar.h"

#include "models/playback_clock.h"
#include "widgets/playback_icons.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

namespace ww::ui {

namespace {
// The timeline slider counts microseconds: an int holds 35 simulated minutes.
constexpr SimTime kSliderUnit = kMicrosecond;
} // namespace

PlaybackToolbar::PlaybackToolbar(PlaybackClock* clock, QWidget* parent)
    : QToolBar(tr("Playback"), parent)
    , clock_(clock) {
    setObjectName(QStringLiteral("playbackToolbar"));
    restart_ = addAction(playbackIcon(PlaybackGlyph::Restart), tr("Restart"));
    restart_->setShortcut(Qt::Key_Home);
    frameBack_ = addAction(playbackIcon(PlaybackGlyph::FrameBack), tr("Previous frame"));
    frameBack_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Left));
    stepBack_ = addAction(playbackIcon(PlaybackGlyph::StepBack), tr("Step back"));
    stepBack_->setShortcut(Qt::Key_Left);
    play_ = addAction(playbackIcon(PlaybackGlyph::Play), tr("Play"));
    play_->setShortcut(Qt::Key_Space);
    play_->setCheckable(true);
    stepForward_ = addAction(playbackIcon(PlaybackGlyph::StepForward), tr("Step forward"));
    stepForward_->setShortcut(Qt::Key_Right);
    frameForward_ = addAction(playbackIcon(PlaybackGlyph::FrameForward), tr("Next frame"));
    frameForward_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Right));
    for (QAction* a : {restart_, frameBack_, stepBack_, play_, stepForward_, frameForward_})
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text(), a->shortcut().toString(QKeySequence::NativeText)));

    speed_ = new QComboBox(this);
    const std::pair<QString, double> speeds[] = {{tr("1/100000×"), 1e-5}, {tr("1/10000×"), 1e-4},
                                                 {tr("1/1000×"), 1e-3},   {tr("1/100×"), 1e-2},
                                                 {tr("1/10×"), 1e-1},     {tr("1×"), 1.0},
                                                 {tr("10×"), 10.0}};
    for (const auto& [text, value] : speeds)
        speed_->addItem(text, value);
    speed_->setToolTip(tr("Simulated time per wall-clock second"));
    speed_->setCurrentIndex(speed_->findData(clock_->speed()));
    addWidget(speed_);

    timeline_ = new QSlider(Qt::Horizontal, this);
    timeline_->setMinimumWidth(240);
    timeline_->setToolTip(tr("Simulated time: drag to scrub"));
    addWidget(timeline_);
    timeLabel_ = new QLabel(this);
    timeLabel_->setMinimumWidth(
        timeLabel_->fontMetrics().horizontalAdvance(QStringLiteral("00000.000 ms / 00.000 s")));
    addWidget(timeLabel_);

    connect(restart_, &QAction::triggered, clock_, &PlaybackClock::restart);
    connect(frameBack_, &QAction::triggered, clock_, &PlaybackClock::stepFrameBack);
    connect(stepBack_, &QAction::triggered, clock_, &PlaybackClock::stepBack);
    connect(play_, &QAction::triggered, clock_, &PlaybackClock::togglePlay);
    connect(stepForward_, &QAction::triggered, clock_, &PlaybackClock::stepForward);
    connect(frameForward_, &QAction::triggered, clock_, &PlaybackClock::stepFrameForward);
    connect(speed_, &QComboBox::currentIndexChanged, this,
            [this](int i) { clock_->setSpeed(speed_->itemData(i).toDouble()); });
    connect(clock_, &PlaybackClock::speedChanged, this, [this](double v) {
        const QSignalBlocker block(speed_);
        speed_->setCurrentIndex(speed_->findData(v));
    });
    // The clock's own moves set the slider with its signals blocked, so every
    // valueChanged here is the user's.
    connect(timeline_, &QSlider::valueChanged, this,
            [this](int v) { clock_->seek(static_cast<qint64>(v) * kSliderUnit); });
    connect(clock_, &PlaybackClock::timeChanged, this, &PlaybackToolbar::updateTime);
    connect(clock_, &PlaybackClock::runChanged, this, &PlaybackToolbar::updateRange);
    connect(clock_, &PlaybackClock::stateChanged, this, &PlaybackToolbar::updatePlayState);
    updateRange();
    updatePlayState(clock_->isPlaying());
}

void PlaybackToolbar::updateRange() {
    const QSignalBlocker block(timeline_);
    timeline_->setRange(0, static_cast<int>(clock_->duration() / kSliderUnit));
    timeline_->setSingleStep(100);                                              // 0.1 ms
    timeline_->setPageStep(static_cast<int>(kMillisecond / kSliderUnit) * 100); // 0.1 s
    updateTime();
}

void PlaybackToolbar::updateTime() {
    {
        const QSignalBlocker block(timeline_);
        timeline_->setValue(static_cast<int>(clock_->time() / kSliderUnit));
    }
    // Milliseconds to the microsecond: what a frame on a LAN takes, no more digits.
    timeLabel_->setText(tr("%1 ms / %2 s")
                            .arg(timeToSeconds(clock_->time()) * 1e3, 0, 'f', 3)
                            .arg(timeToSeconds(clock_->duration()), 0, 'f', 3));
}

void PlaybackToolbar::updatePlayState(bool playing) {
    play_->setChecked(playing);
    play_->setText(playing ? tr("Pause") : tr("Play"));
    play_->setIcon(playbackIcon(playing ? PlaybackGlyph::Pause : PlaybackGlyph::Play));
}

} // namespace ww::ui
