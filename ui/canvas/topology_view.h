#pragma once

#include <QGraphicsView>

namespace ww::ui {

class TopologyScene;

// The canvas widget: wheel zooms about the cursor, the middle button or
// Space + drag pans, dragging on empty canvas selects with a rubber band.
class TopologyView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TopologyView(TopologyScene* scene, QWidget* parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    // The canvas stays light in a dark desktop theme too: it is a drawing, like
    // paper or a whiteboard, and device icons, label plates, tokens and callouts
    // are designed on it. The docks and lists around it follow the palette.
    static QBrush canvasBrush();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToView();
    // Fits now if the view has its size, else as soon as it is shown.
    void fitWhenShown();
    // Fits after the next resize (a window going full screen) and once the
    // event loop runs, whichever comes; for a size that is about to change.
    void fitAfterResize();
    // How far fitToView() may enlarge a small lab; 1 (its actual size) by default.
    void setMaxFitZoom(qreal zoom) { maxFitZoom_ = zoom; }
    // Pixels at the viewport's bottom that fitToView() keeps clear (the legend's strip).
    void setBottomReserve(int pixels) { bottomReserve_ = pixels; }
    int bottomReserve() const { return bottomReserve_; }
    void resetZoom();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void zoomBy(qreal factor);

    bool fitPending_ = false;
    qreal maxFitZoom_ = 1.0;
    int bottomReserve_ = 0;
    bool spaceHeld_ = false;
    bool panning_ = false;
    QPoint panLast_;
};

} // namespace ww::ui
