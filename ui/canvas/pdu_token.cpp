#include "canvas/pdu_token.h"

#include "canvas/presentation_style.h"

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
    , protocol_(protocol) {
    const QFontMetricsF fm(tokenFont());
    const qreal w = fm.horizontalAdvance(label_) + 10;
    const qreal h = fm.height() + 4;
    rect_ = QRectF(-w / 2, -h / 2, w, h);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("%1\nFrame %2: click to lose it on this link").arg(description).arg(frameId_));
    setAcceptedMouseButtons(Qt::LeftButton);
    // A token only moves: its label is laid out and drawn once, then blitted.
    setCacheMode(DeviceCoordinateCache);
}

namespace {

struct Colours {
    const char* protocol;
    QRgb normal;
    QRgb vivid; // full saturation, dark enough for white text on a washed-out projector
};
// The one table of token colours: the tokens and the canvas legend both read it.
constexpr Colours kColours[] = {
    {"ARP", 0xe69b1e, 0xc86400},  {"ICMP", 0x3a7bd5, 0x0050d0}, {"TCP", 0x2e9d57, 0x008a2e},
    {"HTTP", 0x8e44ad, 0x7a00b8}, {"UDP", 0x139cb0, 0x007f99},  {"DNS", 0xd04a8a, 0xc8006a},
};

} // namespace

QColor PduToken::colorFor(const QString& protocol, bool vivid) {
    for (const Colours& c : kColours)
        if (protocol == QLatin1String(c.protocol))
            return QColor(vivid ? c.vivid : c.normal);
    return vivid ? QColor(0x40, 0x40, 0x40) : QColor(0x70, 0x70, 0x70);
}

QStringList PduToken::colouredProtocols() {
    QStringList protocols;
    for (const Colours& c : kColours)
        protocols << QLatin1String(c.protocol);
    return protocols;
}

QRectF PduToken::boundingRect() const {
    return rect_.adjusted(-1, -1, 1, 1);
}

void PduToken::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const bool vivid = PresentationStyle::of(this).highContrast;
    const QColor color = colorFor(protocol_, vivid);
    painter->setPen(QPen(vivid ? Qt::black : color.darker(150), vivid ? 1.5 : 1));
    painter->setBrush(color);
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
