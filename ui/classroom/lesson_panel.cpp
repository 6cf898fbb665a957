#include "classroom/lesson_panel.h"

#include "classroom/lesson_player.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>

namespace ww::ui {

namespace {

QLabel* wrapping(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

LessonPanel::LessonPanel(QWidget* parent)
    : QWidget(parent)
    , title_(wrapping(this))
    , step_(new QLabel(this))
    , narration_(wrapping(this))
    , questionBox_(new QFrame(this))
    , prompt_(wrapping(questionBox_))
    , choiceLayout_(new QVBoxLayout)
    , choices_(new QButtonGroup(this))
    , answer_(new QLineEdit(questionBox_))
    , check_(new QPushButton(tr("Check Answer"), questionBox_))
    , result_(wrapping(questionBox_))
    , callout_(new QFrame(this))
    , calloutText_(wrapping(callout_))
    , previous_(new QPushButton(tr("Previous"), this))
    , next_(new QPushButton(tr("Next"), this))
    , close_(new QPushButton(tr("Close Lesson"), this)) {
    QFont big = title_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title_->setFont(big);
    QFont larger = narration_->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    narration_->setFont(larger);

    questionBox_->setFrameShape(QFrame::StyledPanel);
    auto* q = new QVBoxLayout(questionBox_);
    QFont bold = prompt_->font();
    bold.setBold(true);
    prompt_->setFont(bold);
    q->addWidget(prompt_);
    q->addLayout(choiceLayout_);
    answer_->setPlaceholderText(tr("Your answer"));
    q->addWidget(answer_);
    q->addWidget(check_);
    q->addWidget(result_);

    // A callout the eye finds: a coloured frame, like the sequence diagram's.
    callout_->setObjectName(QStringLiteral("misconceptionCallout"));
    callout_->setStyleSheet(
        QStringLiteral("#misconceptionCallout { border: 2px solid #d08000; border-radius: 6px; "
                       "background: palette(base); }"));
    auto* c = new QVBoxLayout(callout_);
    c->addWidget(calloutText_);
    calloutText_->setTextFormat(Qt::RichText);

    auto* buttons = new QHBoxLayout;
    previous_->setToolTip(tr("Previous step (Page Up, Alt+Left)"));
    next_->setToolTip(tr("Next step (Page Down, Alt+Right)"));
    buttons->addWidget(previous_);
    buttons->addWidget(next_);
    buttons->addStretch();
    buttons->addWidget(close_);

    auto* content = new QWidget(this);
    auto* v = new QVBoxLayout(content);
    v->addWidget(title_);
    v->addWidget(step_);
    v->addWidget(narration_);
    v->addWidget(questionBox_);
    v->addWidget(callout_);
    v->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    outer->addLayout(buttons);

    connect(previous_, &QPushButton::clicked, this, &LessonPanel::previousRequested);
    connect(next_, &QPushButton::clicked, this, &LessonPanel::nextRequested);
    connect(close_, &QPushButton::clicked, this, &LessonPanel::closeRequested);
    connect(check_, &QPushButton::clicked, this, &LessonPanel::checkAnswer);
    connect(answer_, &QLineEdit::returnPressed, this, &LessonPanel::checkAnswer);
    showNoLesson();
    showMisconception(nullptr, {});
}

void LessonPanel::clearChoices() {
    for (QAbstractButton* b : choices_->buttons()) {
        choices_->removeButton(b);
        delete b;
    }
}

void LessonPanel::showNoLesson() {
    question_ = nullptr;
    title_->setText(tr("No lesson open"));
    step_->clear();
    narration_->setText(tr("File > Open Lesson… steps through a lab with narration and "
                           "questions. Common misconceptions are shown here during playback."));
    questionBox_->hide();
    clearChoices();
    previous_->setEnabled(false);
    next_->setEnabled(false);
    close_->setEnabled(false);
}

void LessonPanel::showStep(const lesson::Lesson& lesson, int index) {
    const auto& step = lesson.steps[static_cast<std::size_t>(index)];
    const int count = static_cast<int>(lesson.steps.size());
    title_->setText(localText(lesson.title));
    step_->setText(tr("Step %1 of %2").arg(index + 1).arg(count));
    narration_->setText(localText(step.narration));
    previous_->setEnabled(index > 0);
    next_->setEnabled(index + 1 < count);
    close_->setEnabled(true);
    clearChoices();
    answer_->clear();
    result_->clear();
    question_ = step.question ? &*step.question : nullptr;
    questionBox_->setVisible(question_ != nullptr);
    if (!question_)
        return;
    prompt_->setText(localText(question_->prompt));
    answer_->setVisible(question_->choices.empty());
    for (std::size_t i = 0; i < question_->choices.size(); ++i) {
        auto* b = new QRadioButton(localText(question_->choices[i]), questionBox_);
        choices_->addButton(b, static_cast<int>(i) + 1);
        choiceLayout_->addWidget(b);
    }
}

bool LessonPanel::checkAnswer() {
    if (!question_)
        return false;
    bool right = false;
    if (!question_->choices.empty()) {
        if (choices_->checkedId() < 0) {
            result_->setText(tr("Pick an answer first."));
            return false;
        }
        right = lesson::isCorrectChoice(*question_, choices_->checkedId());
    } else {
        if (answer_->text().trimmed().isEmpty()) {
            result_->setText(tr("Type an answer first."));
            return false;
        }
        right = lesson::isCorrectAnswer(*question_, answer_->text());
    }
    QString verdict;
    if (right)
        verdict = tr("Right.");
    else if (!question_->choices.empty())
        verdict = tr("Not quite: the answer is “%1”.")
                      .arg(localText(
                          question_->choices[static_cast<std::size_t>(question_->correct - 1)]));
    else
        verdict = tr("Not quite: the answer is “%1”.")
                      .arg(QString::fromStdString(question_->answers.front()));
    result_->setText(verdict + QLatin1Char(' ') + localText(question_->explanation));
    return right;
}

void LessonPanel::showMisconception(const lesson::Misconception* m, const QString& text) {
    callout_->setVisible(m != nullptr);
    if (!m)
        return;
    calloutText_->setText(QStringLiteral("<b>%1</b><br><i>%2</i><br>%3")
                              .arg(lesson::misconceptionHeading().toHtmlEscaped(),
                                   tr("The notes: %1").arg(m->claim()).toHtmlEscaped(),
                                   (text.isEmpty() ? m->truth() : text).toHtmlEscaped()));
}

} // namespace ww::ui
