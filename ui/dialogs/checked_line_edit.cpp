#include "dialogs/checked_line_edit.h"

#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QVBoxLayout>

namespace ww::ui {

QString invalidFieldStyle() {
    // Dark text on the light red in every palette (a dark theme's text is light).
    return QStringLiteral(
        "QLineEdit { background: #ffd6d6; color: #000000; border: 1px solid #c62828; }");
}

QString problemLabelStyle() {
    // Dark red reads on a light window, a light red on a dark one.
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return dark ? QStringLiteral("QLabel { color: #ff8a80; }")
                : QStringLiteral("QLabel { color: #b71c1c; }");
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
