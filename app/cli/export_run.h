#pragma once

// The parts of `wirewalk export` after its options are read (export_command.cpp).
#include "cli/command_line.h"
#include "cli/export_options.h"

namespace ww::ui {
class RecordedRun;
}
namespace ww::exporting {
class ViewCatalog;
struct ViewEntry;
} // namespace ww::exporting

namespace ww::cli {

// One view of the catalog into one file.
int exportOneView(const ui::RecordedRun& run, const ExportRequest& request,
                  const exporting::ViewEntry& view, Streams io);
// --all: every view into the folder, with index.html and index.txt.
int exportEveryView(const ui::RecordedRun& run, const ExportRequest& request,
                    const exporting::ViewCatalog& catalog, Streams io);
// --list-conversations: the IDs of the view's lister (or the first view's that has one).
int listConversations(const ui::RecordedRun& run, const ExportRequest& request,
                      const exporting::ViewCatalog& catalog, Streams io);
// --view header: one header of event N's PDU (export_header.cpp).
int exportHeaderView(const ui::RecordedRun& run, const ExportRequest& request, Streams io);

} // namespace ww::cli
