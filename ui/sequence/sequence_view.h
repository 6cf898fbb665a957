#pragma once

#include "sequence/sequence_diagram.h"

#include <QAbstractScrollArea>
#include <memory>
#include <optional>

namespace ww::sequence {

// Scrolls a sequence diagram: paints only the rows in sight, keeps the
// lifeline names at the top, zooms with Ctrl+wheel. A click on an arrow
// reports its event.
class SequenceView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit SequenceView(QWidget* parent = nullptr);

    void setDiagram(std::shared_ptr<const SequenceDiagram> diagram);
    const SequenceDiagram* diagram() const { return diagram_.get(); }
    void setNow(std::optional<SimTime> now);
    // Marks the arrow of `event` (-1: none) and, when asked, scrolls it into view (the
    // playback moment's line when the event has no arrow in this diagram).
    void setSelectedEvent(int event, bool scroll);
    int selectedArrow() const { return highlight_.selectedArrow; }
    double zoom() const { return zoom_; }
    // Whether the view is too short for the full header and shows the names only.
    bool compactHeader() const { return highlight_.compactHeader; }
    // Views shorter than this (in diagram pixels) have the compact header.
    static constexpr int kCompactBelow = 320;
    void setZoom(double zoom);

Q_SIGNALS:
    void eventClicked(int event);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateScrollBars();
    void ensureRowVisible(int top, int bottom);

    std::shared_ptr<const SequenceDiagram> diagram_;
    SequenceDiagram::Highlight highlight_;
    double zoom_ = 1.0;
};

} // namespace ww::sequence
