// `wirewalk export --view header`: one header of event N's PDU as a bit diagram.
#include "cli/export_run.h"
#include "export/batch_export.h"
#include "inspector/encapsulation_story.h"
#include "inspector/header_diagram.h"
#include "inspector/pdu_dissection.h"

#include <QCoreApplication>

namespace ww::cli {

int exportHeaderView(const ui::RecordedRun& run, const ExportRequest& request, Streams io) {
    auto bad = [&](const QString& message) {
        io.err << message << '\n';
        return kExitBadInput;
    };
    if (!request.options.event)
        return bad(QCoreApplication::translate(
            "Cli", "--event: required: the number of an event that carries a PDU"));
    const std::uint64_t index = *request.options.event;
    const std::uint64_t last = run.events().empty() ? 0 : run.events().size() - 1;
    if (index > last)
        return bad(QCoreApplication::translate(
                       "Cli", "--event: '%1' is out of range: this run has events 0 to %2")
                       .arg(index)
                       .arg(last));
    const auto pdu = inspector::pduOf(run, index);
    if (!pdu)
        return bad(QCoreApplication::translate(
                       "Cli",
                       "--event: event %1 (%2) carries no PDU; pick a frame, packet or segment "
                       "event such as frame_tx_start or header_pushed")
                       .arg(index)
                       .arg(QString::fromLatin1(eventTypeName(run.events()[index].kind))));
    const inspector::Dissection d = inspector::dissect(pdu->pdu.view(), pdu->protocol);
    QStringList names;
    for (const auto& h : d.headers)
        names << QString::fromLatin1(toString(h.protocol));
    if (names.isEmpty())
        return bad(QCoreApplication::translate("Cli", "--event: event %1 has no header to draw")
                       .arg(index));
    QString wanted = request.header;
    if (wanted.isEmpty())
        wanted = names.contains("ipv4") ? QStringLiteral("ipv4") : names.last();
    const auto at = names.indexOf(wanted);
    if (at < 0)
        return bad(
            QCoreApplication::translate("Cli", "--header: event %1 has no '%2' header; it has: %3")
                .arg(index)
                .arg(wanted, names.join(QStringLiteral(", "))));
    const inspector::HeaderDiagramPainter painter(d.headers[static_cast<std::size_t>(at)],
                                                  pdu->pdu.view());
    QString error;
    if (!inspector::exportView(
            painter.size(), [&](QPainter& p) { painter.paint(p); }, request.format, request.output,
            painter.title(), &error, request.pngScale)) {
        io.err << error << '\n';
        return kExitFailure;
    }
    io.out << QCoreApplication::translate("Cli", "Wrote %1").arg(request.output) << '\n';
    return kExitOk;
}

} // namespace ww::cli
