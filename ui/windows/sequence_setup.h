#pragma once

#include <QObject>

class QMainWindow;
class QWidget;

namespace ww::sequence {
class SequencePanel;
}

namespace ww::ui {

class InspectorSetup;
class PlaybackSetup;

// Puts the sequence (ladder) diagram into a main window as a dock that follows
// playback: the current moment is a line across, stepping scrolls to the event's
// arrow, and clicking an arrow selects its event in the event list and inspector.
class SequenceSetup : public QObject {
    Q_OBJECT
public:
    SequenceSetup(QMainWindow* window, PlaybackSetup* playback, InspectorSetup* inspector);

    // Null until the dock first comes into view.
    sequence::SequencePanel* panel() const { return panel_; }

private:
    QWidget* makePanel(QMainWindow* window, PlaybackSetup* playback, InspectorSetup* inspector);

    sequence::SequencePanel* panel_ = nullptr;
};

} // namespace ww::ui
