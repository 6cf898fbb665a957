#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;
class QTimer;
class QWidget;

namespace ww::inspector {
class LayerView;
class PacketInspector;
} // namespace ww::inspector

namespace ww::ui {

class PlaybackSetup;

// Puts the packet inspector and the layer (encapsulation) view into a main window
// as docks. Both follow the playback clock (the PDU of the current event, or of the
// last event before it that carries one) and show the event picked in the event list;
// a new recording (File > New, Open, an edit) empties them first.
class InspectorSetup : public QObject {
    Q_OBJECT
public:
    InspectorSetup(QMainWindow* window, PlaybackSetup* playback);

    // The views, made now if their docks have not been in view yet.
    inspector::PacketInspector* packetInspector();
    inspector::LayerView* layerView();
    QDockWidget* packetDock() const { return packetDock_; }
    QDockWidget* layersDock() const { return layersDock_; }
    // The event whose PDU both views show, or -1.
    int shownEvent() const { return shown_; }

public Q_SLOTS:
    // Shows event `index` of the current recording in both views.
    void inspect(int index);

private:
    // Brings both views to the clock's current event, now (not throttled).
    void followClock();
    void scheduleFollow();
    void clearViews();
    void catchUp(QWidget* made);

    void openLarge(QDockWidget* dock);

    PlaybackSetup* playback_;
    inspector::PacketInspector* packet_ = nullptr; // made with its dock's content
    inspector::LayerView* layers_ = nullptr;
    QDockWidget* packetDock_ = nullptr;
    QDockWidget* layersDock_ = nullptr;
    QTimer* follow_;
    int shown_ = -1;
    int followed_ = -1; // the clock's event the views were last brought to
};

} // namespace ww::ui
