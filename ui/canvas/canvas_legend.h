#pragma once

#include <QWidget>

class QAction;

namespace ww::ui {

class TopologyScene;
class TopologyView;

// A key to the canvas in its bottom-left corner: what each token colour is (the
// protocols PduToken colours, and grey for any other) and what a dashed cable is.
// Drawn in the scene's presentation style (larger and saturated in presenter mode).
// View > Show Legend shows and hides it; the choice is remembered.
class CanvasLegend : public QWidget {
    Q_OBJECT
public:
    CanvasLegend(TopologyView* view, TopologyScene* scene);

    QAction* toggleAction() const { return toggle_; }

    struct Entry {
        QString label;
        QColor colour; // a token's fill; invalid for the dashed cable
        bool dashed;   // the lossy-cable line
    };
    // What the legend lists, in order, in the scene's current style.
    QList<Entry> entries() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
    // Each entry's box within maxWidth; *total: the legend's size.
    QList<QRectF> layout(int maxWidth, QSize* total) const;
    QFont legendFont() const;
    qreal scale() const;

    TopologyView* view_;
    QWidget* viewport_; // the view's, a sibling child that lives as long as the view
    TopologyScene* scene_;
    QAction* toggle_;
};

} // namespace ww::ui
