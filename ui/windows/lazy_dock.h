#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace ww::ui {

// A dock whose content is made the first time it comes into view (start-up paints
// sooner when the docks behind tabs or hidden are empty shells). The shell has its
// objectName from the start, so QMainWindow::restoreState() places it as before.
QDockWidget* addLazyDock(QMainWindow* window, const QString& title, const QString& objectName,
                         Qt::DockWidgetArea area, std::function<QWidget*()> make);

// The factory of a lazy dock still empty, a child of the dock: filled() tells who
// restyles every dock (presenter mode) that the content is there.
class LazyDockContent : public QObject {
    Q_OBJECT
public:
    LazyDockContent(QDockWidget* dock, std::function<QWidget*()> make);
    void fill();
Q_SIGNALS:
    void filled(QWidget* content);

private:
    std::function<QWidget*()> make_;
};

// The dock's factory while it is still empty, else null.
LazyDockContent* lazyContentOf(QDockWidget* dock);

// Makes the dock's content now if it is a lazy dock still empty (no-op otherwise).
void fillLazyDock(QDockWidget* dock);

} // namespace ww::ui
