#pragma once

#include "lab/lab_json.h"

#include <QAbstractListModel>
#include <vector>

namespace ww::ui {

// The built-in labs as the browser lists them: a heading row for each section
// of the course notes, then its labs, in the catalogue's order. A filter keeps
// the labs whose words contain every word typed (in either language), and the
// headings of the sections that still have some.
class LabBrowserModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IsHeadingRole = Qt::UserRole + 1,
        NameRole,    // "two-lans" (empty on a heading)
        SummaryRole, // the first sentences of the description, interface language
    };

    explicit LabBrowserModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setFilter(const QString& text);
    QString filter() const { return filter_; }
    // Rebuilds the rows' text in the interface language (after a language change).
    void reload();

    // The row of a lab, or -1 when the filter hides it.
    int rowOf(const QString& name) const;
    int firstLabRow() const;
    int labCount() const;

private:
    struct Row {
        QString heading; // set on a heading row
        const lab::BuiltinLab* lab = nullptr;
    };
    bool matches(const lab::BuiltinLab& lab, const QString& sectionTitle) const;
    void rebuild();

    std::vector<lab::BuiltinLab> labs_;
    std::vector<Row> rows_;
    QString filter_;
};

} // namespace ww::ui
