#include "classroom/predict_panel.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ww::ui::classroom {

PredictPanel::PredictPanel(QWidget* parent)
    : QWidget(parent)
    , prompt_(new QLabel(this))
    , field_(new QLineEdit(this))
    , choicesBox_(new QWidget(this))
    , choicesLayout_(new QVBoxLayout(choicesBox_))
    , choices_(new QButtonGroup(this))
    , check_(new QPushButton(tr("Check"), this))
    , feedback_(new QLabel(this))
    , score_(new QLabel(this)) {
    setObjectName(QStringLiteral("predictPanel"));
    auto* layout = new QVBoxLayout(this);
    prompt_->setWordWrap(true);
    feedback_->setWordWrap(true);
    QFont big = prompt_->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    prompt_->setFont(big);
    choicesLayout_->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(prompt_);
    layout->addWidget(field_);
    layout->addWidget(choicesBox_);
    layout->addWidget(check_);
    layout->addWidget(feedback_);
    layout->addStretch(1);
    layout->addWidget(score_);
    connect(check_, &QPushButton::clicked, this, &PredictPanel::submit);
    connect(field_, &QLineEdit::returnPressed, this, &PredictPanel::submit);
    showIdle(false);
}

void PredictPanel::showIdle(bool active) {
    prompt_->setText(active ? tr("Prediction is on. Play or step: before the next event a "
                                 "question appears here, and playback waits for your answer.")
                            : tr("Prediction is off (Ctrl+Shift+P turns it on)."));
    field_->hide();
    choicesBox_->hide();
    check_->hide();
}

void PredictPanel::showQuestion(const Question& question) {
    form_ = question.form;
    prompt_->setText(question.prompt);
    feedback_->clear();
    for (QAbstractButton* b : choices_->buttons()) {
        choices_->removeButton(b);
        delete b;
    }
    const bool choice = question.form == AnswerForm::Choice;
    field_->setVisible(!choice);
    choicesBox_->setVisible(choice);
    check_->show();
    check_->setEnabled(true);
    field_->clear();
    field_->setPlaceholderText(question.form == AnswerForm::Mac
                                   ? tr("a MAC, e.g. 02:00:00:aa:bb:cc")
                               : question.form == AnswerForm::Numbers ? tr("numbers, e.g. 0, 800")
                                                                      : tr("a number"));
    for (const QString& text : question.choices) {
        auto* b = new QRadioButton(text, choicesBox_);
        choices_->addButton(b);
        choicesLayout_->addWidget(b);
    }
    if (!choice)
        field_->setFocus();
}

bool PredictPanel::choose(const QString& text) {
    for (QAbstractButton* b : choices_->buttons())
        if (b->text() == text) {
            b->setChecked(true);
            return true;
        }
    return false;
}

QString PredictPanel::prompt() const {
    return prompt_->text();
}

QString PredictPanel::feedback() const {
    return feedback_->text();
}

void PredictPanel::submit() {
    if (check_->isHidden() || !check_->isEnabled())
        return;
    QString answer = field_->text();
    if (form_ == AnswerForm::Choice) {
        QAbstractButton* b = choices_->checkedButton();
        if (!b)
            return; // nothing picked yet
        answer = b->text();
    }
    check_->setEnabled(false);
    Q_EMIT answered(answer);
}

void PredictPanel::showVerdict(const Verdict& verdict, Score labScore) {
    feedback_->setText(verdict.text);
    feedback_->setStyleSheet(verdict.right ? QStringLiteral("color: #1a7f37")
                                           : QStringLiteral("color: #b3261e"));
    score_->setText(tr("Score for this lab: %1 of %2").arg(labScore.right).arg(labScore.asked));
}

} // namespace ww::ui::classroom
