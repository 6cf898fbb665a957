#include "windows/plots_setup.h"

#include "models/playback_clock.h"
#include "plots/plots_panel.h"
#include "windows/lazy_dock.h"
#include "windows/playback_setup.h"

#include <QDockWidget>
#include <QMainWindow>

namespace ww::ui {

PlotsSetup::PlotsSetup(QMainWindow* window, PlaybackSetup* playback)
    : QObject(window) {
    // Made when first in view (QCustomPlot and its first replot cost start-up time).
    QDockWidget* dock = addLazyDock(window, tr("TCP plots"), QStringLiteral("plotsDock"),
                                    Qt::BottomDockWidgetArea, [this, window, playback] {
                                        panel_ = new plots::PlotsPanel(window);
                                        follow(playback->clock());
                                        return panel_;
                                    });
    // One tab beside the encapsulation view, so the canvas keeps its room.
    if (auto* layers = window->findChild<QDockWidget*>(QStringLiteral("layersDock"))) {
        window->tabifyDockWidget(layers, dock);
        if (auto* tables = window->findChild<QDockWidget*>(QStringLiteral("tablesDock")))
            tables->raise();
    }
}

void PlotsSetup::follow(PlaybackClock* clock) {
    connect(clock, &PlaybackClock::runChanged, panel_, [this, clock] {
        panel_->setRun(clock->run());
        panel_->setTime(clock->time());
    });
    connect(clock, &PlaybackClock::timeChanged, panel_, &plots::PlotsPanel::setTime);
    panel_->setRun(clock->run());
    panel_->setTime(clock->time());
}

} // namespace ww::ui
