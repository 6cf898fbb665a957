#include "canvas/pdu_token.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace ww::ui {

namespace {
QFont tokenFont() {
    QFont f;
    f.setPointSizeF(8);
    f.setBold(true);
    return f;
}
} // namespace

PduToken::PduToken(quint64 frameId, const QString& label, const QString& protocol,
                   const QString& description, QGraphicsItem* parent)
    : QGraphicsObject(parent)
    , frameId_(frameId)
    , label_(label)
    , color_(colorFor(protocol)) {
    const QFontMetricsF fm(tokenFont());
    const qreal w = fm.horizontalAdvance(label_) + 10;
    const qreal h = fm.height() + 4;
    rect_ = QRectF(-w / 2, -h / 2, w, h);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("%1\nFrame %2: click to lose it on this link").arg(description).arg(frameId_));
    setAcceptedMouseButtons(Qt::LeftButton);
}

QColor PduToken::colorFor(const QString& protocol) {
    if (protocol == QLatin1String("ARP"))
        return QColor(0xe6, 0x9b, 0x1e);
    if (protocol == QLatin1String("ICMP"))
        return QColor(0x3a, 0x7b, 0xd5);
    if (protocol == QLatin1String("TCP"))
        return QColor(0x2e, 0x9d, 0x57);
    if (protocol == QLatin1String("HTTP"))
        return QColor(0x8e, 0x44, 0xad);
    if (protocol == QLatin1String("UDP"))
        return QColor(0x13, 0x9c, 0xb0);
    if (protocol == QLatin1String("DNS"))
        return QColor(0xd0, 0x4a, 0x8a);
    return QColor(0x70, 0x70, 0x70);
}

QRectF PduToken::boundingRect() const {
    return rect_.adjusted(-1, -1, 1, 1);
}

void PduToken::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color_.darker(150), 1));
    painter->setBrush(color_);
    painter->drawRoundedRect(rect_, rect_.height() / 2, rect_.height() / 2);
    painter->setPen(Qt::white);
    painter->setFont(tokenFont());
    painter->drawText(rect_, Qt::AlignCenter, label_);
}

void PduToken::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QGraphicsObject::mousePressEvent(event);
    event->accept();
    Q_EMIT clicked(frameId_);
}

} // namespace ww::ui
