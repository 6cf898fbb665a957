// The views `wirewalk export --view KEY`, `--all` and the GUI's Export View know.
// One entry per view; the order here is the order of --help, the GUI list and
// the --all index.
#include "dns/dns_picture.h"
#include "dns/dns_walk_builder.h"
#include "export/encapsulation_picture.h"
#include "export/topology_picture.h"
#include "export/view_catalog.h"
#include "models/conversations.h"
#include "plots/plot_kind.h"
#include "plots/plot_picture.h"
#include "sequence/sequence_export.h"

#include <QCoreApplication>

namespace ww::exporting {

namespace {

QStringList tcpConnectionIds(const ui::RecordedRun& run) {
    QStringList ids;
    const ui::Conversations conversations = ui::Conversations::find(run);
    for (const ui::Conversation& c : conversations.list())
        if (c.kind == ui::ConversationKind::Tcp)
            ids << c.id;
    return ids;
}

// One entry per TCP plot kind: a captureless picture function each, so the
// catalog keeps plain function pointers for the listers.
template <plots::PlotKind Kind> void addPlot(ViewCatalog& catalog, const char* description) {
    catalog.add({plots::plotKindName(Kind), description, kConversation | kUntil,
                 [](const ui::RecordedRun& run, const ViewOptions& options, QString* problem) {
                     return plotPicture(Kind, run, options, problem);
                 },
                 tcpConnectionIds, nullptr});
}

// One DNS walkthrough per application lookup, in the order they started.
std::vector<Variant> dnsLookups(const ui::RecordedRun& run) {
    std::vector<Variant> out;
    const auto walks = ui::buildDnsWalks(run);
    for (std::size_t i = 0; i < walks.size(); ++i) {
        Variant v;
        v.name = QString::number(i + 1);
        v.label = QStringLiteral("%1. %2 %3").arg(i + 1).arg(walks[i].name, walks[i].type);
        v.options.query = i + 1;
        out.push_back(v);
    }
    return out;
}

} // namespace

void registerViews(ViewCatalog& catalog) {
    catalog.add({QStringLiteral("topology"),
                 QT_TRANSLATE_NOOP("ViewCatalog",
                                   "the lab's topology as the canvas draws it; with --until T, "
                                   "the frames on the links and the marks at that moment"),
                 kUntil, topologyPicture, nullptr, nullptr});
    catalog.add({QStringLiteral("encapsulation"),
                 QT_TRANSLATE_NOOP("ViewCatalog",
                                   "the encapsulation story of event N's PDU, every layer and "
                                   "device (default: the first PDU sent; --all: the first 40 "
                                   "PDUs sent)"),
                 kEvent, encapsulationPicture, nullptr, encapsulationVariants});
    catalog.add({QStringLiteral("sequence"),
                 QT_TRANSLATE_NOOP("ViewCatalog",
                                   "the sequence (ladder) diagram of one conversation, or of the "
                                   "whole lab with --conversation lab (default: the first TCP "
                                   "conversation); --event N marks that event's arrow"),
                 kConversation | kUntil | kEvent, sequence::sequencePicture,
                 [](const ui::RecordedRun& run) {
                     QStringList ids;
                     const auto conversations = ui::Conversations::find(run);
                     for (const auto& c : conversations.list())
                         ids << c.id;
                     return ids;
                 },
                 nullptr});
    catalog.add({QStringLiteral("dns"),
                 QT_TRANSLATE_NOOP("ViewCatalog",
                                   "the DNS walkthrough of lookup N (--query, default 1): every "
                                   "place the name is looked for, in order, recursive and "
                                   "iterative queries drawn apart"),
                 kQuery | kUntil | kEvent, ui::dnsWalkthroughPicture, nullptr, dnsLookups});
    addPlot<plots::PlotKind::Cwnd>(
        catalog,
        QT_TRANSLATE_NOOP("ViewCatalog", "a TCP connection's congestion window and slow-start "
                                         "threshold over time (QCustomPlot)"));
    addPlot<plots::PlotKind::Stevens>(
        catalog,
        QT_TRANSLATE_NOOP("ViewCatalog",
                          "a TCP connection's sequence numbers over time, Stevens/tcptrace "
                          "style: segments, the ACK line, the receive window"));
    addPlot<plots::PlotKind::Rtt>(
        catalog,
        QT_TRANSLATE_NOOP("ViewCatalog", "a TCP connection's RTT samples with SRTT and the "
                                         "retransmission timeout"));
    addPlot<plots::PlotKind::Throughput>(
        catalog,
        QT_TRANSLATE_NOOP("ViewCatalog", "a TCP connection's throughput (data acknowledged)"));
    addPlot<plots::PlotKind::Rwnd>(
        catalog,
        QT_TRANSLATE_NOOP("ViewCatalog", "the window a TCP connection's receiver advertised"));
}

} // namespace ww::exporting
