#include "lab/lab_json.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ww::lab {

std::vector<BuiltinLab> builtinLabs() {
    std::vector<BuiltinLab> labs;
    const QStringList files =
        QDir(QStringLiteral(":/labs")).entryList({"*.json"}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QFile f(QStringLiteral(":/labs/") + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        labs.push_back({file.chopped(5), o.value("title").toString()});
    }
    return labs;
}

QString defaultLabName() {
    return QStringLiteral("two-lans");
}

} // namespace ww::lab
