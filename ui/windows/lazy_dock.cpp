#include "windows/lazy_dock.h"

#include <QDockWidget>
#include <QMainWindow>

namespace ww::ui {

LazyDockContent::LazyDockContent(QDockWidget* dock, std::function<QWidget*()> make)
    : QObject(dock)
    , make_(std::move(make)) {
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            fill();
    });
    // Floated from behind a tab it is in view without a visibility change.
    connect(dock, &QDockWidget::topLevelChanged, this, [this](bool floating) {
        if (floating)
            fill();
    });
}

void LazyDockContent::fill() {
    if (!make_)
        return;
    const auto make = std::move(make_);
    make_ = nullptr;
    QWidget* content = make();
    static_cast<QDockWidget*>(parent())->setWidget(content);
    Q_EMIT filled(content);
    deleteLater();
}

QDockWidget* addLazyDock(QMainWindow* window, const QString& title, const QString& objectName,
                         Qt::DockWidgetArea area, std::function<QWidget*()> make) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(objectName); // saveState() and restoreState() need it
    new LazyDockContent(dock, std::move(make));
    window->addDockWidget(area, dock);
    return dock;
}

LazyDockContent* lazyContentOf(QDockWidget* dock) {
    if (dock->widget())
        return nullptr;
    return dock->findChild<LazyDockContent*>(QString(), Qt::FindDirectChildrenOnly);
}

void fillLazyDock(QDockWidget* dock) {
    if (LazyDockContent* lazy = lazyContentOf(dock))
        lazy->fill();
}

} // namespace ww::ui
