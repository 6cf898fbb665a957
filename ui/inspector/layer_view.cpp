#include "inspector/layer_view.h"

#include "inspector/view_export.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ww::inspector {

// The drawing surface inside the scroll area: paints the story up to a step.
class StoryCanvas : public QWidget {
public:
    const StoryPainter* painter = nullptr;
    int reveal = -1;

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        if (painter)
            painter->paint(p, reveal);
    }
};

namespace {
constexpr int kStepMs = 1200; // slow enough to say one sentence per step in class
}

LayerView::LayerView(QWidget* parent)
    : QWidget(parent)
    , canvas_(new StoryCanvas)
    , scroll_(new QScrollArea)
    , caption_(new QLabel)
    , playButton_(new QToolButton)
    , timer_(new QTimer(this)) {
    auto* prev = new QToolButton;
    prev->setText(tr("◀ Previous"));
    auto* next = new QToolButton;
    next->setText(tr("Next ▶"));
    playButton_->setText(tr("Play"));
    playButton_->setCheckable(true);
    auto* whole = new QToolButton;
    whole->setText(tr("Whole story"));
    auto* exportButton = new QToolButton;
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save this view as SVG, PNG or PDF"));
    connect(prev, &QToolButton::clicked, this, &LayerView::previous);
    connect(next, &QToolButton::clicked, this, &LayerView::next);
    connect(playButton_, &QToolButton::toggled, this, &LayerView::setPlaying);
    connect(whole, &QToolButton::clicked, this, &LayerView::showWhole);
    connect(exportButton, &QToolButton::clicked, this, &LayerView::exportView);
    connect(timer_, &QTimer::timeout, this, [this] {
        if (step_ + 1 >= stepCount())
            setPlaying(false);
        else
            setStep(step_ + 1);
    });
    timer_->setInterval(kStepMs);

    auto* controls = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{prev, playButton_, next, whole})
        controls->addWidget(w);
    controls->addWidget(caption_, 1);
    controls->addWidget(exportButton);
    scroll_->setWidget(canvas_);
    scroll_->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(scroll_);
    refresh();
}

bool LayerView::showStory(const RecordedRun& run, std::size_t eventIndex) {
    showStory(buildStory(run, eventIndex));
    return !painter_->story().empty();
}

void LayerView::showStory(EncapsulationStory story) {
    setPlaying(false);
    painter_.emplace(std::move(story));
    canvas_->painter = &*painter_;
    canvas_->setFixedSize(painter_->size());
    step_ = -1;
    refresh();
}

void LayerView::clear() {
    setPlaying(false);
    canvas_->painter = nullptr;
    painter_.reset();
    canvas_->setFixedSize(0, 0);
    step_ = -1;
    refresh();
}

int LayerView::stepOfEvent(std::size_t eventIndex) const {
    if (!painter_)
        return -1;
    const EncapsulationStory& story = painter_->story();
    const auto& order = story.stepOrder();
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto [h, s] = order[i];
        if (story.hops[static_cast<std::size_t>(h)].steps[static_cast<std::size_t>(s)].eventIndex ==
            eventIndex)
            return static_cast<int>(i);
    }
    return -1;
}

void LayerView::setStep(int step) {
    step_ = std::clamp(step, -1, stepCount() - 1);
    refresh();
    // The current step in sight: stories of routed paths are wider than the dock.
    if (painter_ && step_ >= 0)
        if (const QRect r = painter_->stepRect(step_); !r.isEmpty())
            scroll_->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 24,
                                   r.height() / 2 + 24);
    qint64 event = -1;
    if (painter_ && step_ >= 0) {
        const auto [h, s] = painter_->story().stepOrder()[static_cast<std::size_t>(step_)];
        event = static_cast<qint64>(painter_->story()
                                        .hops[static_cast<std::size_t>(h)]
                                        .steps[static_cast<std::size_t>(s)]
                                        .eventIndex);
    }
    Q_EMIT stepChanged(step_, event);
}

void LayerView::next() {
    if (step_ + 1 < stepCount())
        setStep(step_ + 1);
}

void LayerView::previous() {
    if (step_ > 0)
        setStep(step_ - 1);
}

void LayerView::setPlaying(bool playing) {
    if (playing && stepCount() > 0) {
        if (step_ < 0 || step_ + 1 >= stepCount())
            setStep(0);
        timer_->start();
    } else {
        timer_->stop();
    }
    const QSignalBlocker block(playButton_);
    playButton_->setChecked(timer_->isActive());
    playButton_->setText(timer_->isActive() ? tr("Pause") : tr("Play"));
}

void LayerView::showWhole() {
    setPlaying(false);
    setStep(-1);
}

void LayerView::refresh() {
    canvas_->reveal = step_;
    if (!painter_)
        caption_->setText(tr("Select a frame, packet or segment to see its layers."));
    else if (painter_->story().empty())
        caption_->setText(painter_->story().problem);
    else if (step_ < 0)
        caption_->setText(tr("%1 steps: press Play or Next to go through them").arg(stepCount()));
    else
        caption_->setText(QStringLiteral("%1/%2").arg(step_ + 1).arg(stepCount()));
    canvas_->update();
}

void LayerView::exportView() {
    if (!painter_ || painter_->story().empty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export encapsulation"), QString(),
        tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto format = exportFormatFromName(QFileInfo(path).suffix());
    QString error;
    const int reveal = step_;
    if (!format || !inspector::exportView(
                       painter_->size(), [&](QPainter& p) { painter_->paint(p, reveal); }, *format,
                       path, tr("Encapsulation"), &error))
        QMessageBox::warning(this, tr("Export encapsulation"),
                             format ? error : tr("Use a .svg, .png or .pdf file name."));
}

} // namespace ww::inspector
