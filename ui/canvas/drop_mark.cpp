#include "canvas/drop_mark.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ww::ui {

namespace {
constexpr qreal kArm = 7; // half the X's size
QFont reasonFont() {
    QFont f;
    f.setPointSizeF(8);
    f.setBold(true);
    return f;
}
} // namespace

DropMark::DropMark(const QString& reason, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , reason_(reason) {
    const QFontMetricsF fm(reasonFont());
    textRect_ = QRectF(kArm + 3, -fm.height() / 2, fm.horizontalAdvance(reason_) + 8, fm.height());
    setToolTip(reason_);
}

QRectF DropMark::boundingRect() const {
    return QRectF(-kArm - 2, -kArm - 2, 2 * kArm + 4, 2 * kArm + 4).united(textRect_);
}

void DropMark::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor red(0xd0, 0x21, 0x21);
    painter->setPen(QPen(red, 3, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(-kArm, -kArm), QPointF(kArm, kArm));
    painter->drawLine(QPointF(-kArm, kArm), QPointF(kArm, -kArm));
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 220));
    painter->drawRoundedRect(textRect_, 3, 3);
    painter->setPen(red);
    painter->setFont(reasonFont());
    painter->drawText(textRect_, Qt::AlignCenter, reason_);
}

} // namespace ww::ui
