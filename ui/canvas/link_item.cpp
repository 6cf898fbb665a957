#include "canvas/link_item.h"

#include "canvas/device_item.h"
#include "canvas/presentation_style.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>

namespace ww::ui {

namespace {

// Interface labels sit just past where the device's icon and text end.
constexpr qreal kLabelDistance = DeviceItem::kIconSize * 0.85;
constexpr qreal kLabelGap = 12;
constexpr qreal kLabelRoom = 60;        // half the space reserved around each label
constexpr qreal kMinReadablePixels = 8; // label height on screen below which it is not drawn

QFont labelFont(qreal scale) {
    QFont f = QGuiApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.8 * scale);
    return f;
}

void drawLabel(QPainter* p, const QRectF& box, const QStaticText& text, const QColor& ink,
               bool opaque, bool rounded) {
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(255, 255, 255, opaque ? 255 : 220));
    if (rounded)
        p->drawRoundedRect(box, 3, 3);
    else
        p->drawRect(box); // zoomed out the corners are under a pixel: skip the curves

    p->setPen(ink);
    p->drawStaticText(box.topLeft() + QPointF(3, 0), text);
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
    layoutLabels();
    update();
}

void LinkItem::adjust() {
    prepareGeometryChange();
    scale_ = PresentationStyle::of(this).scale; // devices and labels grow in presenter mode
    line_ = QLineF(a_->pos(), b_->pos());
    clearA_ = clearance(a_, b_->pos());
    clearB_ = clearance(b_, a_->pos());
    layoutLabels();
}

void LinkItem::layoutLabels() {
    // Laid out here, once per move or edit, not on every paint: a large lab's
    // canvas repaints all its links on every playback frame.
    const QFont font = labelFont(scale_);
    const QFontMetricsF m(font);
    auto label = [&](QPointF centre, const QString& text) {
        Label l;
        l.text.setText(text);
        l.text.setTextFormat(Qt::PlainText);
        l.text.prepare(QTransform(), font);
        const QSizeF size(m.horizontalAdvance(text) + 6, m.height());
        l.box = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
        return l;
    };
    font_ = font;
    labels_.clear();
    labels_.push_back(label(labelCentre(true), QString::fromStdString(link_.a.interface)));
    labels_.push_back(label(labelCentre(false), QString::fromStdString(link_.b.interface)));
    // The name only where it does not run into the interface labels (short
    // links, or everything drawn larger in presenter mode).
    Label middle = label(line_.center(), name());
    const QRectF room = middle.box.adjusted(-4, -4, 4, 4);
    if (!room.intersects(labels_[0].box) && !room.intersects(labels_[1].box))
        labels_.push_back(std::move(middle));
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

bool LinkItem::drawnDashed(const lab::Link& link) {
    return link.loss > 0 || link.bitErrorRate > 0 || !link.loseFrames.empty();
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const PresentationStyle style = PresentationStyle::of(this);
    const QColor cable = style.highContrast ? QColor(20, 20, 20) : QColor(70, 80, 95);
    QPen pen(selected ? QGuiApplication::palette().color(QPalette::Highlight) : cable,
             style.lineWidth(selected ? 3.5 : 2));
    if (drawnDashed(link_))
        pen.setStyle(kLossyStyle); // a lossy cable looks unreliable
    painter->setPen(pen);
    painter->drawLine(line_);

    painter->setFont(font_);
    const QColor ink = style.highContrast ? QColor(70, 20, 0) : QColor(90, 40, 20);
    const QColor nameInk = style.highContrast ? QColor(20, 20, 20) : QColor(60, 60, 60);
    const qreal lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (labels_.empty() || labels_.front().box.height() * lod < kMinReadablePixels)
        return; // zoomed so far out that the labels could not be read: just the cables
    const bool rounded = lod >= 0.75;
    for (std::size_t i = 0; i < labels_.size(); ++i) // interfaces at the ends, then the name
        drawLabel(painter, labels_[i].box, labels_[i].text, i < 2 ? ink : nameInk,
                  style.highContrast, rounded);
}

} // namespace ww::ui
