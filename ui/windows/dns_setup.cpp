#include "windows/dns_setup.h"

#include "dns/dns_walkthrough_view.h"
#include "models/playback_clock.h"
#include "windows/inspector_setup.h"
#include "windows/playback_setup.h"

#include <QDockWidget>
#include <QMainWindow>

namespace ww::ui {

DnsSetup::DnsSetup(QMainWindow* window, PlaybackSetup* playback)
    : QObject(window)
    , view_(new DnsWalkthroughView(playback->clock(), window)) {
    auto* dock = new QDockWidget(tr("DNS walkthrough"), window);
    dock->setObjectName(QStringLiteral("dnsDock"));
    dock->setWidget(view_);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    // One more tab beside the encapsulation view (or the device tables).
    for (const char* name : {"layersDock", "tablesDock"})
        if (auto* d = window->findChild<QDockWidget*>(QLatin1String(name))) {
            window->tabifyDockWidget(d, dock);
            break;
        }
    if (auto* tables = window->findChild<QDockWidget*>(QStringLiteral("tablesDock")))
        tables->raise();
    auto* inspector = window->findChild<InspectorSetup*>();
    connect(view_, &DnsWalkthroughView::stepActivated, this, [playback, inspector](int index) {
        playback->clock()->seekToEvent(index);
        if (inspector)
            inspector->inspect(index);
    });
}

} // namespace ww::ui
