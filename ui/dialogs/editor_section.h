#pragma once

#include "lab/lab.h"

#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

class QFormLayout;
class QLabel;
class QTableView;

namespace ww::ui {

class TextTableModel;

// One part of the device editor (DNS server, resolver, DHCP, NAT...), shown
// only for the device types it applies to. The device editor keeps the name,
// interfaces and routes and asks each section, in turn, to load, check and store
// its part of the device; the lab loader's own checks run on the result.
class EditorSection : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual bool appliesTo(const lab::Device& device) const = 0;
    virtual void load(const lab::Device& device) = 0;
    // The first problem in its fields ("DNS records, row 2, TTL: ..."), shown in
    // place; empty when store() may run.
    virtual QString check() = 0;
    virtual void store(lab::Device& device) const = 0;
    // A loader issue at `path` under the device ("dns.zones[0].records[2].name"):
    // shown in place and described naming row and field, or empty when the path is
    // not this section's.
    virtual QString placeIssue(const QString& path, const QString& message) = 0;
    // The field the last problem is in, to scroll to and focus.
    QWidget* problemWidget() const { return problemWidget_; }

Q_SIGNALS:
    void edited();

protected:
    QWidget* problemWidget_ = nullptr;
};

// A titled table with add/remove buttons and its own problem line under it.
class EditorTable : public QWidget {
    Q_OBJECT
public:
    // "+" appends `newRow`.
    EditorTable(const QString& title, const QString& objectName, TextTableModel* model,
                QStringList newRow, QWidget* parent = nullptr);
    // "+" appends what `newRow` makes at the time (the next free interface name...).
    EditorTable(const QString& title, const QString& objectName, TextTableModel* model,
                std::function<QStringList()> newRow, QWidget* parent = nullptr);

    QString title() const { return title_; }
    TextTableModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    // Shows `problem` under the table (hides it when empty); returns it.
    QString showProblem(const QString& problem);
    // "Title, row 2, Field: message", with that cell selected.
    QString cellProblem(int row, int column, const QString& message);
    // The model's first failing cell as "Title, row 2, Field: ...", shown and selected.
    QString checkCells();

private:
    QString title_;
    TextTableModel* model_;
    QTableView* view_;
    QLabel* error_;
};

// "zones[2].records[5].ttl" -> {{"zones", 2}, {"records", 5}, {"ttl", -1}}.
struct PathStep {
    QString key;
    int index = -1;
};
std::vector<PathStep> splitPath(const QString& path);

// Comma- or space-separated values, as typed in a one-line list field.
QStringList listItems(const QString& text);
// Checks each item; the first problem names the item ("item 2: ...").
QString checkList(const QString& text, const std::function<QString(const QString&)>& check);

} // namespace ww::ui
