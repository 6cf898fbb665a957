#include "canvas/decision_callout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace ww::ui {

namespace {
constexpr qreal kPointer = 10; // height of the pointer under the box
QFont calloutFont() {
    QFont f;
    f.setPointSizeF(8);
    return f;
}
} // namespace

DecisionCallout::DecisionCallout(const QString& text, const QColor& accent, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , text_(text)
    , accent_(accent) {
    const QFontMetricsF fm(calloutFont());
    const qreal w = fm.horizontalAdvance(text_) + 12;
    const qreal h = fm.height() + 6;
    box_ = QRectF(-w / 2, -kPointer - h, w, h);
}

QRectF DecisionCallout::boundingRect() const {
    return box_.adjusted(-2, -2, 2, kPointer + 2);
}

void DecisionCallout::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(box_, 4, 4);
    QPolygonF pointer;
    pointer << QPointF(-5, box_.bottom() - 1) << QPointF(0, 0) << QPointF(5, box_.bottom() - 1);
    path.addPolygon(pointer);
    path = path.simplified();
    painter->setPen(QPen(accent_, 1.5));
    painter->setBrush(QColor(0xff, 0xfd, 0xe8));
    painter->drawPath(path);
    painter->setPen(Qt::black);
    painter->setFont(calloutFont());
    painter->drawText(box_, Qt::AlignCenter, text_);
}

} // namespace ww::ui
