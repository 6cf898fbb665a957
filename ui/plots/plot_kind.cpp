#include "plots/plot_kind.h"

#include <QCoreApplication>

namespace ww::plots {

QString plotKindName(PlotKind kind) {
    switch (kind) {
    case PlotKind::Cwnd:
        return QStringLiteral("cwnd");
    case PlotKind::Stevens:
        return QStringLiteral("stevens");
    case PlotKind::Rtt:
        return QStringLiteral("rtt");
    case PlotKind::Throughput:
        return QStringLiteral("throughput");
    case PlotKind::Rwnd:
        return QStringLiteral("rwnd");
    }
    return {};
}

std::optional<PlotKind> plotKindFromName(const QString& name) {
    for (PlotKind k : kAllPlotKinds)
        if (name.compare(plotKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

QString plotKindTitle(PlotKind kind) {
    switch (kind) {
    case PlotKind::Cwnd:
        return QCoreApplication::translate("Plots", "Congestion window");
    case PlotKind::Stevens:
        return QCoreApplication::translate("Plots", "Sequence numbers (Stevens)");
    case PlotKind::Rtt:
        return QCoreApplication::translate("Plots", "Round-trip time");
    case PlotKind::Throughput:
        return QCoreApplication::translate("Plots", "Throughput");
    case PlotKind::Rwnd:
        return QCoreApplication::translate("Plots", "Receive window");
    }
    return {};
}

} // namespace ww::plots
