#include "classroom/lesson_open_dialog.h"

#include "classroom/lesson_player.h"
#include "lesson/lesson_json.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww::ui {

LessonOpenDialog::LessonOpenDialog(QWidget* parent)
    : QDialog(parent)
    , list_(new QListWidget(this)) {
    setWindowTitle(tr("Open Lesson"));
    auto* v = new QVBoxLayout(this);
    v->addWidget(new QLabel(tr("Built-in lessons, in the order of the course notes:"), this));
    int number = 0;
    for (const auto& b : lesson::builtinLessons()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1. %2").arg(++number).arg(localText(b.title)), list_);
        item->setData(Qt::UserRole, QStringLiteral("builtin:") + b.name);
    }
    list_->setCurrentRow(0);
    v->addWidget(list_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    QPushButton* file = buttons->addButton(tr("From &File…"), QDialogButtonBox::ActionRole);
    v->addWidget(buttons);
    auto accept = [this] {
        if (QListWidgetItem* item = list_->currentItem()) {
            reference_ = item->data(Qt::UserRole).toString();
            QDialog::accept();
        }
    };
    connect(buttons, &QDialogButtonBox::accepted, this, accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::itemActivated, this, accept);
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Lesson File"), QString(),
                                                          tr("Wirewalk lessons (*.json)"));
        if (path.isEmpty())
            return;
        reference_ = path;
        QDialog::accept();
    });
    resize(520, 420);
}

} // namespace ww::ui
