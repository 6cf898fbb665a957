#pragma once

#include "lab/lab.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace ww::lab {

// One problem in a lab file: where (a JSON path like "devices[2].interfaces[0].address")
// and what, in words a student can act on ("256 is greater than 255: ...").
struct LabIssue {
    QString path;
    QString message;
};

struct LoadResult {
    std::optional<Lab> lab; // set only when issues is empty
    std::vector<LabIssue> issues;
};

// Parses and validates. Never throws, never crashes on any input.
LoadResult parseLab(const QByteArray& json);
LoadResult loadLabFile(const QString& path);
// LAB as the CLI takes it: a file path, or "builtin:NAME".
LoadResult loadLab(const QString& reference);

// Canonical JSON (stable key order), such that parseLab(toJson(lab)) == lab.
QByteArray toJson(const Lab& lab);

// Built-in labs compiled into the library (resources/labs/*.json), in the
// catalogue's order (lab/lab_catalog.h); a lab the catalogue does not list
// comes last, with an empty section.
struct BuiltinLab {
    QString name;
    LocalText title;
    LocalText description;
    QString section; // LabSection::id
};
std::vector<BuiltinLab> builtinLabs();
QString defaultLabName();

} // namespace ww::lab
