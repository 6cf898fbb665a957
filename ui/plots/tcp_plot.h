#pragma once

#include "plots/plot_kind.h"
#include "plots/tcp_series.h"

#include <QString>
#include <optional>

class QCustomPlot;

namespace ww::plots {

struct PlotLook {
    bool printTheme = true; // light print colours; false: the window palette's
    bool large = true;      // slide-sized fonts and lines (exports); false: the widget's font
};

// Gives `plot` the layout every TCP plot shares: a title row, the axis rect,
// a legend row below it (never over the data), zoom and pan on both axes.
// Call once per QCustomPlot.
void preparePlot(QCustomPlot& plot, const PlotLook& look);

// Fills a prepared `plot` with plot `kind` of `series`: the points up to `until`
// (all when nullopt), a vertical line at `moment` when set. With `fitRanges` the axes
// fit the whole connection, so a plot drawn at different moments keeps its scales.
// `from` and `to` name the sender and the receiver (device names) in the title.
void drawTcpPlot(QCustomPlot& plot, PlotKind kind, const TcpSeries& series, const QString& from,
                 const QString& to, std::optional<SimTime> until, std::optional<SimTime> moment,
                 bool fitRanges);

} // namespace ww::plots
