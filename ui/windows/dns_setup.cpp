#include "windows/dns_setup.h"

#include "dns/dns_walkthrough_view.h"
#include "document/lab_document.h"
#include "models/playback_clock.h"
#include "windows/inspector_setup.h"
#include "windows/lazy_dock.h"
#include "windows/playback_setup.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QUndoStack>

namespace ww::ui {

bool labHasDns(const lab::Lab& lab) {
    for (const lab::Device& device : lab.devices)
        if (device.dns || device.resolver)
            return true;
    for (const lab::Action& action : lab.scenario)
        if (action.type == lab::ActionType::Dns || !action.name.empty())
            return true;
    return false;
}

DnsSetup::DnsSetup(QMainWindow* window, PlaybackSetup* playback, LabDocument* document)
    : QObject(window)
    , window_(window)
    , document_(document) {
    dock_ = addLazyDock(window, tr("DNS walkthrough"), QStringLiteral("dnsDock"),
                        Qt::BottomDockWidgetArea, [this, window, playback] {
                            view_ = new DnsWalkthroughView(playback->clock(), window);
                            auto* inspector = window->findChild<InspectorSetup*>();
                            connect(view_, &DnsWalkthroughView::stepActivated, this,
                                    [playback, inspector](int index) {
                                        playback->clock()->seekToEvent(index);
                                        if (inspector)
                                            inspector->inspect(index);
                                    });
                            return view_;
                        });
    // One more tab beside the encapsulation view (or the device tables).
    for (const char* name : {"layersDock", "tablesDock"})
        if (auto* d = window->findChild<QDockWidget*>(QLatin1String(name))) {
            window->tabifyDockWidget(d, dock_);
            break;
        }
    if (auto* tables = window->findChild<QDockWidget*>(QStringLiteral("tablesDock")))
        tables->raise();
    // A lab opened (reset() clears the undo stack; an edit pushes onto it).
    connect(document_, &LabDocument::labChanged, this, [this] {
        if (document_->undoStack()->count() == 0)
            raiseTabForLab();
    });
}

void DnsSetup::raiseTabForLab() {
    if (labHasDns(document_->lab())) {
        dock_->raise();
        return;
    }
    for (const char* name : {"tablesDock", "sequenceDock"})
        if (auto* d = window_->findChild<QDockWidget*>(QLatin1String(name));
            d && !d->isHidden() && !d->isFloating()) {
            d->raise();
            return;
        }
}

} // namespace ww::ui
