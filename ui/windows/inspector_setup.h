#pragma once

#include <QObject>
#include <memory>

class QMainWindow;

namespace ww::inspector {
class LayerView;
class PacketInspector;
struct RecordedRun;
} // namespace ww::inspector

namespace ww::ui {

class PlaybackSetup;

// Puts the packet inspector and the layer (encapsulation) view into a main window
// as docks, showing the event picked in the event list.
class InspectorSetup : public QObject {
    Q_OBJECT
public:
    InspectorSetup(QMainWindow* window, PlaybackSetup* playback);
    ~InspectorSetup() override;

    inspector::PacketInspector* packetInspector() const { return packet_; }
    inspector::LayerView* layerView() const { return layers_; }

public Q_SLOTS:
    // Shows event `index` of the current recording in both views.
    void inspect(int index);

private:
    const inspector::RecordedRun* inspectorRun();

    PlaybackSetup* playback_;
    inspector::PacketInspector* packet_;
    inspector::LayerView* layers_;
    std::unique_ptr<inspector::RecordedRun> run_; // the recording, as the inspector reads it
    const void* runSource_ = nullptr;             // which playback recording run_ was made from
};

} // namespace ww::ui
