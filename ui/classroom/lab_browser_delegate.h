#pragma once

#include <QStyledItemDelegate>

namespace ww::ui {

// Draws the browser's rows: a section heading, or a lab as a card with the
// thumbnail of its topology, its title and what it teaches.
class LabBrowserDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QSize thumbnailSize() { return {176, 104}; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ww::ui
