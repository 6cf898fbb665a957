#pragma once

#include <QWidget>

class QBoxLayout;
class QHBoxLayout;
class QVBoxLayout;

namespace ww::ui {

// A dock's row of controls that stays whole when the dock is narrow (a projector's bottom
// row, presenter mode's larger text, longer Korean labels): on one row while everything
// fits; narrower, the trailing options go under the leading controls, side by side, and
// narrower still one above the other. An end widget (an Export button) keeps the first
// row's right end. Re-arranged on resizes and when its texts change size.
class WrapBar : public QWidget {
    Q_OBJECT
public:
    enum class Arrangement { OneRow, TrailRow, Stacked };

    explicit WrapBar(QWidget* parent = nullptr);
    // Stays on the first row; a stretch above zero lets it take the row's spare width.
    void addLead(QWidget* widget, int stretch = 0);
    // Goes under the leading controls when the row is full.
    void addTrail(QWidget* widget);
    // At the first row's right end.
    void setEnd(QWidget* widget);

    Arrangement arrangement() const { return arrangement_; }
    Arrangement arrangementFor(int width) const;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void arrange(Arrangement arrangement);
    int gap() const;
    int leadWidth() const;       // the leading controls at their narrowest, and the end widget
    int trailRowWidth() const;   // the trailing options side by side
    int trailStackWidth() const; // the widest trailing option

    QVBoxLayout* rows_;
    QHBoxLayout* row_; // the first row
    QWidget* lead_;
    QHBoxLayout* leadLayout_;
    QWidget* trail_;
    QBoxLayout* trailLayout_;
    QWidget* end_ = nullptr;
    Arrangement arrangement_ = Arrangement::OneRow;
    bool arranged_ = false;
};

} // namespace ww::ui
