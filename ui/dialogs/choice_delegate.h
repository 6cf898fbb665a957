#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace ww::ui {

// Edits a table cell with a fixed set of words (an action's kind) through a
// combo box, so the common case cannot be mistyped.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ChoiceDelegate(QStringList choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QStringList choices_;
};

} // namespace ww::ui
