#include "export/view_catalog.h"

#include "models/recorded_run.h"

#include <QCoreApplication>
#include <algorithm>

namespace ww::exporting {

QString ViewEntry::translatedDescription() const {
    return QCoreApplication::translate("ViewCatalog", description);
}

const ViewCatalog& ViewCatalog::builtin() {
    static const ViewCatalog catalog = [] {
        ViewCatalog c;
        registerViews(c);
        return c;
    }();
    return catalog;
}

void ViewCatalog::add(ViewEntry entry) {
    const auto same = std::find_if(entries_.begin(), entries_.end(),
                                   [&](const ViewEntry& e) { return e.key == entry.key; });
    if (same != entries_.end())
        *same = std::move(entry);
    else
        entries_.push_back(std::move(entry));
}

const ViewEntry* ViewCatalog::find(const QString& key) const {
    for (const ViewEntry& e : entries_)
        if (e.key == key)
            return &e;
    return nullptr;
}

QStringList ViewCatalog::keys() const {
    QStringList out;
    for (const ViewEntry& e : entries_)
        out << e.key;
    return out;
}

std::vector<Variant> ViewCatalog::variantsOf(const ViewEntry& entry, const ui::RecordedRun& run) {
    if (entry.conversations) {
        std::vector<Variant> out;
        for (const QString& id : entry.conversations(run)) {
            Variant v{id, id, {}};
            v.options.conversation = id;
            out.push_back(std::move(v));
        }
        return out;
    }
    if (entry.variants)
        return entry.variants(run);
    return {Variant{}};
}

QString fileStem(const QString& key, const QString& variantName) {
    QString stem = variantName.isEmpty() ? key : key + QLatin1Char('-') + variantName;
    for (QChar& c : stem)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.') &&
            c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('-');
    return stem;
}

} // namespace ww::exporting
