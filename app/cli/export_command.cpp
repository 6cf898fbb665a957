// `wirewalk export`: the encapsulation story of one event, or one header
// diagram, drawn headless into SVG, PNG or PDF (what a teacher pastes into slides).
#include "cli/cli.h"
#include "inspector/encapsulation_story.h"
#include "inspector/header_diagram.h"
#include "inspector/pdu_dissection.h"
#include "inspector/story_painter.h"
#include "inspector/view_export.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace ww::cli {

namespace {

QString protocolKey(Protocol p) {
    return QString::fromLatin1(toString(p));
}

} // namespace

int exportCommand(const QStringList& args, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Draws the encapsulation story of event N of LAB (or one header diagram of its PDU) "
               "into an SVG, PNG or PDF file."));
    const QCommandLineOption help({"h", "help"},
                                  QCoreApplication::translate("Cli", "Show this help."));
    const QCommandLineOption view(
        "view",
        QCoreApplication::translate(
            "Cli", "What to draw: encapsulation (every layer and device) or header (one header)."),
        QCoreApplication::translate("Cli", "VIEW"), QStringLiteral("encapsulation"));
    const QCommandLineOption event(
        "event",
        QCoreApplication::translate(
            "Cli", "The event whose PDU to draw (its number in 'wirewalk run --trace')."),
        QCoreApplication::translate("Cli", "N"));
    const QCommandLineOption header(
        "header",
        QCoreApplication::translate(
            "Cli",
            "With --view header: ethernet, arp, ipv4, icmp, udp or tcp (default: ipv4, else the "
            "innermost)."),
        QCoreApplication::translate("Cli", "NAME"));
    const QCommandLineOption seed(
        "seed",
        QCoreApplication::translate("Cli", "Random seed for loss and bit errors (default 1)."),
        QCoreApplication::translate("Cli", "N"), QStringLiteral("1"));
    const QCommandLineOption format(
        "format",
        QCoreApplication::translate("Cli",
                                    "svg, png or pdf (default: from the output file's extension)."),
        QCoreApplication::translate("Cli", "FORMAT"));
    const QCommandLineOption output({"o", "output"},
                                    QCoreApplication::translate("Cli", "The file to write."),
                                    QCoreApplication::translate("Cli", "FILE"));
    parser.addOptions({help, view, event, header, seed, format, output});
    parser.addPositionalArgument(
        QCoreApplication::translate("Cli", "LAB"),
        QCoreApplication::translate("Cli", "A lab file, or builtin:NAME (see 'wirewalk labs')."));
    if (auto done = parseCommandLine(parser, QStringLiteral("export"), args, help, io))
        return *done;
    auto bad = [&](const QString& message) {
        io.err << message << '\n';
        return kExitBadInput;
    };
    if (parser.positionalArguments().size() != 1)
        return bad(QCoreApplication::translate(
            "Cli", "export: expected exactly one LAB (a file path or builtin:NAME)"));
    const QString viewName = parser.value(view);
    if (viewName != "encapsulation" && viewName != "header")
        return bad(
            QCoreApplication::translate("Cli", "--view: '%1' is not one of encapsulation, header")
                .arg(viewName));
    if (!parser.isSet(output))
        return bad(QCoreApplication::translate("Cli", "-o: required: the file to write"));
    const QString path = parser.value(output);
    const QString formatName =
        parser.isSet(format) ? parser.value(format) : QFileInfo(path).suffix();
    const auto fmt = inspector::exportFormatFromName(formatName);
    if (!fmt)
        return bad(QCoreApplication::translate("Cli", "--format: '%1' is not one of svg, png, pdf")
                       .arg(formatName));
    bool ok = true;
    const std::uint64_t seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return bad(QCoreApplication::translate(
                       "Cli", "--seed: '%1' is not a whole number from 0 to 18446744073709551615")
                       .arg(parser.value(seed)));
    if (!parser.isSet(event))
        return bad(QCoreApplication::translate(
            "Cli", "--event: required: the number of an event that carries a PDU"));

    auto lab = loadLabOrReport(parser.positionalArguments().first(), io.err);
    if (!lab)
        return kExitBadInput;
    const inspector::RecordedRun run = inspector::RecordedRun::record(*lab, seedValue);
    const qulonglong last = run.events().empty() ? 0 : run.events().size() - 1;
    const qulonglong index = parser.value(event).toULongLong(&ok);
    if (!ok || index > last)
        return bad(QCoreApplication::translate(
                       "Cli", "--event: '%1' is out of range: this run has events 0 to %2")
                       .arg(parser.value(event))
                       .arg(last));
    const auto pdu = inspector::pduOf(run, index);
    if (!pdu)
        return bad(QCoreApplication::translate(
                       "Cli",
                       "--event: event %1 (%2) carries no PDU; pick a frame, packet or segment "
                       "event such as frame_tx_start or header_pushed")
                       .arg(index)
                       .arg(QString::fromLatin1(eventTypeName(run.events()[index].kind))));

    QString error;
    if (viewName == "encapsulation") {
        const inspector::StoryPainter painter(inspector::buildStory(run, index));
        if (painter.story().empty())
            return bad(
                QCoreApplication::translate("Cli", "--event: %1").arg(painter.story().problem));
        if (!inspector::exportView(
                painter.size(), [&](QPainter& p) { painter.paint(p); }, *fmt, path,
                QCoreApplication::translate("Cli", "Encapsulation"), &error)) {
            io.err << error << '\n';
            return kExitFailure;
        }
    } else {
        const inspector::Dissection d = inspector::dissect(pdu->pdu.view(), pdu->protocol);
        QStringList names;
        for (const auto& h : d.headers)
            names << protocolKey(h.protocol);
        if (names.isEmpty())
            return bad(QCoreApplication::translate("Cli", "--event: event %1 has no header to draw")
                           .arg(index));
        QString wanted = parser.value(header).toLower();
        if (wanted.isEmpty())
            wanted = names.contains("ipv4") ? QStringLiteral("ipv4") : names.last();
        const auto at = names.indexOf(wanted);
        if (at < 0)
            return bad(QCoreApplication::translate(
                           "Cli", "--header: event %1 has no '%2' header; it has: %3")
                           .arg(index)
                           .arg(wanted, names.join(QStringLiteral(", "))));
        const inspector::HeaderDiagramPainter painter(d.headers[static_cast<std::size_t>(at)],
                                                      pdu->pdu.view());
        if (!inspector::exportView(
                painter.size(), [&](QPainter& p) { painter.paint(p); }, *fmt, path, painter.title(),
                &error)) {
            io.err << error << '\n';
            return kExitFailure;
        }
    }
    io.out << QCoreApplication::translate("Cli", "Wrote %1").arg(path) << '\n';
    return kExitOk;
}

} // namespace ww::cli
