#pragma once

// Driving the device and link editors through their widgets, by object name.
#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace ww::test {

inline QTableView* table(QWidget* root, const QString& name) {
    auto* view = root->findChild<QTableView*>(name + QStringLiteral("Table"));
    if (!view)
        qFatal("no table %s", qPrintable(name));
    return view;
}

inline void setCell(QWidget* root, const QString& name, int row, int column, const QString& text) {
    QAbstractItemModel* model = table(root, name)->model();
    if (!model->setData(model->index(row, column), text, Qt::EditRole))
        qFatal("cannot set %s[%d,%d]", qPrintable(name), row, column);
}

// Presses the table's "+" and fills the new row's cells (empty strings leave a default).
inline int addRow(QWidget* root, const QString& name, const QStringList& cells) {
    auto* add = root->findChild<QToolButton*>(name + QStringLiteral("Add"));
    if (!add)
        qFatal("no add button for %s", qPrintable(name));
    add->click();
    const int row = table(root, name)->model()->rowCount() - 1;
    for (int c = 0; c < cells.size(); ++c)
        if (!cells[c].isNull())
            setCell(root, name, row, c, cells[c]);
    return row;
}

inline void setLine(QWidget* root, const QString& name, const QString& text) {
    auto* edit = root->findChild<QLineEdit*>(name + QStringLiteral("Edit"));
    if (!edit)
        qFatal("no field %s", qPrintable(name));
    edit->setText(text);
}

inline void setChecked(QWidget* root, const QString& name, bool on) {
    auto* box = root->findChild<QCheckBox*>(name);
    if (!box)
        qFatal("no check box %s", qPrintable(name));
    box->setChecked(on);
}

inline void setChoice(QWidget* root, const QString& name, int index) {
    auto* combo = root->findChild<QComboBox*>(name);
    if (!combo)
        qFatal("no choice %s", qPrintable(name));
    combo->setCurrentIndex(index);
}

} // namespace ww::test
