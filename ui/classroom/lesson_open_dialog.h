#pragma once

#include <QDialog>

class QListWidget;

namespace ww::ui {

// File > Open Lesson…: the built-in lessons in the order of the course notes,
// and a button for a lesson file.
class LessonOpenDialog : public QDialog {
    Q_OBJECT
public:
    explicit LessonOpenDialog(QWidget* parent = nullptr);

    // "builtin:NAME" or a file path; empty when nothing was chosen.
    QString reference() const { return reference_; }
    QListWidget* list() const { return list_; }

private:
    QListWidget* list_;
    QString reference_;
};

} // namespace ww::ui
