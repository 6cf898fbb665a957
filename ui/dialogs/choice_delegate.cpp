#include "dialogs/choice_delegate.h"

#include <QComboBox>

namespace ww::ui {

ChoiceDelegate::ChoiceDelegate(QStringList choices, QObject* parent)
    : QStyledItemDelegate(parent)
    , choices_(std::move(choices)) {}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->addItems(choices_);
    // Commit as soon as a choice is made, not only when the cell loses focus.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { Q_EMIT const_cast<ChoiceDelegate*>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    const int i = combo->findText(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
    model->setData(index, static_cast<QComboBox*>(editor)->currentText(), Qt::EditRole);
}

} // namespace ww::ui
