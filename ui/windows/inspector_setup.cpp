#include "windows/inspector_setup.h"

#include "inspector/encapsulation_story.h"
#include "inspector/layer_view.h"
#include "inspector/packet_inspector.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"
#include "views/event_list_view.h"
#include "windows/lazy_dock.h"
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
    , follow_(new QTimer(this)) {
    // Both behind tabs at start: their views are made when first in view (or asked for),
    // and then show what was inspected meanwhile.
    packetDock_ = addLazyDock(window, tr("Packet inspector"), QStringLiteral("inspectorDock"),
                              Qt::BottomDockWidgetArea, [this] {
                                  packet_ = new inspector::PacketInspector;
                                  connect(packet_->tree(), &QAbstractItemView::doubleClicked, this,
                                          [this] { openLarge(packetDock_); });
                                  catchUp(packet_);
                                  return packet_;
                              });
    layersDock_ = addLazyDock(window, tr("Encapsulation"), QStringLiteral("layersDock"),
                              Qt::BottomDockWidgetArea, [this] {
                                  layers_ = new inspector::LayerView;
                                  catchUp(layers_);
                                  return layers_;
                              });
    // Beside the event list, one tab away from the device tables, so the canvas keeps its room.
    auto* tables = window->findChild<QDockWidget*>(QStringLiteral("tablesDock"));
    if (tables) {
        window->tabifyDockWidget(tables, packetDock_);
        window->tabifyDockWidget(packetDock_, layersDock_);
        tables->raise();
    }
    // The bottom row is tall enough for a few inspector rows (its split between the event
    // list and these tabs is set once the window has its size: MainWindow::restoreLayout).
    if (auto* events = window->findChild<QDockWidget*>(QStringLiteral("eventsDock")))
        window->resizeDocks({events}, {330}, Qt::Vertical);
    // Double-click an event: its encapsulation story in a large window of its own;
    // double-click in the inspector's tree: the inspector in one.
    connect(playback_->eventList()->table(), &QAbstractItemView::doubleClicked, this,
            [this] { openLarge(layersDock_); });
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

inspector::PacketInspector* InspectorSetup::packetInspector() {
    fillLazyDock(packetDock_);
    return packet_;
}

inspector::LayerView* InspectorSetup::layerView() {
    fillLazyDock(layersDock_);
    return layers_;
}

void InspectorSetup::catchUp(QWidget* made) {
    // A view made after an event was inspected shows that event (at the clock's step).
    const RecordedRun* run = playback_->clock()->run().get();
    if (!run || shown_ < 0)
        return;
    const auto i = static_cast<std::size_t>(shown_);
    if (made == packet_) {
        packet_->inspectEvent(*run, i);
        return;
    }
    layers_->showStory(*run, i);
    if (const int current = playback_->clock()->currentEvent(); current >= 0)
        if (const int step = layers_->stepOfEvent(static_cast<std::size_t>(current)); step >= 0)
            layers_->setStep(step);
}

void InspectorSetup::clearViews() {
    shown_ = -1;
    followed_ = -1;
    if (packet_)
        packet_->clear();
    if (layers_)
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
    if (!(packet_ && packet_->isVisible()) && !(layers_ && layers_->isVisible()))
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
    if (const int step = layers_ ? layers_->stepOfEvent(static_cast<std::size_t>(current)) : -1;
        step >= 0) {
        if (withPdu != shown_ && packet_)
            packet_->inspectEvent(*run, static_cast<std::size_t>(withPdu));
        shown_ = withPdu;
        layers_->setStep(step);
        return;
    }
    if (withPdu != shown_)
        inspect(withPdu);
    followed_ = current;
    // The new story opens on the step that is happening now.
    if (const int step = layers_ ? layers_->stepOfEvent(static_cast<std::size_t>(current)) : -1;
        step >= 0)
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
    if (packet_)
        packet_->inspectEvent(*run, i);
    if (layers_)
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
