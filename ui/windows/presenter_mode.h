#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <utility>
#include <vector>

class QAction;
class QDockWidget;
class QHeaderView;
class QWidget;
class QMainWindow;
class QShortcut;

namespace ww::ui {

class PlaybackSetup;
class TopologyScene;
class TopologyView;

// Presenter mode, for a classroom projector: full screen, the canvas drawn
// larger and in high contrast (PresentationStyle::presenter()), bigger playback
// buttons, and only the chrome a lesson needs (the palette, properties and
// device tables docks and the canvas toolbar are hidden; the event list stays
// as it was, the View menu shows or hides it). F11 toggles it, Esc leaves it;
// leaving restores the window's layout exactly (saveState/restoreState).
class PresenterMode : public QObject {
    Q_OBJECT
public:
    PresenterMode(QMainWindow* window, TopologyScene* scene, TopologyView* view,
                  PlaybackSetup* playback);

    // Checkable, F11; for the View menu (also added to the window, so it works
    // whatever has focus).
    QAction* action() const { return action_; }
    bool isActive() const { return active_; }
    // The layout to remember when the window closes: the one from before
    // presenting while presenter mode is on.
    QByteArray normalState() const;
    QByteArray normalGeometry() const;
    // A dock to keep in view when presenting starts (the Lesson dock while a lesson is
    // followed): shown and brought to the front of its tab group, whatever it is beside.
    static void keepWhilePresenting(QDockWidget* dock, bool keep);

public Q_SLOTS:
    void setActive(bool active);
    // Starting in presenter mode: the layout to return to is the saved one, as given
    // (a window not yet shown reports its hidden docks' sizes differently).
    void startActive(const QByteArray& normalState, const QByteArray& normalGeometry);

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    // While presenting, every resize of the canvas (full screen arriving late, a
    // dock shown or hidden, another projector) fits the topology again.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Every dock's text larger (the event list, inspector, tables...), rows to match.
    void enlargeDocks();
    // The event list gets most of the bottom row (its Summary column is what is read).
    void splitBottomRow();
    void enlarge(QWidget* dockContent);
    void restoreDocks();

    void enter();
    void leave();

    QMainWindow* window_;
    TopologyScene* scene_;
    TopologyView* view_;
    PlaybackSetup* playback_;
    QAction* action_;
    QShortcut* escape_;
    bool active_ = false;
    // What enter() changed, for leave().
    QByteArray savedState_;
    QByteArray savedGeometry_;
    Qt::WindowStates savedWindowState_;
    QSize savedIconSize_;
    QFont savedToolbarFont_;
    std::vector<std::pair<QPointer<QWidget>, QFont>> savedDockFonts_;
    std::vector<std::pair<QPointer<QWidget>, QSize>> savedMinimumSizes_;
    std::vector<std::pair<QPointer<QHeaderView>, int>> savedRowHeights_;
};

} // namespace ww::ui
