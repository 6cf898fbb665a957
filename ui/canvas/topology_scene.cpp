#include "canvas/topology_scene.h"

#include "canvas/device_item.h"
#include "canvas/link_item.h"
#include "canvas/name_editor_item.h"
#include "commands/move_devices_command.h"
#include "document/lab_document.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QSignalBlocker>
#include <QUndoStack>

namespace ww::ui {

TopologyScene::TopologyScene(LabDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , document_(document) {
    setItemIndexMethod(QGraphicsScene::NoIndex); // few items, moved often
    connect(document_, &LabDocument::labChanged, this, &TopologyScene::rebuild);
    connect(document_, &LabDocument::deviceChanged, this, &TopologyScene::updateDevice);
    connect(document_, &LabDocument::linkChanged, this, &TopologyScene::updateLink);
    rebuild();
}

TopologyScene::~TopologyScene() {
    // QGraphicsScene's destructor deletes the items and announces the lost
    // selection; by then our lookups would point at deleted items (and the
    // document may be gone), so go quietly now.
    blockSignals(true);
    devices_.clear();
    links_.clear();
    clear();
}

void TopologyScene::setMode(Mode mode) {
    if (mode_ == mode)
        return;
    mode_ = mode;
    Q_EMIT modeChanged(mode_);
}

QPointF TopologyScene::devicePosition(const QString& name) const {
    const DeviceItem* item = deviceItem(name);
    return item ? item->pos() : QPointF();
}

QLineF TopologyScene::linkLine(int linkIndex) const {
    const LinkItem* item = linkItem(linkIndex);
    return item ? item->line() : QLineF();
}

DeviceItem* TopologyScene::deviceItem(const QString& name) const {
    return devices_.value(name, nullptr);
}

LinkItem* TopologyScene::linkItem(int linkIndex) const {
    if (linkIndex < 0 || linkIndex >= int(links_.size()))
        return nullptr;
    return links_[linkIndex];
}

QStringList TopologyScene::selectedDeviceNames() const {
    QStringList names;
    for (const lab::Device& d : document_->lab().devices) // in lab order, not hash order
        if (const DeviceItem* item = deviceItem(QString::fromStdString(d.name));
            item && item->isSelected())
            names << item->name();
    return names;
}

QStringList TopologyScene::selectedLinkNames() const {
    QStringList names;
    for (const LinkItem* item : links_)
        if (item->isSelected())
            names << item->name();
    return names;
}

void TopologyScene::selectDevices(const QStringList& names) {
    clearSelection();
    for (const QString& n : names)
        if (DeviceItem* item = deviceItem(n))
            item->setSelected(true);
}

void TopologyScene::rebuild() {
    const QStringList selectedDevices = selectedDeviceNames();
    const QStringList selectedLinks = selectedLinkNames();
    {
        // Deleting a selected item announces a selection change at once; the
        // views asking back must not meet half-deleted items. One signal at the end.
        const QSignalBlocker quiet(this);
        const std::vector<LinkItem*> oldLinks = std::exchange(links_, {});
        const QHash<QString, DeviceItem*> oldDevices = std::exchange(devices_, {});
        qDeleteAll(oldLinks);
        qDeleteAll(oldDevices);

        const lab::Lab& lab = document_->lab();
        for (const lab::Device& d : lab.devices) {
            auto* item = new DeviceItem(d);
            addItem(item);
            devices_.insert(item->name(), item);
            item->setSelected(selectedDevices.contains(item->name()));
        }
        for (const lab::Link& l : lab.links) {
            DeviceItem* a = deviceItem(QString::fromStdString(l.a.device));
            DeviceItem* b = deviceItem(QString::fromStdString(l.b.device));
            if (!a || !b)
                continue; // cannot happen in a validated lab; draw what we can
            auto* item = new LinkItem(a, b, l);
            addItem(item);
            links_.push_back(item);
            item->setSelected(selectedLinks.contains(item->name()));
        }
        growSceneRect();
    }
    Q_EMIT selectionChanged();
}

void TopologyScene::updateDevice(int index) {
    const lab::Device& d = document_->lab().devices.at(index);
    if (DeviceItem* item = deviceItem(QString::fromStdString(d.name)))
        item->setDevice(d);
    growSceneRect();
}

void TopologyScene::updateLink(int index) {
    if (LinkItem* item = linkItem(index))
        item->setLink(document_->lab().links.at(index));
}

void TopologyScene::growSceneRect() {
    // Room around the devices to drop new ones, never smaller than a screenful.
    const QRectF minimum(-100, -100, 1000, 700);
    setSceneRect(itemsBoundingRect().adjusted(-300, -300, 300, 300).united(minimum));
}

DeviceItem* TopologyScene::deviceAt(QPointF scenePos, const DeviceItem* except) const {
    for (QGraphicsItem* item : items(scenePos))
        if (item->type() == DeviceItem::Type && item != except)
            return static_cast<DeviceItem*>(item);
    return nullptr;
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    const bool linkGesture = (event->button() == Qt::LeftButton &&
                              (mode_ == Mode::Link || (event->modifiers() & Qt::ShiftModifier))) ||
                             event->button() == Qt::RightButton;
    if (linkGesture) {
        if (DeviceItem* from = deviceAt(event->scenePos())) {
            linkFrom_ = from;
            rubberLine_ = addLine(QLineF(from->pos(), event->scenePos()),
                                  QPen(QColor(30, 110, 200), 2, Qt::DashLine));
            rubberLine_->setZValue(5);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    pressPositions_.clear();
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == DeviceItem::Type)
            pressPositions_.insert(static_cast<DeviceItem*>(item)->name(), item->pos());
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (rubberLine_) {
        rubberLine_->setLine(QLineF(linkFrom_->pos(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (rubberLine_) {
        delete rubberLine_;
        rubberLine_ = nullptr;
        DeviceItem* from = std::exchange(linkFrom_, nullptr);
        if (DeviceItem* to = deviceAt(event->scenePos(), from))
            linkDevices(from->name(), to->name());
        else if (event->button() == Qt::RightButton && deviceAt(event->scenePos()) == from)
            Q_EMIT deviceMenuRequested(from->name(), event->screenPos());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    pushMoveIfMoved();
}

void TopologyScene::pushMoveIfMoved() {
    QHash<QString, QPointF> moved;
    for (auto it = pressPositions_.constBegin(); it != pressPositions_.constEnd(); ++it) {
        const DeviceItem* item = deviceItem(it.key());
        if (item && item->pos() != it.value())
            moved.insert(it.key(), QPointF(qRound(item->pos().x()), qRound(item->pos().y())));
    }
    pressPositions_.clear();
    if (!moved.isEmpty())
        document_->undoStack()->push(new MoveDevicesCommand(document_, moved));
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (DeviceItem* item = deviceAt(event->scenePos())) {
        if (item->nameContains(event->scenePos()))
            beginRename(item->name());
        else
            Q_EMIT deviceActivated(item->name());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void TopologyScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event) {
    if (event->mimeData()->hasFormat(QLatin1String(kDeviceKindMime))) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragEnterEvent(event);
}

void TopologyScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event) {
    dragEnterEvent(event);
}

void TopologyScene::dropEvent(QGraphicsSceneDragDropEvent* event) {
    const QString id = QString::fromLatin1(event->mimeData()->data(QLatin1String(kDeviceKindMime)));
    const std::optional<PaletteKind> kind = deviceKindFromId(id);
    if (!kind) {
        QGraphicsScene::dropEvent(event);
        return;
    }
    addDevice(*kind, event->scenePos());
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

} // namespace ww::ui
