#include "windows/sequence_setup.h"

#include "models/playback_clock.h"
#include "sequence/sequence_panel.h"
#include "windows/inspector_setup.h"
#include "windows/lazy_dock.h"
#include "windows/playback_setup.h"

#include <QDockWidget>
#include <QMainWindow>

namespace ww::ui {

SequenceSetup::SequenceSetup(QMainWindow* window, PlaybackSetup* playback,
                             InspectorSetup* inspector)
    : QObject(window) {
    // Made when first in view: a tab behind the device tables at start.
    QDockWidget* dock = addLazyDock(
        window, tr("Sequence diagram"), QStringLiteral("sequenceDock"), Qt::BottomDockWidgetArea,
        [this, window, playback, inspector] { return makePanel(window, playback, inspector); });
    // A tab beside the encapsulation view: the bottom row keeps its size and the
    // right-hand docks (which presenter mode hides and restores) are left alone.
    if (auto* layers = window->findChild<QDockWidget*>(QStringLiteral("layersDock")))
        window->tabifyDockWidget(layers, dock);
    if (auto* tables = window->findChild<QDockWidget*>(QStringLiteral("tablesDock")))
        tables->raise(); // the tab shown first stays the device tables
}

QWidget* SequenceSetup::makePanel(QMainWindow* window, PlaybackSetup* playback,
                                  InspectorSetup* inspector) {
    panel_ = new sequence::SequencePanel(window);
    PlaybackClock* clock = playback->clock();
    auto follow = [this, clock] { panel_->follow(clock->time(), clock->currentEvent()); };
    connect(clock, &PlaybackClock::runChanged, this, [this, clock, follow] {
        panel_->setRun(clock->run());
        follow();
    });
    connect(clock, &PlaybackClock::timeChanged, this, follow);
    // A click on an arrow: its event everywhere (the list follows the clock).
    connect(panel_, &sequence::SequencePanel::eventActivated, this, [clock, inspector](int index) {
        clock->seekToEvent(index);
        if (inspector)
            inspector->inspect(index);
    });
    panel_->setRun(clock->run());
    follow();
    return panel_;
}

} // namespace ww::ui
