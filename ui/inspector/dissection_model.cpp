#include "inspector/dissection_model.h"

namespace ww::inspector {

DissectionModel::DissectionModel(QObject* parent)
    : QAbstractItemModel(parent) {}

void DissectionModel::flatten(const DissectionNode& n, int parent, int row) {
    const int me = static_cast<int>(entries_.size());
    entries_.push_back({&n, parent, row, {}});
    if (parent < 0)
        layers_.push_back(me);
    else
        entries_[static_cast<std::size_t>(parent)].children.push_back(me);
    for (std::size_t i = 0; i < n.children.size(); ++i)
        flatten(n.children[i], me, static_cast<int>(i));
}

void DissectionModel::setDissection(Dissection d) {
    beginResetModel();
    dissection_ = std::move(d);
    entries_.clear();
    layers_.clear();
    for (std::size_t i = 0; i < dissection_.layers.size(); ++i)
        flatten(dissection_.layers[i], -1, static_cast<int>(i));
    endResetModel();
}

const DissectionNode* DissectionModel::node(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() >= entries_.size())
        return nullptr;
    return entries_[index.internalId()].node;
}

QModelIndex DissectionModel::indexForPath(const std::vector<int>& path) const {
    QModelIndex at;
    for (int row : path)
        at = index(row, 0, at);
    return at;
}

int DissectionModel::layerOf(const QModelIndex& i) const {
    if (!i.isValid())
        return -1;
    std::size_t e = i.internalId();
    while (entries_[e].parent >= 0)
        e = static_cast<std::size_t>(entries_[e].parent);
    return entries_[e].row;
}

QModelIndex DissectionModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column > 1)
        return {};
    const std::vector<int>& list =
        parent.isValid() ? entries_[parent.internalId()].children : layers_;
    if (row >= static_cast<int>(list.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(list[static_cast<std::size_t>(row)]));
}

QModelIndex DissectionModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int p = entries_[child.internalId()].parent;
    if (p < 0)
        return {};
    return createIndex(entries_[static_cast<std::size_t>(p)].row, 0, static_cast<quintptr>(p));
}

int DissectionModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(parent.isValid() ? entries_[parent.internalId()].children.size()
                                             : layers_.size());
}

int DissectionModel::columnCount(const QModelIndex&) const {
    return 2;
}

QVariant DissectionModel::data(const QModelIndex& index, int role) const {
    const DissectionNode* n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return n->label;
        return n->value;
    case Qt::ToolTipRole:
        return n->summary.isEmpty()
                   ? tr("bytes %1-%2").arg(n->byteOffset).arg(n->byteOffset + n->byteLength - 1)
                   : n->summary;
    case ByteOffsetRole:
        return n->byteOffset;
    case ByteLengthRole:
        return n->byteLength;
    case KeyRole:
        return n->key;
    default:
        return {};
    }
}

QVariant DissectionModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Field") : tr("Value");
}

} // namespace ww::inspector
