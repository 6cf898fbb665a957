#include "dialogs/checked_line_edit.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ww::ui {

QString invalidFieldStyle() {
    return QStringLiteral("QLineEdit { background: #ffd6d6; border: 1px solid #c62828; }");
}

QString problemLabelStyle() {
    return QStringLiteral("QLabel { color: #b71c1c; }");
}

CheckedLineEdit::CheckedLineEdit(const QString& objectName, Checker check, QWidget* parent)
    : QWidget(parent)
    , check_(std::move(check))
    , edit_(new QLineEdit(this))
    , message_(new QLabel(this)) {
    setObjectName(objectName);
    edit_->setObjectName(objectName + QStringLiteral("Edit"));
    message_->setObjectName(objectName + QStringLiteral("Error"));
    message_->setWordWrap(true);
    message_->setStyleSheet(problemLabelStyle());
    message_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(edit_);
    layout->addWidget(message_);
    connect(edit_, &QLineEdit::textChanged, this, [this] {
        recheck();
        Q_EMIT edited();
    });
}

QString CheckedLineEdit::text() const {
    return edit_->text().trimmed();
}

void CheckedLineEdit::setText(const QString& text) {
    const QSignalBlocker quiet(edit_); // loading a value is not an edit
    edit_->setText(text);
    recheck();
}

void CheckedLineEdit::setPlaceholderText(const QString& text) {
    edit_->setPlaceholderText(text);
}

void CheckedLineEdit::recheck() {
    problem_ = check_ ? check_(text()) : QString();
    edit_->setStyleSheet(problem_.isEmpty() ? QString() : invalidFieldStyle());
    message_->setText(problem_);
    message_->setVisible(!problem_.isEmpty());
}

} // namespace ww::ui
