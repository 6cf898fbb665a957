#include "dialogs/properties_panel.h"

#include "canvas/link_item.h"
#include "canvas/topology_scene.h"
#include "dialogs/device_editor.h"
#include "dialogs/link_editor.h"
#include "document/lab_document.h"

#include <QLabel>

namespace ww::ui {

PropertiesPanel::PropertiesPanel(TopologyScene* scene, QWidget* parent)
    : QStackedWidget(parent)
    , scene_(scene) {
    hint_ = new QLabel(tr("Select one device or link to edit it."));
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setWordWrap(true);
    addWidget(hint_);
    // The editors are made on the first selection: most of this panel's start-up cost.
    connect(scene_, &QGraphicsScene::selectionChanged, this, &PropertiesPanel::followSelection);
    connect(scene_, &TopologyScene::deviceActivated, this,
            [this](const QString& name) { scene_->selectDevices({name}); });
}

DeviceEditor* PropertiesPanel::deviceEditor() {
    makeEditors();
    return deviceEditor_;
}

LinkEditor* PropertiesPanel::linkEditor() {
    makeEditors();
    return linkEditor_;
}

void PropertiesPanel::makeEditors() {
    if (deviceEditor_)
        return;
    // The editor scrolls its own fields, keeping Apply and Revert in view below them.
    deviceEditor_ = new DeviceEditor(scene_->document());
    devicePage_ = deviceEditor_;
    linkEditor_ = new LinkEditor(scene_->document());
    addWidget(devicePage_);
    addWidget(linkEditor_);
}

void PropertiesPanel::followSelection() {
    if (reselecting_)
        return;
    const QStringList devices = scene_->selectedDeviceNames();
    const QStringList links = scene_->selectedLinkNames();
    if (!deviceEditor_ && devices.size() + links.size() != 1)
        return; // nothing to edit yet: the hint stays
    makeEditors();
    // Leaving the device shown: its unapplied edits are applied, or asked about.
    const bool leaving =
        currentWidget() == devicePage_ &&
        !(devices.size() == 1 && links.isEmpty() && devices.front() == deviceEditor_->deviceName());
    if (leaving && !deviceEditor_->settlePendingEdits()) {
        reselecting_ = true; // keep editing: the selection goes back to the device
        scene_->selectDevices({deviceEditor_->deviceName()});
        reselecting_ = false;
        return;
    }
    const bool leavingLink =
        currentWidget() == linkEditor_ &&
        !(links.size() == 1 && devices.isEmpty() && links.front() == linkEditor_->linkName());
    if (leavingLink && !linkEditor_->settlePendingEdits()) {
        reselecting_ = true;
        scene_->clearSelection();
        const auto& all = scene_->document()->lab().links;
        for (std::size_t i = 0; i < all.size(); ++i)
            if (all[i].name == linkEditor_->linkName().toStdString())
                if (auto* item = scene_->linkItem(int(i)))
                    item->setSelected(true);
        reselecting_ = false;
        return;
    }
    if (devices.size() == 1 && links.isEmpty()) {
        if (deviceEditor_->deviceName() != devices.front() || !deviceEditor_->isEnabled())
            deviceEditor_->showDevice(devices.front());
        setCurrentWidget(devicePage_);
    } else if (links.size() == 1 && devices.isEmpty()) {
        if (linkEditor_->linkName() != links.front() || !linkEditor_->isEnabled())
            linkEditor_->showLink(links.front());
        setCurrentWidget(linkEditor_);
    } else {
        setCurrentWidget(hint_);
    }
}

} // namespace ww::ui
