#include "classroom/lab_browser_model.h"

#include "classroom/lab_notes_text.h"
#include "lab/lab_catalog.h"

#include <QCoreApplication>

namespace ww::ui {

namespace {

QString headingOf(const QString& sectionId) {
    for (const lab::LabSection& s : lab::labSections())
        if (s.id == sectionId)
            return lab::sectionTitle(s);
    return QCoreApplication::translate("LabBrowser", "Other labs");
}

} // namespace

LabBrowserModel::LabBrowserModel(QObject* parent)
    : QAbstractListModel(parent)
    , labs_(lab::builtinLabs()) {
    rebuild();
}

int LabBrowserModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant LabBrowserModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = rows_[std::size_t(index.row())];
    if (!row.lab) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.heading;
        if (role == IsHeadingRole)
            return true;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return inInterfaceLanguage(row.lab->title);
    case Qt::AccessibleTextRole:
        return inInterfaceLanguage(row.lab->title) + QStringLiteral(". ") +
               teachingSummary(inInterfaceLanguage(row.lab->description));
    case Qt::ToolTipRole:
        return inInterfaceLanguage(row.lab->description);
    case IsHeadingRole:
        return false;
    case NameRole:
        return row.lab->name;
    case SummaryRole:
        return teachingSummary(inInterfaceLanguage(row.lab->description));
    default:
        return {};
    }
}

Qt::ItemFlags LabBrowserModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !rows_[std::size_t(index.row())].lab)
        return Qt::NoItemFlags; // headings: not selectable, skipped by the keyboard
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void LabBrowserModel::setFilter(const QString& text) {
    if (text == filter_)
        return;
    filter_ = text;
    rebuild();
}

void LabBrowserModel::reload() {
    rebuild();
}

bool LabBrowserModel::matches(const lab::BuiltinLab& lab, const QString& sectionTitle) const {
    const QString haystack = QStringList{lab.name,
                                         QString::fromStdString(lab.title.en),
                                         QString::fromStdString(lab.title.ko),
                                         QString::fromStdString(lab.description.en),
                                         QString::fromStdString(lab.description.ko),
                                         sectionTitle}
                                 .join(QLatin1Char('\n'));
    const QStringList words = filter_.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString& word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

void LabBrowserModel::rebuild() {
    beginResetModel();
    rows_.clear();
    QString section = QStringLiteral("-"); // no section id looks like this
    for (const lab::BuiltinLab& l : labs_) {
        const QString heading = headingOf(l.section);
        if (!matches(l, heading))
            continue;
        if (l.section != section) {
            section = l.section;
            rows_.push_back({heading, nullptr});
        }
        rows_.push_back({{}, &l});
    }
    endResetModel();
}

int LabBrowserModel::rowOf(const QString& name) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].lab && rows_[i].lab->name == name)
            return static_cast<int>(i);
    return -1;
}

int LabBrowserModel::firstLabRow() const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].lab)
            return static_cast<int>(i);
    return -1;
}

int LabBrowserModel::labCount() const {
    return static_cast<int>(
        std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.lab != nullptr; }));
}

} // namespace ww::ui
