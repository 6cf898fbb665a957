#pragma once

#include "inspector/pdu_dissection.h"

#include <QAbstractItemModel>
#include <vector>

namespace ww::inspector {

// The protocol tree (Wireshark's details pane) over a Dissection: one row a
// layer or field, columns Field and Value, the field's explanation as tooltip.
class DissectionModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { ByteOffsetRole = Qt::UserRole, ByteLengthRole, KeyRole };

    explicit DissectionModel(QObject* parent = nullptr);
    void setDissection(Dissection d);
    const Dissection& dissection() const { return dissection_; }
    const DissectionNode* node(const QModelIndex& index) const;
    // The index of the node at `path` (child indexes from the top level).
    QModelIndex indexForPath(const std::vector<int>& path) const;
    // The top-level layer an index belongs to.
    int layerOf(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Entry {
        const DissectionNode* node;
        int parent; // entry index, -1 for layers
        int row;
        std::vector<int> children; // entry indexes
    };
    void flatten(const DissectionNode& n, int parent, int row);

    Dissection dissection_;
    std::vector<Entry> entries_;
    std::vector<int> layers_; // entry indexes of the top level
};

} // namespace ww::inspector
