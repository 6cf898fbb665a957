#include "sequence/sequence_panel.h"

#include "models/sequence_numbering.h"
#include "sequence/sequence_view.h"
#include "widgets/wrap_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ww::sequence {

SequencePanel::SequencePanel(QWidget* parent)
    : QWidget(parent)
    , combo_(new QComboBox(this))
    , routers_(new QCheckBox(tr("Routers on the path"), this))
    , relative_(new QCheckBox(tr("Relative Seq/Ack"), this))
    , label_(new QLabel(tr("Conversation:"), this))
    , bar_(new ui::WrapBar(this))
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
    bar_->addLead(label_);
    bar_->addLead(combo_, 1);
    bar_->addTrail(routers_);
    bar_->addTrail(relative_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar_);
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
