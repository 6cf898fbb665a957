#pragma once

#include <QString>
#include <array>
#include <optional>

namespace ww::plots {

// The TCP plots of one connection, named as `wirewalk export --view NAME` spells them.
enum class PlotKind { Cwnd, Stevens, Rtt, Throughput, Rwnd };

inline constexpr std::array<PlotKind, 5> kAllPlotKinds{
    PlotKind::Cwnd, PlotKind::Stevens, PlotKind::Rtt, PlotKind::Throughput, PlotKind::Rwnd};

// "cwnd", "stevens", "rtt", "throughput", "rwnd".
QString plotKindName(PlotKind kind);
std::optional<PlotKind> plotKindFromName(const QString& name);
// The plot's title for tabs and headings, translated.
QString plotKindTitle(PlotKind kind);

} // namespace ww::plots
