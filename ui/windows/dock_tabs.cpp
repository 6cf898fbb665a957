#include "windows/dock_tabs.h"

#include <QChildEvent>
#include <QEvent>
#include <QMainWindow>
#include <QTabBar>

namespace ww::ui {

namespace {

void configure(QTabBar* bar) {
    bar->setElideMode(Qt::ElideNone);
    bar->setUsesScrollButtons(true);
    bar->setExpanding(false);
    for (int i = 0; i < bar->count(); ++i)
        bar->setTabToolTip(i, bar->tabText(i));
}

// Tab bars come and go as docks are tabified: each is set up when polished, and
// its tooltips when its tabs change.
class DockTabsFilter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ChildPolished)
            if (auto* bar = qobject_cast<QTabBar*>(static_cast<QChildEvent*>(event)->child())) {
                configure(bar);
                if (!bar->property("wwTabsWatched").toBool()) {
                    bar->setProperty("wwTabsWatched", true);
                    connect(bar, &QTabBar::currentChanged, bar, [bar] { configure(bar); });
                }
            }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void keepDockTabsReadable(QMainWindow* window) {
    window->installEventFilter(new DockTabsFilter(window));
    for (QTabBar* bar : window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
        configure(bar);
}

} // namespace ww::ui
