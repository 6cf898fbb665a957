#pragma once

#include "export/picture.h"
#include "plots/plot_kind.h"

#include <optional>

namespace ww::ui {
class RecordedRun;
}

namespace ww::exporting {

// A TCP plot of `run` drawn headless by QCustomPlot: options.conversation names the
// connection ("tcp:A:a-B:b", "" = the first TCP connection), options.until cuts the
// data at that moment and marks it. nullopt with `problem` set when the run has no
// such TCP connection. Needs a QApplication (QCustomPlot is a widget); the offscreen
// platform will do.
std::optional<Picture> plotPicture(plots::PlotKind kind, const ui::RecordedRun& run,
                                   const ViewOptions& options, QString* problem);

} // namespace ww::exporting
