#include "windows/inspector_setup.h"

#include "inspector/encapsulation_story.h"
#include "inspector/layer_view.h"
#include "inspector/packet_inspector.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"
#include "views/event_list_view.h"
#include "windows/playback_setup.h"

#include <QDockWidget>
#include <QTableView>
#include <QMainWindow>

namespace ww::ui {


InspectorSetup::InspectorSetup(QMainWindow* window, PlaybackSetup* playback)
    : QObject(window)
    , playback_(playback)
    , packet_(new inspector::PacketInspector(window))
    , layers_(new inspector::LayerView(window)) {
    auto* packetDock = new QDockWidget(tr("Packet inspector"), window);
    packetDock->setObjectName(QStringLiteral("inspectorDock"));
    packetDock->setWidget(packet_);
    auto* layersDock = new QDockWidget(tr("Encapsulation"), window);
    layersDock->setObjectName(QStringLiteral("layersDock"));
    layersDock->setWidget(layers_);
    window->addDockWidget(Qt::BottomDockWidgetArea, packetDock);
    window->addDockWidget(Qt::BottomDockWidgetArea, layersDock);
    // Beside the event list, one tab away from the device tables, so the canvas keeps its room.
    for (QDockWidget* d : window->findChildren<QDockWidget*>())
        if (d->objectName() == QLatin1String("tablesDock")) {
            window->tabifyDockWidget(d, packetDock);
            window->tabifyDockWidget(packetDock, layersDock);
            d->raise();
        }
    // The event list keeps the larger share of the bottom row.
    if (auto* events = window->findChild<QDockWidget*>(QStringLiteral("eventsDock")))
        window->resizeDocks({events, packetDock}, {640, 460}, Qt::Horizontal);
    // Double-click an event: its encapsulation story in a large window of its own.
    connect(playback_->eventList()->table(), &QAbstractItemView::doubleClicked, this,
            [window, layersDock] {
                layersDock->setFloating(true);
                layersDock->resize(window->size() * 0.85);
                layersDock->move(window->geometry().center() - layersDock->rect().center());
                layersDock->show();
                layersDock->raise();
            });
    connect(playback_->eventList(), &EventListView::eventActivated, this,
            &InspectorSetup::inspect);
}

void InspectorSetup::inspect(int index) {
    const RecordedRun* run = playback_->clock()->run().get();
    if (!run || index < 0)
        return;
    const auto i = static_cast<std::size_t>(index);
    if (!inspector::pduOf(*run, i))
        return; // a table change, a state change: nothing to open; keep what is shown
    packet_->inspectEvent(*run, i);
    layers_->showStory(*run, i);
}

} // namespace ww::ui
