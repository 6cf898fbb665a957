#include "dialogs/editor_section.h"

#include "dialogs/checked_line_edit.h"
#include "models/text_table_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace ww::ui {

EditorTable::EditorTable(const QString& title, const QString& objectName, TextTableModel* model,
                         QStringList newRow, QWidget* parent)
    : EditorTable(
          title, objectName, model, [newRow] { return newRow; }, parent) {}

EditorTable::EditorTable(const QString& title, const QString& objectName, TextTableModel* model,
                         std::function<QStringList()> newRow, QWidget* parent)
    : QWidget(parent)
    , title_(title)
    , model_(model) {
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* head = new QHBoxLayout;
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    auto* add = new QToolButton;
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a row"));
    add->setObjectName(objectName + QStringLiteral("Add"));
    auto* remove = new QToolButton;
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected row"));
    head->addWidget(label, 1);
    head->addWidget(add);
    head->addWidget(remove);
    view_ = new QTableView;
    view_->setObjectName(objectName + QStringLiteral("Table"));
    view_->setModel(model);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setMinimumHeight(70);
    view_->setMaximumHeight(130);
    error_ = new QLabel;
    error_->setObjectName(objectName + QStringLiteral("Error"));
    error_->setWordWrap(true);
    error_->setStyleSheet(problemLabelStyle());
    error_->hide();
    layout->addLayout(head);
    layout->addWidget(view_, 1);
    layout->addWidget(error_);
    connect(add, &QToolButton::clicked, this,
            [this, newRow = std::move(newRow)] { model_->appendRow(newRow()); });
    connect(remove, &QToolButton::clicked, this, [this] {
        const QModelIndex current = view_->currentIndex();
        model_->removeRowAt(current.isValid() ? current.row() : model_->rowCount() - 1);
    });
}

QString EditorTable::showProblem(const QString& problem) {
    error_->setText(problem);
    error_->setVisible(!problem.isEmpty());
    return problem;
}

QString EditorTable::cellProblem(int row, int column, const QString& message) {
    if (row >= 0 && row < model_->rowCount())
        view_->setCurrentIndex(model_->index(row, qMax(column, 0)));
    const QString field =
        column >= 0 ? model_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()
                    : QString();
    QString text = row < 0 ? tr("%1: %2").arg(title_, message)
                   : field.isEmpty()
                       ? tr("%1, row %2: %3").arg(title_).arg(row + 1).arg(message)
                       : tr("%1, row %2, %3: %4").arg(title_).arg(row + 1).arg(field, message);
    return showProblem(text);
}

QString EditorTable::checkCells() {
    const QString first = model_->firstProblem(); // "row 2, TTL: ..."
    if (first.isEmpty())
        return showProblem({});
    for (int r = 0; r < model_->rowCount(); ++r)
        for (int c = 0; c < model_->columnCount(); ++c)
            if (const QString tip = model_->index(r, c).data(Qt::ToolTipRole).toString();
                !tip.isEmpty())
                return cellProblem(r, c, tip);
    return showProblem(tr("%1, %2").arg(title_, first));
}

std::vector<PathStep> splitPath(const QString& path) {
    static const QRegularExpression step(QStringLiteral("^([A-Za-z_]*)(?:\\[(\\d+)\\])?$"));
    std::vector<PathStep> out;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        const auto m = step.match(part);
        if (!m.hasMatch())
            return {};
        out.push_back({m.captured(1), m.captured(2).isEmpty() ? -1 : m.captured(2).toInt()});
    }
    return out;
}

QStringList listItems(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString checkList(const QString& text, const std::function<QString(const QString&)>& check) {
    const QStringList items = listItems(text);
    for (int i = 0; i < items.size(); ++i)
        if (const QString p = check(items[i]); !p.isEmpty())
            return items.size() == 1 ? p : EditorTable::tr("item %1: %2").arg(i + 1).arg(p);
    return {};
}

} // namespace ww::ui
