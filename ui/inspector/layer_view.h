#pragma once

#include "inspector/encapsulation_story.h"
#include "inspector/story_painter.h"

#include <QWidget>
#include <optional>

class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;

namespace ww::inspector {

class StoryCanvas;

// The layer view: the encapsulation story of one PDU, played step by step
// (previous / play / next) or shown whole, with export to SVG, PNG and PDF.
class LayerView : public QWidget {
    Q_OBJECT
public:
    explicit LayerView(QWidget* parent = nullptr);

    // Builds the story of event `eventIndex` of `run`; false when there is none
    // (the view then says why).
    bool showStory(const RecordedRun& run, std::size_t eventIndex);
    void showStory(EncapsulationStory story);
    // Back to nothing shown (a new lab): the view asks for a frame.
    void clear();
    // The step of the shown story that is trace event `eventIndex`, or -1.
    int stepOfEvent(std::size_t eventIndex) const;

    int step() const { return step_; } // -1: the whole story
    int stepCount() const { return painter_ ? painter_->stepCount() : 0; }
    const StoryPainter* painter() const { return painter_ ? &*painter_ : nullptr; }

public Q_SLOTS:
    void setStep(int step); // -1 shows everything
    void next();
    void previous();
    void setPlaying(bool playing);
    void showWhole();
    void exportView(); // asks for a file: SVG, PNG or PDF

Q_SIGNALS:
    // The step shown changed; eventIndex is the trace event of that step (for
    // the canvas and the event list to follow), or -1 for the whole story.
    void stepChanged(int step, qint64 eventIndex);

private:
    void refresh();

    std::optional<StoryPainter> painter_;
    int step_ = -1;
    StoryCanvas* canvas_;
    QScrollArea* scroll_;
    QLabel* caption_;
    QToolButton* playButton_;
    QTimer* timer_;
};

} // namespace ww::inspector
