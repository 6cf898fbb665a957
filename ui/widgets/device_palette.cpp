#include "widgets/device_palette.h"

#include "canvas/device_icon.h"

#include <QDrag>
#include <QMimeData>

namespace ww::ui {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

DeviceIcon iconFor(PaletteKind kind) {
    switch (kind) {
    case PaletteKind::Pc:
        return DeviceIcon::Pc;
    case PaletteKind::Laptop:
        return DeviceIcon::Laptop;
    case PaletteKind::Switch:
        return DeviceIcon::Switch;
    case PaletteKind::Router:
        return DeviceIcon::Router;
    case PaletteKind::L3Switch:
        return DeviceIcon::L3Switch;
    case PaletteKind::DnsServer:
        return DeviceIcon::DnsServer;
    case PaletteKind::WebServer:
        return DeviceIcon::WebServer;
    case PaletteKind::InternetRouter:
        return DeviceIcon::Internet;
    }
    return DeviceIcon::Pc;
}

} // namespace

DevicePalette::DevicePalette(QWidget* parent)
    : QListWidget(parent) {
    setObjectName(QStringLiteral("devicePalette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setIconSize(QSize(40, 40));
    setSpacing(2);
    for (PaletteKind kind : allDeviceKinds()) {
        auto* item =
            new QListWidgetItem(deviceIconPixmap(iconFor(kind)), deviceKindLabel(kind), this);
        item->setData(kKindRole, static_cast<int>(kind));
        item->setToolTip(tr("Drag onto the canvas to add a %1").arg(deviceKindLabel(kind)));
    }
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT kindActivated(static_cast<PaletteKind>(item->data(kKindRole).toInt()));
    });
}

QMimeData* DevicePalette::mimeFor(PaletteKind kind) {
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kDeviceKindMime), deviceKindId(kind).toLatin1());
    return mime;
}

void DevicePalette::startDrag(Qt::DropActions) {
    QListWidgetItem* item = currentItem();
    if (!item)
        return;
    auto* drag = new QDrag(this);
    drag->setMimeData(mimeFor(static_cast<PaletteKind>(item->data(kKindRole).toInt())));
    drag->setPixmap(item->icon().pixmap(iconSize()));
    drag->setHotSpot(QPoint(iconSize().width() / 2, iconSize().height() / 2));
    drag->exec(Qt::CopyAction);
}

} // namespace ww::ui
