#pragma once

#include "models/conversations.h"
#include "models/recorded_run.h"

#include <QWidget>
#include <memory>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

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
    // Narrow enough for the two options to sit under the conversation (they move there).
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // An arrow was clicked: its send event (an index into the run's events).
    void eventActivated(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void rebuild();
    // The two options beside the conversation, under it side by side, or one above the other.
    enum class Arrangement { None, OneRow, OptionsRow, Stacked };
    void arrangeOptions(Arrangement arrangement);
    Arrangement arrangementFor(int width) const;
    int conversationWidth() const; // its label and the combo at its narrowest
    int optionsWidth() const;      // the two check boxes side by side
    int gap() const;               // between the top row's widgets

    std::shared_ptr<const ui::RecordedRun> run_;
    std::unique_ptr<ui::Conversations> conversations_;
    QString chosen_; // the conversation the user picked ("" until one is)
    QComboBox* combo_;
    QCheckBox* routers_;
    QCheckBox* relative_;
    QLabel* label_;
    QGridLayout* top_ = nullptr;
    QWidget* optionsBox_ = nullptr; // the two check boxes, in options_
    QBoxLayout* options_ = nullptr;
    Arrangement arrangement_ = Arrangement::None;
    SequenceView* view_;
};

} // namespace ww::sequence
