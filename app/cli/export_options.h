#pragma once

#include "cli/command_line.h"
#include "export/picture.h"
#include "inspector/view_export.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <cstdint>
#include <optional>

namespace ww::exporting {
class ViewCatalog;
}

namespace ww::cli {

// The options of `wirewalk export`, made once and added to the parser.
struct ExportOptionSet {
    QCommandLineOption help, view, all, conversation, event, until, query, header, seed, scale,
        format, output, listConversations;
    ExportOptionSet();
    void addTo(QCommandLineParser& parser) const;
};

// What `wirewalk export` was asked for, checked: every value in range and
// every option one the view reads.
struct ExportRequest {
    QString lab;
    QString view;     // a catalog key or "header"; empty with --all
    bool all = false; // every view into the folder `output`
    bool listConversations = false;
    QString output; // the file (or with --all the folder)
    inspector::ExportFormat format = inspector::ExportFormat::Svg;
    double pngScale = 2.0;
    std::uint64_t seed = 1;
    QString header; // --view header: which header
    exporting::ViewOptions options;
};

// The request, or nullopt after printing what is wrong (the option, the value
// and what is allowed) to `err`: exit code 2.
std::optional<ExportRequest> readExportRequest(const QCommandLineParser& parser,
                                               const ExportOptionSet& o,
                                               const exporting::ViewCatalog& catalog,
                                               QTextStream& err);

// The help's list of views: "  KEY  description" lines.
QString exportViewsHelp(const exporting::ViewCatalog& catalog);

} // namespace ww::cli
