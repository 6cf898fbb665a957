// TopologyScene's edits: each turns a gesture into one undo command.
#include "canvas/device_item.h"
#include "canvas/link_item.h"
#include "canvas/name_editor_item.h"
#include "canvas/topology_scene.h"
#include "commands/add_device_command.h"
#include "commands/add_link_command.h"
#include "commands/paste_items_command.h"
#include "commands/remove_items_command.h"
#include "commands/rename_device_command.h"
#include "document/lab_document.h"
#include "document/lab_edits.h"
#include "lab/lab_json.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsView>
#include <QMessageBox>
#include <QMimeData>
#include <QUndoStack>

namespace ww::ui {

namespace {

bool isSwitchOrRouter(const lab::Device& d) {
    return d.type != lab::DeviceType::Host;
}

} // namespace

void TopologyScene::addDevice(PaletteKind kind, QPointF pos) {
    const QPointF snapped(qRound(pos.x()), qRound(pos.y()));
    const lab::Device device = makeDevice(kind, document_->lab(), snapped);
    document_->undoStack()->push(new AddDeviceCommand(document_, device));
    selectDevices({QString::fromStdString(device.name)});
}

bool TopologyScene::linkDevices(const QString& a, const QString& b) {
    const lab::Lab& lab = document_->lab();
    const int ia = document_->deviceIndex(a);
    const int ib = document_->deviceIndex(b);
    if (ia < 0 || ib < 0 || ia == ib)
        return false;
    lab::Link link;
    std::vector<AddLinkCommand::NewInterface> added;
    // Each end takes its first free interface; a switch or router grows a new
    // port when all are taken, a host only if the user agrees.
    auto endFor = [&](const lab::Device& d, lab::Endpoint& end) {
        end.device = d.name;
        if (auto free = freeInterface(lab, d)) {
            end.interface = *free;
            return true;
        }
        const lab::Interface itf = nextInterface(d);
        const QString deviceName = QString::fromStdString(d.name);
        const QString itfName = QString::fromStdString(itf.name);
        if (!isSwitchOrRouter(d)) {
            const bool agreed =
                confirmNewInterface
                    ? confirmNewInterface(deviceName, itfName)
                    : QMessageBox::question(views().value(0), tr("No free interface"),
                                            tr("Every interface of %1 is cabled. "
                                               "Add interface %2 for this link?")
                                                .arg(deviceName, itfName)) == QMessageBox::Yes;
            if (!agreed)
                return false;
        }
        end.interface = itf.name;
        added.emplace_back(d.name, itf);
        return true;
    };
    if (!endFor(lab.devices[ia], link.a) || !endFor(lab.devices[ib], link.b)) {
        Q_EMIT message(tr("No link made: %1 has no free interface").arg(a));
        return false;
    }
    link.name = uniqueLinkName(lab, link.a.device + "-" + link.b.device);
    document_->undoStack()->push(new AddLinkCommand(document_, link, added));
    return true;
}

bool TopologyScene::renameDevice(const QString& from, const QString& to) {
    if (from == to)
        return true;
    const QString problem = deviceNameProblem(document_->lab(), from, to);
    if (!problem.isEmpty()) {
        Q_EMIT message(tr("Cannot rename %1: %2").arg(from, problem));
        return false;
    }
    document_->undoStack()->push(new RenameDeviceCommand(document_, from, to));
    selectDevices({to}); // the item was rebuilt under its new name
    return true;
}

void TopologyScene::beginRename(const QString& name) {
    DeviceItem* item = deviceItem(name);
    if (!item || nameEditor_)
        return;
    auto* editor = new NameEditorItem(name, item->mapToScene(item->nameRect().center()));
    addItem(editor);
    nameEditor_ = editor;
    connect(editor, &NameEditorItem::committed, this, &TopologyScene::renameDevice,
            Qt::QueuedConnection); // the rename rebuilds items; leave the editor's handler first
    connect(editor, &NameEditorItem::finished, editor, &QObject::deleteLater);
    editor->setFocus();
}

void TopologyScene::deleteSelection() {
    const QStringList devices = selectedDeviceNames();
    const QStringList links = selectedLinkNames();
    if (devices.isEmpty() && links.isEmpty())
        return;
    document_->undoStack()->push(new RemoveItemsCommand(document_, devices, links));
}

void TopologyScene::copySelection() {
    const QStringList devices = selectedDeviceNames();
    if (devices.isEmpty())
        return;
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kItemsMime), lab::toJson(extractItems(document_->lab(), devices)));
    QApplication::clipboard()->setMimeData(mime);
    pasteCount_ = 0;
}

void TopologyScene::cutSelection() {
    copySelection();
    deleteSelection();
}

void TopologyScene::paste() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QLatin1String(kItemsMime)))
        return;
    const lab::LoadResult clip = lab::parseLab(mime->data(QLatin1String(kItemsMime)));
    if (!clip.lab || clip.lab->devices.empty())
        return;
    // Each paste lands a step further, so copies never hide under each other.
    ++pasteCount_;
    const lab::Lab copies =
        copiesFor(document_->lab(), *clip.lab, QPointF(40, 40) * qreal(pasteCount_));
    document_->undoStack()->push(new PasteItemsCommand(document_, copies));
    QStringList names;
    for (const lab::Device& d : copies.devices)
        names << QString::fromStdString(d.name);
    selectDevices(names);
}

void TopologyScene::selectAllItems() {
    for (QGraphicsItem* item : items())
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
}

} // namespace ww::ui
