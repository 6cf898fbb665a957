#include "canvas/link_item.h"

#include "canvas/device_item.h"
#include "canvas/presentation_style.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace ww::ui {

namespace {

// Interface labels sit just past where the device's icon and text end.
constexpr qreal kLabelDistance = DeviceItem::kIconSize * 0.85;
constexpr qreal kLabelGap = 12;
constexpr qreal kLabelRoom = 60; // half the space reserved around each label

QFont labelFont(qreal scale) {
    QFont f = QGuiApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.8 * scale);
    return f;
}

void drawLabel(QPainter* p, QPointF centre, const QString& text, const QColor& ink, bool opaque) {
    const QFontMetricsF m(p->font());
    const QSizeF size(m.horizontalAdvance(text) + 6, m.height());
    const QRectF box(centre - QPointF(size.width() / 2, size.height() / 2), size);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(255, 255, 255, opaque ? 255 : 220));
    p->drawRoundedRect(box, 3, 3);
    p->setPen(ink);
    p->drawText(box, Qt::AlignCenter, text);
}

} // namespace

LinkItem::LinkItem(DeviceItem* a, DeviceItem* b, const lab::Link& link)
    : a_(a)
    , b_(b)
    , link_(link) {
    setFlags(ItemIsSelectable);
    setZValue(0);
    a_->addLink(this);
    b_->addLink(this);
    adjust();
}

void LinkItem::setLink(const lab::Link& link) {
    link_ = link;
    update();
}

void LinkItem::adjust() {
    prepareGeometryChange();
    scale_ = PresentationStyle::of(this).scale; // devices and labels grow in presenter mode
    line_ = QLineF(a_->pos(), b_->pos());
    clearA_ = clearance(a_, b_->pos());
    clearB_ = clearance(b_, a_->pos());
}

qreal LinkItem::clearance(const DeviceItem* end, QPointF towards) const {
    // Walk out from the centre until leaving the device's drawing (icon plus
    // the name and addresses under it), so the label is never hidden by them.
    const QLineF ray(end->pos(), towards);
    const QRectF drawn = end->boundingRect();
    qreal d = DeviceItem::kIconSize / 2;
    while (d < ray.length() / 2 && drawn.contains(end->mapFromScene(ray.pointAt(d / ray.length()))))
        d += 2;
    return qMax(d + kLabelGap * scale_, kLabelDistance * scale_);
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemSceneHasChanged && scene())
        adjust(); // the scene's presentation style sets the label room
    return QGraphicsItem::itemChange(change, value);
}

QPointF LinkItem::labelCentre(bool atA) const {
    const qreal length = line_.length();
    if (length < 1)
        return line_.p1();
    const qreal t = qMin((atA ? clearA_ : clearB_) / length, 0.4);
    return atA ? line_.pointAt(t) : line_.pointAt(1 - t);
}

QRectF LinkItem::boundingRect() const {
    return QRectF(line_.p1(), line_.p2())
        .normalized()
        .adjusted(-kLabelRoom * scale_, -kLabelRoom * scale_, kLabelRoom * scale_,
                  kLabelRoom * scale_);
}

QPainterPath LinkItem::shape() const {
    QPainterPath path(line_.p1());
    path.lineTo(line_.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10); // easy to click
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const PresentationStyle style = PresentationStyle::of(this);
    const QColor cable = style.highContrast ? QColor(20, 20, 20) : QColor(70, 80, 95);
    QPen pen(selected ? QGuiApplication::palette().color(QPalette::Highlight) : cable,
             style.lineWidth(selected ? 3.5 : 2));
    if (link_.loss > 0 || link_.bitErrorRate > 0 || !link_.loseFrames.empty())
        pen.setStyle(Qt::DashLine); // a lossy cable looks unreliable
    painter->setPen(pen);
    painter->drawLine(line_);

    painter->setFont(labelFont(style.scale));
    const QColor ink = style.highContrast ? QColor(70, 20, 0) : QColor(90, 40, 20);
    const bool opaque = style.highContrast;
    drawLabel(painter, labelCentre(true), QString::fromStdString(link_.a.interface), ink, opaque);
    drawLabel(painter, labelCentre(false), QString::fromStdString(link_.b.interface), ink, opaque);
    if (line_.length() > 3 * kLabelDistance * style.scale)
        drawLabel(painter, line_.center(), name(),
                  style.highContrast ? QColor(20, 20, 20) : QColor(60, 60, 60), opaque);
}

} // namespace ww::ui
