#include "windows/inspector_setup.h"

#include "inspector/encapsulation_story.h"
#include "inspector/layer_view.h"
#include "inspector/packet_inspector.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"
#include "views/event_list_view.h"
#include "windows/playback_setup.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace ww::ui {

namespace {
// How far back from the current event to look for one that carries a PDU: the
// events between two frames are a handful of table and state changes.
constexpr int kLookBack = 2000;
// While playing, the views catch up at most this often (ms): rebuilding a story
// sixty times a second would cost the canvas its smoothness.
constexpr int kPlayingFollowMs = 120;
} // namespace

InspectorSetup::InspectorSetup(QMainWindow* window, PlaybackSetup* playback)
    : QObject(window)
    , playback_(playback)
    , packet_(new inspector::PacketInspector(window))
    , layers_(new inspector::LayerView(window))
    , follow_(new QTimer(this)) {
    packetDock_ = new QDockWidget(tr("Packet inspector"), window);
    packetDock_->setObjectName(QStringLiteral("inspectorDock"));
    packetDock_->setWidget(packet_);
    layersDock_ = new QDockWidget(tr("Encapsulation"), window);
    layersDock_->setObjectName(QStringLiteral("layersDock"));
    layersDock_->setWidget(layers_);
    window->addDockWidget(Qt::BottomDockWidgetArea, packetDock_);
    window->addDockWidget(Qt::BottomDockWidgetArea, layersDock_);
    // Beside the event list, one tab away from the device tables, so the canvas keeps its room.
    for (QDockWidget* d : window->findChildren<QDockWidget*>())
        if (d->objectName() == QLatin1String("tablesDock")) {
            window->tabifyDockWidget(d, packetDock_);
            window->tabifyDockWidget(packetDock_, layersDock_);
            d->raise();
        }
    // The event list keeps the larger share of the bottom row.
    // and the bottom row is tall enough for a few inspector rows and the event list.
    if (auto* events = window->findChild<QDockWidget*>(QStringLiteral("eventsDock"))) {
        window->resizeDocks({events, packetDock_}, {640, 460}, Qt::Horizontal);
        window->resizeDocks({events}, {330}, Qt::Vertical);
    }
    // Double-click an event: its encapsulation story in a large window of its own;
    // double-click in the inspector's tree: the inspector in one.
    connect(playback_->eventList()->table(), &QAbstractItemView::doubleClicked, this,
            [this] { openLarge(layersDock_); });
    connect(packet_->tree(), &QAbstractItemView::doubleClicked, this,
            [this] { openLarge(packetDock_); });
    connect(playback_->eventList(), &EventListView::eventActivated, this, &InspectorSetup::inspect);

    follow_->setSingleShot(true);
    connect(follow_, &QTimer::timeout, this, &InspectorSetup::followClock);
    PlaybackClock* clock = playback_->clock();
    connect(clock, &PlaybackClock::currentEventChanged, this, &InspectorSetup::scheduleFollow);
    connect(clock, &PlaybackClock::runChanged, this, [this] {
        clearViews(); // nothing of the previous lab or recording stays on show
        scheduleFollow();
    });
    // A view out of sight is brought up to date when it comes into view.
    for (QDockWidget* d : {packetDock_, layersDock_})
        connect(d, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                scheduleFollow();
        });
    clearViews();
}

void InspectorSetup::clearViews() {
    shown_ = -1;
    followed_ = -1;
    packet_->clear();
    layers_->clear();
}

void InspectorSetup::scheduleFollow() {
    if (follow_->isActive())
        return;
    follow_->start(playback_->clock()->isPlaying() ? kPlayingFollowMs : 0);
}

void InspectorSetup::followClock() {
    const PlaybackClock* clock = playback_->clock();
    const RecordedRun* run = clock->run().get();
    const int current = clock->currentEvent();
    if (!run || current < 0) {
        clearViews();
        return;
    }
    if (!packet_->isVisible() && !layers_->isVisible())
        return; // neither can be seen: visibilityChanged catches up
    if (current == followed_)
        return; // already shown (a click on a row inspects at once)
    followed_ = current;
    int withPdu = -1;
    for (int i = current; i >= 0 && current - i <= kLookBack; --i)
        if (inspector::pduOf(*run, static_cast<std::size_t>(i))) {
            withPdu = i;
            break;
        }
    if (withPdu < 0) {
        clearViews();
        return;
    }
    // Stepping through the story on show: its step moves, the story stays.
    if (const int step = layers_->stepOfEvent(static_cast<std::size_t>(current)); step >= 0) {
        if (withPdu != shown_)
            packet_->inspectEvent(*run, static_cast<std::size_t>(withPdu));
        shown_ = withPdu;
        layers_->setStep(step);
        return;
    }
    if (withPdu != shown_)
        inspect(withPdu);
    followed_ = current;
    // The new story opens on the step that is happening now.
    if (const int step = layers_->stepOfEvent(static_cast<std::size_t>(current)); step >= 0)
        layers_->setStep(step);
}

void InspectorSetup::inspect(int index) {
    const RecordedRun* run = playback_->clock()->run().get();
    if (!run || index < 0)
        return;
    const auto i = static_cast<std::size_t>(index);
    if (!inspector::pduOf(*run, i))
        return; // a table change, a state change: nothing to open; keep what is shown
    shown_ = index;
    followed_ = playback_->clock()->currentEvent();
    packet_->inspectEvent(*run, i);
    layers_->showStory(*run, i);
}

void InspectorSetup::openLarge(QDockWidget* dock) {
    auto* window = qobject_cast<QWidget*>(parent());
    dock->setFloating(true);
    dock->resize(window->size() * 0.85);
    dock->move(window->geometry().center() - dock->rect().center());
    dock->show();
    dock->raise();
}

} // namespace ww::ui
