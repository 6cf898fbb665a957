// The views `wirewalk export --view KEY`, `--all` and the GUI's Export View know.
// One entry per view; the order here is the order of --help, the GUI list and
// the --all index.
#include "export/encapsulation_picture.h"
#include "export/topology_picture.h"
#include "export/view_catalog.h"

#include <QCoreApplication>

namespace ww::exporting {

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
    // Further views add an entry here, e.g.
    //   catalog.add({"sequence", QT_TRANSLATE_NOOP("ViewCatalog", "..."),
    //                kConversation | kUntil, sequencePicture,
    //                [](const ui::RecordedRun& r) { return conversationIds(r); }, nullptr});
    //   catalog.add({"cwnd", ..., kConversation | kUntil,
    //                [](const ui::RecordedRun& r, const ViewOptions& o, QString* p) {
    //                    return plotPicture(PlotKind::Cwnd, r, o, p); },
    //                tcpConversationIds, nullptr});
}

} // namespace ww::exporting
