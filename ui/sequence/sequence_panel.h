#pragma once

#include "models/conversations.h"
#include "models/recorded_run.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace ww::ui {
class WrapBar;
}

namespace ww::sequence {

class SequenceView;

// The sequence diagram dock's contents: which conversation, routers on the
// path or not, relative or absolute sequence numbers, and the diagram.
class SequencePanel : public QWidget {
    Q_OBJECT
public:
    explicit SequencePanel(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const ui::RecordedRun> run);
    // The playback moment and its event: the line across, the arrow marked and scrolled to.
    void follow(SimTime now, int currentEvent);
    // Shows conversation `id` (as in list(), or "lab"); false when there is none.
    bool showConversation(const QString& id);

    QComboBox* conversationCombo() const { return combo_; }
    SequenceView* view() const { return view_; }
    const ui::Conversations* conversations() const { return conversations_.get(); }

Q_SIGNALS:
    // An arrow was clicked: its send event (an index into the run's events).
    void eventActivated(int index);

private:
    void rebuild();

    std::shared_ptr<const ui::RecordedRun> run_;
    std::unique_ptr<ui::Conversations> conversations_;
    QString chosen_; // the conversation the user picked ("" until one is)
    QComboBox* combo_;
    QCheckBox* routers_;
    QCheckBox* relative_;
    QLabel* label_;
    // The conversation, and the two options beside it or under it when the dock is narrow.
    ui::WrapBar* bar_;
    SequenceView* view_;
};

} // namespace ww::sequence
