#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace ww::lab {

// The built-in labs grouped in the order of the course notes' sections
// (shared/CURRICULUM.md): what `wirewalk labs`, the lab browser and the start
// page list. One table, so every list shows the same order.
struct LabSection {
    QString id;        // stable key: "layers", "tcp-connection" ...
    const char* title; // English, marked for translation in context "LabCatalog"
    QStringList labs;  // built-in lab names, in teaching order
};

const std::vector<LabSection>& labSections();
// The section's title in the interface language (the installed translator).
QString sectionTitle(const LabSection& section);
// The id of the section that lists `labName`, or an empty string.
QString sectionOf(const QString& labName);

} // namespace ww::lab
