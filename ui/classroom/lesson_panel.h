#pragma once

#include "lesson/lesson.h"
#include "lesson/misconceptions.h"

#include <QWidget>

class QButtonGroup;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace ww::ui {

// The narration dock: the lesson's title, "Step N of M", the narration in the
// interface language, the step's question with an answer check and its
// explanation, and the "Common misconception" callout of the moment.
class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);

    void showNoLesson();
    void showStep(const lesson::Lesson& lesson, int index);
    // The callout to show (nullptr: none); `text` says what the event shows.
    void showMisconception(const lesson::Misconception* m, const QString& text);

    // Checks the answer given (the chosen choice or the typed text) and shows
    // whether it is right, with the explanation; returns whether it was right.
    bool checkAnswer();

    QLabel* narration() const { return narration_; }
    QLabel* stepLabel() const { return step_; }
    QLineEdit* answerEdit() const { return answer_; }
    QButtonGroup* choices() const { return choices_; }
    QLabel* result() const { return result_; }
    QFrame* callout() const { return callout_; }
    QLabel* calloutText() const { return calloutText_; }

Q_SIGNALS:
    void nextRequested();
    void previousRequested();
    void closeRequested();

private:
    void clearChoices();

    const lesson::Question* question_ = nullptr;
    QLabel* title_;
    QLabel* step_;
    QLabel* narration_;
    QFrame* questionBox_;
    QLabel* prompt_;
    QVBoxLayout* choiceLayout_;
    QButtonGroup* choices_;
    QLineEdit* answer_;
    QPushButton* check_;
    QLabel* result_;
    QFrame* callout_;
    QLabel* calloutText_;
    QPushButton* previous_;
    QPushButton* next_;
    QPushButton* close_;
};

} // namespace ww::ui
