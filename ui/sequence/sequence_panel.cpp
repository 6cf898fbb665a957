#include "sequence/sequence_panel.h"

#include "models/sequence_numbering.h"
#include "sequence/sequence_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace ww::sequence {

SequencePanel::SequencePanel(QWidget* parent)
    : QWidget(parent)
    , combo_(new QComboBox(this))
    , routers_(new QCheckBox(tr("Routers on the path"), this))
    , relative_(new QCheckBox(tr("Relative Seq/Ack"), this))
    , label_(new QLabel(tr("Conversation:"), this))
    , view_(new SequenceView(this)) {
    // The combo may be narrower than its longest conversation (its list is not): the dock
    // must leave the event list its share of a projector's bottom row.
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo_->setMinimumContentsLength(16);
    routers_->setToolTip(tr("A lifeline for each router and NAT the packets cross, so every "
                            "hop shows; otherwise only the two ends"));
    relative_->setToolTip(tr("TCP sequence and acknowledgment numbers counted from each side's "
                             "initial sequence number, or as carried. The event list follows "
                             "the same choice."));
    auto& numbering = ui::SequenceNumbering::instance();
    relative_->setChecked(numbering.relative());
    top_ = new QGridLayout;
    top_->addWidget(label_, 0, 0);
    top_->addWidget(combo_, 0, 1);
    top_->setColumnStretch(1, 1);
    arrangeOptions(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top_);
    layout->addWidget(view_, 1);

    connect(combo_, &QComboBox::currentIndexChanged, this, &SequencePanel::rebuild);
    connect(combo_, &QComboBox::activated, this,
            [this] { chosen_ = combo_->currentData().toString(); });
    connect(routers_, &QCheckBox::toggled, this, &SequencePanel::rebuild);
    connect(relative_, &QCheckBox::toggled, &numbering, &ui::SequenceNumbering::setRelative);
    connect(&numbering, &ui::SequenceNumbering::relativeChanged, this, [this](bool on) {
        const QSignalBlocker block(relative_);
        relative_->setChecked(on);
        rebuild();
    });
    connect(view_, &SequenceView::eventClicked, this, &SequencePanel::eventActivated);
}

void SequencePanel::arrangeOptions(bool oneRow) {
    if (const int at = top_->indexOf(routers_); at >= 0) {
        int row = 0, column = 0, rows = 0, columns = 0;
        top_->getItemPosition(at, &row, &column, &rows, &columns);
        if ((row == 0) == oneRow)
            return; // already so
    }
    top_->removeWidget(routers_);
    top_->removeWidget(relative_);
    if (oneRow) {
        top_->addWidget(routers_, 0, 2);
        top_->addWidget(relative_, 0, 3);
    } else { // under the conversation: a narrow dock (a projector's bottom row)
        top_->addWidget(routers_, 1, 0, 1, 2, Qt::AlignLeft);
        top_->addWidget(relative_, 2, 0, 1, 2, Qt::AlignLeft);
    }
}

int SequencePanel::gap() const {
    return top_->horizontalSpacing() > 0 ? top_->horizontalSpacing() : 6;
}

int SequencePanel::oneRowWidth() const {
    return label_->sizeHint().width() + combo_->minimumSizeHint().width() +
           routers_->sizeHint().width() + relative_->sizeHint().width() + 3 * gap();
}

QSize SequencePanel::minimumSizeHint() const {
    QSize hint = QWidget::minimumSizeHint();
    const int stacked =
        std::max({label_->sizeHint().width() + gap() + combo_->minimumSizeHint().width(),
                  routers_->sizeHint().width(), relative_->sizeHint().width()});
    hint.setWidth(std::min(hint.width(), stacked));
    return hint;
}

void SequencePanel::resizeEvent(QResizeEvent* event) {
    arrangeOptions(width() >= oneRowWidth());
    QWidget::resizeEvent(event);
}

void SequencePanel::setRun(std::shared_ptr<const ui::RecordedRun> run) {
    run_ = std::move(run);
    conversations_.reset();
    {
        const QSignalBlocker block(combo_);
        combo_->clear();
        if (run_) {
            conversations_ = std::make_unique<ui::Conversations>(ui::Conversations::find(*run_));
            int n = 0;
            for (const ui::Conversation& c : conversations_->list())
                combo_->addItem(QStringLiteral("%1. %2").arg(++n).arg(c.label), c.id);
            combo_->addItem(conversations_->wholeLab().label, conversations_->wholeLab().id);
            // The one chosen, still there after a re-record (a dropped frame), else the preferred
            // one.
            int index = chosen_.isEmpty() ? -1 : combo_->findData(chosen_);
            if (index < 0)
                index = combo_->findData(conversations_->preferred().id);
            combo_->setCurrentIndex(std::max(0, index));
        }
    }
    rebuild();
}

bool SequencePanel::showConversation(const QString& id) {
    const int index = combo_->findData(id);
    if (index < 0)
        return false;
    chosen_ = id;
    combo_->setCurrentIndex(index);
    return true;
}

void SequencePanel::rebuild() {
    if (!run_ || !conversations_) {
        view_->setDiagram(nullptr);
        return;
    }
    const ui::Conversation* c =
        conversations_->byIdOrNumber(combo_->currentData().toString(), nullptr);
    if (!c)
        c = &conversations_->preferred();
    DiagramOptions options;
    options.routers = routers_->isChecked();
    options.relative = ui::SequenceNumbering::instance().relative();
    options.print = false;
    view_->setDiagram(std::make_shared<const SequenceDiagram>(*run_, *conversations_, *c, options));
}

void SequencePanel::follow(SimTime now, int currentEvent) {
    view_->setNow(now);
    view_->setSelectedEvent(currentEvent, true);
}

} // namespace ww::sequence
