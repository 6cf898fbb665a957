#include "canvas/topology_view.h"

#include "canvas/topology_scene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace ww::ui {

namespace {

constexpr qreal kStep = 1.2;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;

} // namespace

TopologyView::TopologyView(TopologyScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent) {
    setObjectName(QStringLiteral("topologyView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    // Every item sets the pen, brush and font it draws with: no need to save and
    // restore the painter around each of a big lab's hundreds of items.
    setOptimizationFlags(DontSavePainterState);
    setAcceptDrops(true);
    setBackgroundBrush(canvasBrush());
    connect(scene, &TopologyScene::modeChanged, this, [this](TopologyScene::Mode mode) {
        setCursor(mode == TopologyScene::Mode::Link ? Qt::CrossCursor : Qt::ArrowCursor);
    });
}

QBrush TopologyView::canvasBrush() {
    return QColor(250, 251, 253);
}

void TopologyView::fitAfterResize() {
    fitPending_ = true;
    QTimer::singleShot(0, this, [this] {
        if (fitPending_)
            fitWhenShown();
    });
}

void TopologyView::zoomBy(qreal factor) {
    const qreal target = qBound(kMinZoom, zoom() * factor, kMaxZoom);
    scale(target / zoom(), target / zoom());
}

void TopologyView::zoomIn() {
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter); // from a menu the cursor means nothing
    zoomBy(kStep);
    setTransformationAnchor(anchor);
}

void TopologyView::zoomOut() {
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1 / kStep);
    setTransformationAnchor(anchor);
}

void TopologyView::fitToView() {
    const QRectF items = scene()->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    if (items.isEmpty())
        return resetZoom();
    // The room above the legend's strip, unless that would leave almost nothing.
    const QRect viewportRect = viewport()->rect();
    const int reserve =
        viewportRect.height() - bottomReserve_ >= viewportRect.height() / 2 ? bottomReserve_ : 0;
    const qreal width = std::max(1, viewportRect.width() - 2);
    const qreal height = std::max(1, viewportRect.height() - reserve - 2);
    // A small lab is not blown up (except for a projector).
    const qreal scale = std::min({width / items.width(), height / items.height(), maxFitZoom_});
    setTransform(QTransform::fromScale(scale, scale));
    // The lab's centre at the centre of the room: the view's centre is reserve/2 lower.
    centerOn(items.center() + QPointF(0, reserve / 2.0 / scale));
}

void TopologyView::fitWhenShown() {
    if (isVisible() && viewport()->width() > 100) {
        fitPending_ = false;
        fitToView();
    } else {
        fitPending_ = true;
    }
}

void TopologyView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (fitPending_ && isVisible() && viewport()->width() > 100) {
        fitPending_ = false;
        fitToView();
    }
}

void TopologyView::resetZoom() {
    setTransform(QTransform());
}

void TopologyView::wheelEvent(QWheelEvent* event) {
    // AnchorUnderMouse keeps the point under the cursor in place while scaling.
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return QGraphicsView::wheelEvent(event);
    zoomBy(std::pow(kStep, delta / 120.0));
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && spaceHeld_)) {
        panning_ = true;
        panLast_ = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseMoveEvent(QMouseEvent* event) {
    if (panning_) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - panLast_;
        panLast_ = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_) {
        panning_ = false;
        viewport()->setCursor(spaceHeld_ ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent* event) {
    // Space pans only while nothing is being typed (the rename editor has focus then).
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !scene()->focusItem()) {
        spaceHeld_ = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && spaceHeld_) {
        spaceHeld_ = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace ww::ui
