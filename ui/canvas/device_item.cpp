#include "canvas/device_item.h"

#include "canvas/link_item.h"
#include "canvas/presentation_style.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace ww::ui {

namespace {

QFont nameFont() {
    QFont f = QGuiApplication::font();
    f.setBold(true);
    return f;
}

QFont addressFont() {
    QFont f = QGuiApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

const QRectF kIconRect(-DeviceItem::kIconSize / 2, -DeviceItem::kIconSize / 2,
                       DeviceItem::kIconSize, DeviceItem::kIconSize);

} // namespace

DeviceItem::DeviceItem(const lab::Device& device)
    : icon_(DeviceIcon::Pc) {
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1); // above the links that end at its centre
    // Icon and text change only on edits: drawn once into a pixmap, then blitted
    // (a big lab's canvas redraws every frame during playback).
    setCacheMode(DeviceCoordinateCache);
    setDevice(device);
}

void DeviceItem::setDevice(const lab::Device& device) {
    prepareGeometryChange();
    device_ = device;
    icon_ = deviceIconFor(device);
    // Addresses teach the most: show each configured one under the name.
    addressLines_.clear();
    for (const lab::Interface& i : device.interfaces)
        if (i.address)
            addressLines_ << QString::fromStdString(i.address->toString());
    if (device.dhcpClient) // its address comes when the lab runs
        addressLines_ << QCoreApplication::translate("DeviceItem", "address by DHCP");
    for (const lab::Vlan& v : device.vlans)
        addressLines_ << QStringLiteral("vlan%1 %2")
                             .arg(v.id)
                             .arg(QString::fromStdString(v.address.toString()));
    layoutText();
    setPos(device.x, device.y);
    update();
}

void DeviceItem::layoutText() {
    const QFontMetricsF nameMetrics(nameFont());
    const QFontMetricsF addressMetrics(addressFont());
    const qreal nameWidth = nameMetrics.horizontalAdvance(name()) + 8;
    nameRect_ = QRectF(-nameWidth / 2, kIconRect.bottom() + 2, nameWidth, nameMetrics.height());
    qreal addressWidth = 0;
    for (const QString& line : addressLines_)
        addressWidth = qMax(addressWidth, addressMetrics.horizontalAdvance(line) + 6);
    addressRect_ = QRectF(-addressWidth / 2, nameRect_.bottom(), addressWidth,
                          addressMetrics.height() * addressLines_.size());
    bounds_ = kIconRect.adjusted(-4, -4, 4, 4).united(nameRect_).united(addressRect_);
}

bool DeviceItem::nameContains(QPointF scenePos) const {
    return nameRect_.contains(mapFromScene(scenePos));
}

QRectF DeviceItem::boundingRect() const {
    return bounds_;
}

QPainterPath DeviceItem::shape() const {
    QPainterPath path;
    path.addRect(kIconRect);
    path.addRect(nameRect_);
    return path;
}

void DeviceItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QPalette palette = QGuiApplication::palette();
    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(kIconRect.adjusted(-3, -3, 3, 3), 4, 4);
    }
    paintDeviceIcon(painter, kIconRect, icon_);

    // A light plate behind the text keeps it readable where links cross it
    // (the canvas is light in every palette: see TopologyView).
    const bool contrast = PresentationStyle::of(this).highContrast;
    const QColor plate(255, 255, 255, contrast ? 255 : 200);
    painter->setPen(Qt::NoPen);
    painter->setBrush(plate);
    painter->drawRoundedRect(nameRect_, 3, 3);
    if (!addressLines_.isEmpty())
        painter->drawRect(addressRect_);
    painter->setPen(Qt::black);
    painter->setFont(nameFont());
    painter->drawText(nameRect_, Qt::AlignCenter, name());
    painter->setFont(addressFont());
    painter->setPen(contrast ? QColor(0, 30, 90) : QColor(30, 60, 120));
    painter->drawText(addressRect_, Qt::AlignHCenter | Qt::AlignTop,
                      addressLines_.join(QLatin1Char('\n')));
}

QVariant DeviceItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemSceneHasChanged && scene())
        PresentationStyle::makeScalable(this); // presenter mode draws it larger
    if (change == ItemPositionHasChanged || change == ItemScaleHasChanged)
        for (LinkItem* link : links_)
            link->adjust();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace ww::ui
