#include "models/text_table_model.h"

#include <QColor>

namespace ww::ui {

TextTableModel::TextTableModel(std::vector<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , columns_(std::move(columns)) {}

void TextTableModel::setRows(const std::vector<QStringList>& rows, const QStringList& tags) {
    beginResetModel();
    rows_ = rows;
    tags_ = tags;
    for (QStringList& r : rows_)
        while (r.size() < int(columns_.size()))
            r << QString();
    while (tags_.size() < int(rows_.size()))
        tags_ << QString();
    endResetModel();
}

void TextTableModel::appendRow(const QStringList& values) {
    const int row = int(rows_.size());
    beginInsertRows({}, row, row);
    QStringList r = values;
    while (r.size() < int(columns_.size()))
        r << QString();
    rows_.push_back(r);
    tags_ << QString();
    endInsertRows();
    Q_EMIT edited();
}

void TextTableModel::removeRowAt(int row) {
    if (row < 0 || row >= int(rows_.size()))
        return;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    tags_.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

QString TextTableModel::problem(int row, int column) const {
    const Checker& check = columns_[column].check;
    return check ? check(rows_[row][column]) : QString();
}

QString TextTableModel::firstProblem() const {
    for (int r = 0; r < int(rows_.size()); ++r)
        for (int c = 0; c < int(columns_.size()); ++c)
            if (const QString p = problem(r, c); !p.isEmpty())
                return tr("row %1, %2: %3").arg(r + 1).arg(columns_[c].title, p);
    return {};
}

int TextTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int TextTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(columns_.size());
}

QVariant TextTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return rows_[index.row()][index.column()];
    case Qt::BackgroundRole:
        if (!problem(index.row(), index.column()).isEmpty())
            return QColor(255, 214, 214);
        return {};
    case Qt::ForegroundRole:
        // Dark text on the light red mark, whatever the palette's text colour (dark themes).
        if (!problem(index.row(), index.column()).isEmpty())
            return QColor(Qt::black);
        return {};
    case Qt::ToolTipRole:
        return problem(index.row(), index.column());
    default:
        return {};
    }
}

bool TextTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    if (rows_[index.row()][index.column()] == text)
        return true;
    rows_[index.row()][index.column()] = text;
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags TextTableModel::flags(const QModelIndex& index) const {
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return columns_.at(section).title;
}

} // namespace ww::ui
