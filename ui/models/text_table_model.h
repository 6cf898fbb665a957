#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <functional>
#include <vector>

namespace ww::ui {

// A table of text cells as people type them, each column with its own
// checker. A cell that does not pass turns red and carries the checker's
// message; the editors convert the rows to lab values only once all pass.
// Each row may carry a tag (what it was loaded from), kept through edits.
class TextTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Returns why `text` is not acceptable, or an empty string.
    using Checker = std::function<QString(const QString& text)>;
    struct Column {
        QString title;
        Checker check;
    };

    explicit TextTableModel(std::vector<Column> columns, QObject* parent = nullptr);

    void setRows(const std::vector<QStringList>& rows, const QStringList& tags);
    const std::vector<QStringList>& rows() const { return rows_; }
    QString tag(int row) const { return tags_.value(row); }
    void appendRow(const QStringList& values);
    void removeRowAt(int row);
    // The first failing cell as "row 2, Address: <message>", or empty.
    QString firstProblem() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void edited();

private:
    QString problem(int row, int column) const;

    std::vector<Column> columns_;
    std::vector<QStringList> rows_;
    QStringList tags_;
};

} // namespace ww::ui
