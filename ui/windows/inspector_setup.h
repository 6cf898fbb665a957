#pragma once

#include <QObject>

class QMainWindow;

namespace ww::inspector {
class LayerView;
class PacketInspector;
} // namespace ww::inspector

namespace ww::ui {

class PlaybackSetup;

// Puts the packet inspector and the layer (encapsulation) view into a main window
// as docks, showing the event picked in the event list.
class InspectorSetup : public QObject {
    Q_OBJECT
public:
    InspectorSetup(QMainWindow* window, PlaybackSetup* playback);

    inspector::PacketInspector* packetInspector() const { return packet_; }
    inspector::LayerView* layerView() const { return layers_; }

public Q_SLOTS:
    // Shows event `index` of the current recording in both views.
    void inspect(int index);

private:
    PlaybackSetup* playback_;
    inspector::PacketInspector* packet_;
    inspector::LayerView* layers_;
};

} // namespace ww::ui
