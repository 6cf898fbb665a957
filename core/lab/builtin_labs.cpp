#include "lab/lab_catalog.h"
#include "lab/lab_json.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace ww::lab {

namespace {

// Title or description as the listing needs it. The files are checked by the
// loader (and by test_labfile for every built-in lab); this only reads.
LocalText readText(const QJsonValue& v) {
    if (v.isString())
        return {v.toString().toStdString(), {}};
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("en")).toString().toStdString(),
            o.value(QStringLiteral("ko")).toString().toStdString()};
}

// Position in the catalogue: section, then place in the section; unlisted labs last.
std::pair<std::size_t, qsizetype> catalogueRank(const QString& name) {
    const auto& sections = labSections();
    for (std::size_t s = 0; s < sections.size(); ++s)
        if (const qsizetype at = sections[s].labs.indexOf(name); at >= 0)
            return {s, at};
    return {sections.size(), 0};
}

} // namespace

std::vector<BuiltinLab> builtinLabs() {
    std::vector<BuiltinLab> labs;
    const QStringList files =
        QDir(QStringLiteral(":/labs")).entryList({"*.json"}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QFile f(QStringLiteral(":/labs/") + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const QString name = file.chopped(5);
        labs.push_back(
            {name, readText(o.value("title")), readText(o.value("description")), sectionOf(name)});
    }
    // Stable: unlisted labs keep their name order at the end.
    std::stable_sort(labs.begin(), labs.end(), [](const BuiltinLab& a, const BuiltinLab& b) {
        return catalogueRank(a.name) < catalogueRank(b.name);
    });
    return labs;
}

QString defaultLabName() {
    return QStringLiteral("two-lans");
}

} // namespace ww::lab
