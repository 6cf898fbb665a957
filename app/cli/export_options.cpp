#include "cli/export_options.h"

#include "export/view_catalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

namespace ww::cli {

namespace {

constexpr double kMinScale = 0.1;
constexpr double kMaxScale = 10.0;

const QString kHeaderView = QStringLiteral("header");

// The options that depend on the view, by the ViewOption bit they set.
struct ViewBound {
    const QCommandLineOption* option;
    unsigned bit;
};

} // namespace

ExportOptionSet::ExportOptionSet()
    : help({"h", "help"}, QCoreApplication::translate("Cli", "Show this help."))
    , view("view",
           QCoreApplication::translate(
               "Cli", "What to draw (see Views above; default: encapsulation with --event, "
                      "else topology)."),
           QCoreApplication::translate("Cli", "VIEW"))
    , all("all", QCoreApplication::translate(
                     "Cli", "Every diagram of the lab into the folder -o DIR, with stable names "
                            "and an index (index.html, index.txt); default format svg."))
    , conversation("conversation",
                   QCoreApplication::translate(
                       "Cli", "The conversation to draw, e.g. tcp:10.0.1.10:49152-10.0.2.20:80 "
                              "(default: the lab's first TCP conversation, else its first)."),
                   QCoreApplication::translate("Cli", "ID"))
    , event("event",
            QCoreApplication::translate(
                "Cli", "The event whose PDU to draw (its number in 'wirewalk run --trace')."),
            QCoreApplication::translate("Cli", "N"))
    , until("until",
            QCoreApplication::translate(
                "Cli", "Draw the run as it is at T seconds (frames on the links, marks)."),
            QCoreApplication::translate("Cli", "T"))
    , query("query",
            QCoreApplication::translate("Cli", "The DNS walkthrough's Nth lookup (1-based)."),
            QCoreApplication::translate("Cli", "N"))
    , header("header",
             QCoreApplication::translate(
                 "Cli", "With --view header: ethernet, arp, ipv4, icmp, udp or tcp (default: "
                        "ipv4, else the innermost)."),
             QCoreApplication::translate("Cli", "NAME"))
    , seed("seed",
           QCoreApplication::translate("Cli", "Random seed for loss and bit errors (default 1)."),
           QCoreApplication::translate("Cli", "N"), QStringLiteral("1"))
    , scale("scale",
            QCoreApplication::translate(
                "Cli", "PNG only: pixels per drawing unit, from 0.1 to 10 (default 2)."),
            QCoreApplication::translate("Cli", "S"))
    , format("format",
             QCoreApplication::translate(
                 "Cli", "svg, png or pdf (default: from the output file's extension; svg with "
                        "--all)."),
             QCoreApplication::translate("Cli", "FORMAT"))
    , output({"o", "output"},
             QCoreApplication::translate("Cli", "The file to write (with --all: the folder)."),
             QCoreApplication::translate("Cli", "FILE"))
    , listConversations(
          "list-conversations",
          QCoreApplication::translate(
              "Cli", "Print the conversation IDs --conversation accepts, and stop.")) {}

void ExportOptionSet::addTo(QCommandLineParser& parser) const {
    parser.addOptions({help, view, all, conversation, event, until, query, header, seed, scale,
                       format, output, listConversations});
}

QString exportViewsHelp(const exporting::ViewCatalog& catalog) {
    QStringList lines;
    auto line = [&](const QString& key, const QString& text) {
        lines << QStringLiteral("  %1  %2").arg(key.leftJustified(14), text);
    };
    for (const exporting::ViewEntry& e : catalog.entries())
        line(e.key, e.translatedDescription());
    line(kHeaderView,
         QCoreApplication::translate(
             "Cli", "one header of event N's PDU as an RFC-style bit diagram (--header)"));
    return lines.join(QLatin1Char('\n'));
}

std::optional<ExportRequest> readExportRequest(const QCommandLineParser& parser,
                                               const ExportOptionSet& o,
                                               const exporting::ViewCatalog& catalog,
                                               QTextStream& err) {
    auto bad = [&](const QString& message) -> std::optional<ExportRequest> {
        err << message << '\n';
        return std::nullopt;
    };
    ExportRequest r;
    if (parser.positionalArguments().size() != 1)
        return bad(QCoreApplication::translate(
            "Cli", "export: expected exactly one LAB (a file path or builtin:NAME)"));
    r.lab = parser.positionalArguments().first();
    r.all = parser.isSet(o.all);
    r.listConversations = parser.isSet(o.listConversations);

    QStringList views = catalog.keys();
    views << kHeaderView;
    if (r.all) {
        if (parser.isSet(o.view))
            return bad(QCoreApplication::translate(
                "Cli", "--view: not with --all, which writes every view"));
    } else {
        r.view = parser.isSet(o.view)    ? parser.value(o.view)
                 : parser.isSet(o.event) ? QStringLiteral("encapsulation")
                                         : QStringLiteral("topology");
        if (!views.contains(r.view))
            return bad(QCoreApplication::translate("Cli", "--view: '%1' is not one of %2")
                           .arg(r.view, views.join(QStringLiteral(", "))));
    }

    bool ok = true;
    r.seed = parser.value(o.seed).toULongLong(&ok);
    if (!ok)
        return bad(QCoreApplication::translate(
                       "Cli", "--seed: '%1' is not a whole number from 0 to 18446744073709551615")
                       .arg(parser.value(o.seed)));
    if (parser.isSet(o.conversation))
        r.options.conversation = parser.value(o.conversation);
    if (parser.isSet(o.event)) {
        r.options.event = parser.value(o.event).toULongLong(&ok);
        if (!ok)
            return bad(QCoreApplication::translate(
                           "Cli", "--event: '%1' is not a whole number (an event number from "
                                  "'wirewalk run --trace')")
                           .arg(parser.value(o.event)));
    }
    if (parser.isSet(o.until)) {
        const double seconds = parser.value(o.until).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e6)
            return bad(QCoreApplication::translate(
                           "Cli", "--until: '%1' is not a number of seconds from 0 to 1000000")
                           .arg(parser.value(o.until)));
        r.options.until = secondsToTime(seconds);
    }
    if (parser.isSet(o.query)) {
        r.options.query = parser.value(o.query).toULongLong(&ok);
        if (!ok || *r.options.query == 0)
            return bad(QCoreApplication::translate(
                           "Cli", "--query: '%1' is not a whole number from 1 (the first lookup)")
                           .arg(parser.value(o.query)));
    }
    // Each view-bound option only where the view reads it; --all takes none of them.
    const ViewBound bound[] = {{&o.conversation, exporting::kConversation},
                               {&o.event, exporting::kEvent},
                               {&o.until, exporting::kUntil},
                               {&o.query, exporting::kQuery}};
    const exporting::ViewEntry* entry = catalog.find(r.view);
    const unsigned reads = entry                   ? entry->options
                           : r.view == kHeaderView ? unsigned(exporting::kEvent)
                                                   : 0u;
    for (const ViewBound& b : bound) {
        if (!parser.isSet(*b.option) || r.listConversations)
            continue;
        const QString name = QStringLiteral("--") + b.option->names().first();
        if (r.all)
            return bad(QCoreApplication::translate(
                           "Cli", "%1: not with --all, which draws each view in all its variants")
                           .arg(name));
        if (!(reads & b.bit)) {
            QStringList takers;
            for (const exporting::ViewEntry& e : catalog.entries())
                if (e.options & b.bit)
                    takers << e.key;
            if (b.bit == exporting::kEvent)
                takers << kHeaderView;
            return bad(QCoreApplication::translate(
                           "Cli", "%1: the %2 view does not use it; it applies to: %3")
                           .arg(name, r.view,
                                takers.isEmpty()
                                    ? QCoreApplication::translate("Cli", "no view of this build")
                                    : takers.join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(o.header) && r.view != kHeaderView)
        return bad(QCoreApplication::translate("Cli", "--header: only with --view header"));
    r.header = parser.value(o.header).toLower();

    r.options.printTheme = true;
    if (r.listConversations)
        return r;

    if (!parser.isSet(o.output))
        return bad(r.all ? QCoreApplication::translate(
                               "Cli", "-o: required: the folder to write the diagrams into")
                         : QCoreApplication::translate("Cli", "-o: required: the file to write"));
    r.output = parser.value(o.output);
    const QString formatName = parser.isSet(o.format) ? parser.value(o.format)
                               : r.all                ? QStringLiteral("svg")
                                                      : QFileInfo(r.output).suffix();
    const auto fmt = inspector::exportFormatFromName(formatName);
    if (!fmt)
        return bad(QCoreApplication::translate("Cli", "--format: '%1' is not one of svg, png, pdf")
                       .arg(formatName));
    r.format = *fmt;
    if (parser.isSet(o.scale)) {
        if (r.format != inspector::ExportFormat::Png)
            return bad(QCoreApplication::translate(
                           "Cli", "--scale: applies to PNG only (the format is %1)")
                           .arg(formatName));
        r.pngScale = parser.value(o.scale).toDouble(&ok);
        if (!ok || !std::isfinite(r.pngScale) || r.pngScale < kMinScale || r.pngScale > kMaxScale)
            return bad(
                QCoreApplication::translate("Cli", "--scale: '%1' is not a number from 0.1 to 10")
                    .arg(parser.value(o.scale)));
    }
    return r;
}

} // namespace ww::cli
