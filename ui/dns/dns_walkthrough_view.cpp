#include "dns/dns_walkthrough_view.h"

#include "dns/dns_walk_builder.h"
#include "dns/dns_walk_painter.h"
#include "inspector/view_export.h"
#include "models/playback_clock.h"
#include "widgets/wrap_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace ww::ui {

// The drawing surface inside the scroll area.
class DnsWalkCanvas : public QWidget {
public:
    explicit DnsWalkCanvas(DnsWalkthroughView* view)
        : view_(view) {
        setMouseTracking(true);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        const DnsWalkPainter* painter = view_->painter_.get();
        if (!painter)
            return;
        const auto& clock = *view_->clock_;
        painter->paint(p, clock.appliedEvents(), view_->hideFuture_->isChecked());
    }
    void mousePressEvent(QMouseEvent* e) override {
        const DnsWalkPainter* painter = view_->painter_.get();
        if (!painter || e->button() != Qt::LeftButton)
            return;
        const int step = painter->stepAt(e->position().toPoint());
        if (step >= 0)
            Q_EMIT view_->stepActivated(
                static_cast<int>(painter->walk().steps[static_cast<std::size_t>(step)].event));
    }
    void mouseMoveEvent(QMouseEvent* e) override {
        const DnsWalkPainter* painter = view_->painter_.get();
        const bool onStep = painter && painter->stepAt(e->position().toPoint()) >= 0;
        setCursor(onStep ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }

private:
    DnsWalkthroughView* view_;
};

DnsWalkthroughView::DnsWalkthroughView(PlaybackClock* clock, QWidget* parent)
    : QWidget(parent)
    , clock_(clock)
    , combo_(new QComboBox)
    , hideFuture_(new QCheckBox(tr("Hide steps still to come")))
    , empty_(new QLabel(tr("No DNS lookup in this run. Add a \"dns\" action, or a ping or "
                           "HTTP request to a name, to the scenario.")))
    , scroll_(new QScrollArea)
    , canvas_(new DnsWalkCanvas(this)) {
    // Narrower than its longest lookup when the dock is (its list is not).
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo_->setMinimumContentsLength(16);
    combo_->setToolTip(tr("Which lookup to draw: the applications' lookups in the order they "
                          "started"));
    auto* exportButton = new QToolButton;
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save this view as SVG, PNG or PDF"));
    empty_->setWordWrap(true);
    empty_->setMargin(12);
    scroll_->setWidget(canvas_);
    scroll_->setWidgetResizable(false);

    // In a narrow dock (a projector's bottom row) the check box goes under the lookup.
    auto* bar = new WrapBar;
    bar->addLead(new QLabel(tr("Lookup:")));
    bar->addLead(combo_, 1);
    bar->addTrail(hideFuture_);
    bar->setEnd(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(empty_);
    layout->addWidget(scroll_, 1);

    connect(combo_, &QComboBox::currentIndexChanged, this, &DnsWalkthroughView::updateWalk);
    connect(hideFuture_, &QCheckBox::toggled, canvas_, qOverload<>(&QWidget::update));
    connect(clock_, &PlaybackClock::runChanged, this, &DnsWalkthroughView::rebuild);
    connect(clock_, &PlaybackClock::currentEventChanged, canvas_, qOverload<>(&QWidget::update));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        if (!painter_)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export DNS walkthrough"), QString(),
            tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        // The file gets print colours and the whole walk up to the clock's moment.
        const DnsWalkPainter print(painter_->walk(), DnsWalkPainter::printColors());
        const std::size_t applied = clock_->appliedEvents();
        const bool hide = hideFuture_->isChecked();
        const auto format = inspector::exportFormatFromName(QFileInfo(path).suffix());
        QString error;
        if (!format || !inspector::exportView(
                           print.size(), [&](QPainter& p) { print.paint(p, applied, hide); },
                           *format, path, tr("DNS walkthrough"), &error))
            QMessageBox::warning(this, tr("Export DNS walkthrough"),
                                 format ? error : tr("Use a .svg, .png or .pdf file name."));
    });
    rebuild();
}

DnsWalkthroughView::~DnsWalkthroughView() = default;

int DnsWalkthroughView::currentLookup() const {
    const int i = combo_->currentIndex();
    return i >= 0 && i < static_cast<int>(walks_.size()) ? i : -1;
}

void DnsWalkthroughView::setLookup(int index) {
    combo_->setCurrentIndex(index);
}

void DnsWalkthroughView::rebuild() {
    const int previous = combo_->currentIndex();
    walks_ = clock_->run() ? buildDnsWalks(*clock_->run()) : std::vector<DnsWalk>{};
    const QSignalBlocker block(combo_);
    combo_->clear();
    for (std::size_t i = 0; i < walks_.size(); ++i) {
        const DnsWalk& w = walks_[i];
        combo_->addItem(
            tr("%1. %2 (%3) on %4 at %5 s")
                .arg(i + 1)
                .arg(w.name, w.type, w.lanes.empty() ? QString() : w.lanes.front().deviceName)
                .arg(timeToSeconds(w.start), 0, 'f', 3));
    }
    combo_->setCurrentIndex(walks_.empty() ? -1 : std::clamp(previous, 0, int(walks_.size()) - 1));
    empty_->setVisible(walks_.empty());
    scroll_->setVisible(!walks_.empty());
    updateWalk();
}

void DnsWalkthroughView::updateWalk() {
    const int i = currentLookup();
    if (i < 0) {
        painter_.reset();
        canvas_->resize(0, 0);
        return;
    }
    painter_ = std::make_unique<DnsWalkPainter>(walks_[static_cast<std::size_t>(i)],
                                                DnsWalkPainter::windowColors());
    canvas_->resize(painter_->size());
    canvas_->update();
}

} // namespace ww::ui
