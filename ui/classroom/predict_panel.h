#pragma once

#include "classroom/prediction.h"
#include "classroom/prediction_score.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace ww::ui::classroom {

// The prediction dock's contents: the question, a field or choices to answer with, and after
// the answer the verdict and the score so far.
class PredictPanel : public QWidget {
    Q_OBJECT
public:
    explicit PredictPanel(QWidget* parent = nullptr);

    void showIdle(bool active);
    void showQuestion(const Question& question);
    void showVerdict(const Verdict& verdict, Score labScore);

    // For tests: the current answer controls.
    QLineEdit* answerField() const { return field_; }
    QPushButton* checkButton() const { return check_; }
    QString prompt() const;
    QString feedback() const;
    // Picks a choice by its text (a test, or the keyboard); false when there is none.
    bool choose(const QString& text);

Q_SIGNALS:
    void answered(const QString& answer);

private:
    void submit();

    QLabel* prompt_;
    QLineEdit* field_;
    QWidget* choicesBox_;
    QVBoxLayout* choicesLayout_;
    QButtonGroup* choices_;
    QPushButton* check_;
    QLabel* feedback_;
    QLabel* score_;
    AnswerForm form_ = AnswerForm::Choice;
};

} // namespace ww::ui::classroom
