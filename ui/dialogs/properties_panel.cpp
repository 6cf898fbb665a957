#include "dialogs/properties_panel.h"

#include "canvas/topology_scene.h"
#include "dialogs/device_editor.h"
#include "dialogs/link_editor.h"

#include <QLabel>
#include <QScrollArea>

namespace ww::ui {

PropertiesPanel::PropertiesPanel(TopologyScene* scene, QWidget* parent)
    : QStackedWidget(parent)
    , scene_(scene) {
    hint_ = new QLabel(tr("Select one device or link to edit it."));
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setWordWrap(true);
    deviceEditor_ = new DeviceEditor(scene->document());
    auto* scroll = new QScrollArea;
    scroll->setWidget(deviceEditor_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    devicePage_ = scroll;
    linkEditor_ = new LinkEditor(scene->document());
    addWidget(hint_);
    addWidget(devicePage_);
    addWidget(linkEditor_);
    connect(scene_, &QGraphicsScene::selectionChanged, this, &PropertiesPanel::followSelection);
    connect(scene_, &TopologyScene::deviceActivated, this,
            [this](const QString& name) { scene_->selectDevices({name}); });
}

void PropertiesPanel::followSelection() {
    const QStringList devices = scene_->selectedDeviceNames();
    const QStringList links = scene_->selectedLinkNames();
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
