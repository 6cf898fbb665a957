// `wirewalk export`: any view of the catalog (ui/export/view_catalog.h), or one
// header diagram, drawn headless into SVG, PNG or PDF; --all writes every view
// of the lab into a folder with an index (what a teacher pastes into slides).
#include "cli/cli.h"
#include "cli/export_options.h"
#include "cli/export_run.h"
#include "export/view_catalog.h"
#include "models/recorded_run.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ww::cli {

int exportCommand(const QStringList& args, Streams io) {
    const exporting::ViewCatalog& catalog = exporting::ViewCatalog::builtin();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "Cli", "Draws a view of LAB into an SVG, PNG or PDF file, or with --all every "
                   "view into a folder.\n\nViews:\n%1")
            .arg(exportViewsHelp(catalog)));
    const ExportOptionSet options;
    options.addTo(parser);
    parser.addPositionalArgument(
        QCoreApplication::translate("Cli", "LAB"),
        QCoreApplication::translate("Cli", "A lab file, or builtin:NAME (see 'wirewalk labs')."));
    if (auto done = parseCommandLine(parser, QStringLiteral("export"), args, options.help, io))
        return *done;
    const std::optional<ExportRequest> request =
        readExportRequest(parser, options, catalog, io.err);
    if (!request)
        return kExitBadInput;
    auto lab = loadLabOrReport(request->lab, io.err);
    if (!lab)
        return kExitBadInput;
    const ui::RecordedRun run = ui::RecordedRun::record(*lab, request->seed);
    if (request->listConversations)
        return listConversations(run, *request, catalog, io);
    if (request->all)
        return exportEveryView(run, *request, catalog, io);
    if (const exporting::ViewEntry* view = catalog.find(request->view))
        return exportOneView(run, *request, *view, io);
    return exportHeaderView(run, *request, io);
}

} // namespace ww::cli
