#include "widgets/wrap_bar.h"

#include <QBoxLayout>
#include <QEvent>
#include <QStyle>
#include <algorithm>

namespace ww::ui {

WrapBar::WrapBar(QWidget* parent)
    : QWidget(parent)
    , rows_(new QVBoxLayout(this))
    , row_(new QHBoxLayout)
    , lead_(new QWidget(this))
    , leadLayout_(new QHBoxLayout(lead_))
    , trail_(new QWidget(this))
    , trailLayout_(new QBoxLayout(QBoxLayout::LeftToRight, trail_)) {
    rows_->setContentsMargins(0, 0, 0, 0);
    leadLayout_->setContentsMargins(0, 0, 0, 0);
    trailLayout_->setContentsMargins(0, 0, 0, 0);
    // First row: the leading controls, the options while they fit, spare width, the end.
    row_->addWidget(lead_);
    row_->addWidget(trail_);
    row_->addStretch(1);
    rows_->addLayout(row_);
}

void WrapBar::addLead(QWidget* widget, int stretch) {
    leadLayout_->addWidget(widget, stretch);
    if (stretch > 0) { // the leading controls take the spare width, not the spacer
        row_->setStretchFactor(lead_, 1);
        for (int i = 0; i < row_->count(); ++i)
            if (row_->itemAt(i)->spacerItem())
                row_->setStretch(i, 0);
    }
}

void WrapBar::addTrail(QWidget* widget) {
    trailLayout_->addWidget(widget);
}

void WrapBar::setEnd(QWidget* widget) {
    end_ = widget;
    row_->addWidget(widget);
}

int WrapBar::gap() const {
    const int spacing = row_->spacing();
    return spacing >= 0 ? spacing : style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
}

int WrapBar::leadWidth() const {
    int width = lead_->minimumSizeHint().width();
    if (end_)
        width += gap() + end_->minimumSizeHint().width();
    return width;
}

int WrapBar::trailRowWidth() const {
    int width = 0, count = 0;
    for (int i = 0; i < trailLayout_->count(); ++i)
        if (QWidget* w = trailLayout_->itemAt(i)->widget(); w && !w->isHidden()) {
            width += w->sizeHint().width();
            ++count;
        }
    const int spacing = trailLayout_->spacing() >= 0 ? trailLayout_->spacing() : gap();
    return width + std::max(0, count - 1) * spacing;
}

int WrapBar::trailStackWidth() const {
    int width = 0;
    for (int i = 0; i < trailLayout_->count(); ++i)
        if (QWidget* w = trailLayout_->itemAt(i)->widget(); w && !w->isHidden())
            width = std::max(width, w->sizeHint().width());
    return width;
}

WrapBar::Arrangement WrapBar::arrangementFor(int width) const {
    if (width >= leadWidth() + gap() + trailRowWidth())
        return Arrangement::OneRow;
    return width >= trailRowWidth() ? Arrangement::TrailRow : Arrangement::Stacked;
}

void WrapBar::arrange(Arrangement arrangement) {
    if (arranged_ && arrangement == arrangement_)
        return;
    arranged_ = true;
    arrangement_ = arrangement;
    row_->removeWidget(trail_);
    rows_->removeWidget(trail_);
    trailLayout_->setDirection(arrangement == Arrangement::Stacked ? QBoxLayout::TopToBottom
                                                                   : QBoxLayout::LeftToRight);
    if (arrangement == Arrangement::OneRow)
        row_->insertWidget(1, trail_);
    else
        rows_->addWidget(trail_, 0, Qt::AlignLeft);
}

QSize WrapBar::minimumSizeHint() const {
    QSize hint = QWidget::minimumSizeHint();
    hint.setWidth(std::max(leadWidth(), trailStackWidth()));
    return hint;
}

void WrapBar::resizeEvent(QResizeEvent* event) {
    arrange(arrangementFor(width()));
    QWidget::resizeEvent(event);
}

bool WrapBar::event(QEvent* event) {
    // Texts grew or shrank (presenter mode, a language): the options may fit beside now.
    if (event->type() == QEvent::LayoutRequest && arranged_)
        arrange(arrangementFor(width()));
    return QWidget::event(event);
}

} // namespace ww::ui
