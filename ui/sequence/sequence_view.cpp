#include "sequence/sequence_view.h"

#include "sequence/sequence_metrics.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace ww::sequence {

SequenceView::SequenceView(QWidget* parent)
    : QAbstractScrollArea(parent) {
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(36);
    horizontalScrollBar()->setSingleStep(40);
    setFocusPolicy(Qt::StrongFocus);
}

void SequenceView::setDiagram(std::shared_ptr<const SequenceDiagram> diagram) {
    diagram_ = std::move(diagram);
    highlight_.selectedArrow = -1;
    updateScrollBars();
    viewport()->update();
}

void SequenceView::setNow(std::optional<SimTime> now) {
    if (now == highlight_.now)
        return;
    highlight_.now = now;
    viewport()->update();
}

void SequenceView::setSelectedEvent(int event, bool scroll) {
    const int arrow =
        diagram_ && event >= 0 ? diagram_->arrowForEvent(static_cast<std::size_t>(event)) : -1;
    if (arrow >= 0 && scroll) {
        const Arrow& a = diagram_->arrows()[static_cast<std::size_t>(arrow)];
        ensureRowVisible(a.y1 - 24, a.y2 + 24);
    } else if (scroll && diagram_ && highlight_.now) {
        // An event with no arrow here (a route decision, another conversation's frame): the
        // line across at the playback moment stays in sight, so stepping never loses it.
        const int y = diagram_->yAt(*highlight_.now);
        ensureRowVisible(y - 24, y + 24);
    }
    if (arrow == highlight_.selectedArrow)
        return;
    highlight_.selectedArrow = arrow;
    viewport()->update();
}

void SequenceView::setZoom(double zoom) {
    zoom = std::clamp(zoom, 0.4, 2.5);
    if (std::abs(zoom - zoom_) < 1e-6)
        return;
    const double centre = (verticalScrollBar()->value() + viewport()->height() / 2.0) / zoom_;
    zoom_ = zoom;
    updateScrollBars();
    verticalScrollBar()->setValue(static_cast<int>(centre * zoom_ - viewport()->height() / 2.0));
    viewport()->update();
}

void SequenceView::ensureRowVisible(int top, int bottom) {
    if (!diagram_)
        return;
    const int header = diagram_->headerHeight(highlight_.compactHeader);
    const int v = verticalScrollBar()->value();
    const int visibleTop = static_cast<int>(v / zoom_) + header;
    const int visibleBottom = static_cast<int>((v + viewport()->height()) / zoom_);
    if (top >= visibleTop && bottom <= visibleBottom)
        return;
    // Put it a third of the way down, so what led to it shows too.
    const int span = visibleBottom - visibleTop;
    verticalScrollBar()->setValue(static_cast<int>((top - header - span / 3) * zoom_));
}

void SequenceView::updateScrollBars() {
    const QSize size = diagram_ ? diagram_->size() : QSize();
    const int w = static_cast<int>(size.width() * zoom_),
              h = static_cast<int>(size.height() * zoom_);
    horizontalScrollBar()->setRange(0, std::max(0, w - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    // Too short for the full header (it would take a third of the view): names only, and the
    // rows start under them (the full header's room above the first row is scrolled past).
    highlight_.compactHeader = viewport()->height() / zoom_ < kCompactBelow;
    const int first = highlight_.compactHeader
                          ? static_cast<int>((metrics::kHeaderH - metrics::kCompactHeaderH) * zoom_)
                          : 0;
    verticalScrollBar()->setRange(first, std::max(first, h - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
}

void SequenceView::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (!diagram_)
        return;
    const double x = horizontalScrollBar()->value() / zoom_;
    const double y = verticalScrollBar()->value() / zoom_;
    p.scale(zoom_, zoom_);
    p.translate(-x, -y);
    const QRect clip(static_cast<int>(x), static_cast<int>(y),
                     static_cast<int>(viewport()->width() / zoom_) + 1,
                     static_cast<int>(viewport()->height() / zoom_) + 1);
    diagram_->paint(p, clip, highlight_, static_cast<int>(y));
}

void SequenceView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void SequenceView::scrollContentsBy(int, int) {
    viewport()->update();
}

void SequenceView::mousePressEvent(QMouseEvent* event) {
    if (!diagram_ || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPointF at = (event->position() +
                        QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value())) /
                       zoom_;
    if (at.y() - verticalScrollBar()->value() / zoom_ <
        diagram_->headerHeight(highlight_.compactHeader))
        return; // the names at the top cover the rows under them
    const int arrow = diagram_->arrowAt(at.toPoint());
    if (arrow < 0)
        return;
    highlight_.selectedArrow = arrow;
    viewport()->update();
    Q_EMIT eventClicked(
        static_cast<int>(diagram_->arrows()[static_cast<std::size_t>(arrow)].event));
}

void SequenceView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(zoom_ * (event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

} // namespace ww::sequence
