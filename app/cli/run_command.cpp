#include "cli/cli.h"
#include "cli/run_report.h"
#include "cli/text_columns.h"
#include "io/safe_write.h"
#include "lab/capture_points.h"
#include "lab/lab_builder.h"
#include "trace/capture_files.h"
#include "trace/jsonl_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <filesystem>
#include <memory>

namespace ww::cli {

namespace {

// Opens FILE for an atomic write (nothing half-written is left on failure).
std::unique_ptr<SafeWrite> openOutput(const QString& path, QTextStream& err) {
    auto file = std::make_unique<SafeWrite>(path);
    QString error;
    if (!file->open(&error)) {
        err << error << '\n';
        return nullptr;
    }
    return file;
}

struct CaptureOptions {
    const QCommandLineOption& pcap;
    const QCommandLineOption& capture;
    const QCommandLineOption& pcapDir;
};

struct CaptureChoice {
    std::vector<CaptureTarget> targets;
    QStringList lines; // where the files capture, for stdout
};

// The capture files --pcap, --capture and --pcap-dir ask for; nullopt (message
// printed) on bad input. A link capture is at the link's first end ("a").
std::optional<CaptureChoice> chooseCapture(const lab::Lab& lab, const Network& net,
                                           const QCommandLineParser& parser, CaptureOptions o,
                                           QTextStream& err) {
    CaptureChoice choice;
    if (parser.isSet(o.capture) && !parser.isSet(o.pcap)) {
        err << QCoreApplication::translate(
                   "Cli", "--capture: chooses where --pcap FILE captures; give --pcap too")
            << '\n';
        return std::nullopt;
    }
    if ((parser.isSet(o.pcap) || parser.isSet(o.pcapDir)) && lab.links.empty()) {
        err << QCoreApplication::translate("Cli", "--pcap: the lab has no links to capture on")
            << '\n';
        return std::nullopt;
    }
    if (parser.isSet(o.pcap)) {
        std::optional<lab::CapturePoint> point = lab::defaultCapturePoint(lab);
        if (parser.isSet(o.capture)) {
            point = lab::findCapturePoint(lab, parser.value(o.capture));
            if (!point) {
                err << QCoreApplication::translate(
                           "Cli", "--capture: '%1' is neither a link nor a DEVICE:INTERFACE at the "
                                  "end of one; links: %2; interfaces: %3")
                           .arg(parser.value(o.capture), lab::linkNames(lab).join(", "),
                                lab::interfaceNames(lab).join(", "))
                    << '\n';
                return std::nullopt;
            }
        }
        choice.targets.push_back(lab::captureTarget(net, *point, parser.value(o.pcap)));
        choice.lines << QCoreApplication::translate("Cli", "capture: %1 (link %2)")
                            .arg(point->name(), QString::fromStdString(point->linkName));
    }
    if (parser.isSet(o.pcapDir)) {
        const QDir dir(parser.value(o.pcapDir));
        const std::vector<QString> files = lab::linkCaptureFileNames(lab);
        for (const lab::CapturePoint& p : lab::capturePoints(lab))
            if (p.side == 0)
                choice.targets.push_back(lab::captureTarget(net, p, dir.filePath(files[p.link])));
        choice.lines << QCoreApplication::translate(
                            "Cli", "capture: every link into %1, each at the link's first end")
                            .arg(QDir::toNativeSeparators(dir.path()));
    }
    return choice;
}

// --max-events N and --max-memory MIB: whole numbers from 1.
bool readBudget(const QCommandLineParser& parser, const QCommandLineOption& events,
                const QCommandLineOption& memory, RunBudget& budget, QTextStream& err) {
    bool ok = true;
    if (parser.isSet(events)) {
        budget.maxEvents = parser.value(events).toULongLong(&ok);
        if (!ok || budget.maxEvents == 0) {
            err << QCoreApplication::translate(
                       "Cli", "--max-events: '%1' is not a whole number of events from 1 to "
                              "18446744073709551615")
                       .arg(parser.value(events))
                << '\n';
            return false;
        }
    }
    if (parser.isSet(memory)) {
        const std::uint64_t mib = parser.value(memory).toULongLong(&ok);
        constexpr std::uint64_t kMaxMib = std::uint64_t{1} << 40; // keeps the bytes in 64 bits
        if (!ok || mib == 0 || mib > kMaxMib) {
            err << QCoreApplication::translate(
                       "Cli", "--max-memory: '%1' is not a whole number of MiB from 1 to %2")
                       .arg(parser.value(memory))
                       .arg(kMaxMib)
                << '\n';
            return false;
        }
        budget.maxBytes = mib << 20;
    }
    return true;
}

} // namespace

QString budgetStopText(const BudgetStop& stop) {
    const QString at = QString::number(timeToSeconds(stop.at), 'f', 6);
    if (stop.kind == BudgetKind::Events)
        return QCoreApplication::translate(
                   "Cli", "run: stopped at %1 s: the run reached its budget of %2 events (a "
                          "loop or a storm?); raise it with --max-events N")
            .arg(at)
            .arg(stop.limit);
    return QCoreApplication::translate(
               "Cli", "run: stopped at %1 s: packets and events held reached %2 MiB, over the "
                      "memory budget of %3 MiB; raise it with --max-memory MIB")
        .arg(at)
        .arg(stop.reached >> 20)
        .arg(stop.limit >> 20);
}

int runLabCommand(const QStringList& args, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Simulates LAB headless and prints what happened."));
    const QCommandLineOption help({"h", "help"},
                                  QCoreApplication::translate("Cli", "Show this help."));
    const QCommandLineOption until(
        "until",
        QCoreApplication::translate("Cli", "Simulate up to SECONDS (default: the lab's duration)."),
        QCoreApplication::translate("Cli", "SECONDS"));
    const QCommandLineOption seed(
        "seed",
        QCoreApplication::translate("Cli", "Random seed for loss and bit errors (default 1)."),
        QCoreApplication::translate("Cli", "N"), QStringLiteral("1"));
    const QCommandLineOption pcap(
        "pcap",
        QCoreApplication::translate(
            "Cli", "Write what one capture point sees to FILE (pcapng; see --capture)."),
        QCoreApplication::translate("Cli", "FILE"));
    const QCommandLineOption capture(
        "capture",
        QCoreApplication::translate(
            "Cli", "The capture point of --pcap: a link's name (its first end) or "
                   "DEVICE:INTERFACE (default: the first sender's end of its first link)."),
        QCoreApplication::translate("Cli", "POINT"));
    const QCommandLineOption pcapDir(
        "pcap-dir",
        QCoreApplication::translate(
            "Cli", "Write DIR/LINK.pcapng for every link, each captured at the link's first end."),
        QCoreApplication::translate("Cli", "DIR"));
    const QCommandLineOption trace(
        "trace", QCoreApplication::translate("Cli", "Write every event to FILE (JSON Lines)."),
        QCoreApplication::translate("Cli", "FILE"));
    const QCommandLineOption noTraceHex(
        "no-trace-hex",
        QCoreApplication::translate(
            "Cli", "Leave each PDU's bytes (\"hex\") out of --trace: a smaller, faster trace."));
    const QCommandLineOption quiet({"q", "quiet"},
                                   QCoreApplication::translate("Cli", "Print only the summary."));
    const QCommandLineOption maxEvents(
        "max-events",
        QCoreApplication::translate("Cli", "Stop the run after N events (default %1).")
            .arg(RunBudget::kDefaultMaxEvents),
        QCoreApplication::translate("Cli", "N"));
    const QCommandLineOption maxMemory(
        "max-memory",
        QCoreApplication::translate(
            "Cli", "Stop the run when packets and events held exceed MIB mebibytes (default %1).")
            .arg(RunBudget::kDefaultMaxBytes >> 20),
        QCoreApplication::translate("Cli", "MIB"));
    parser.addOptions({help, until, seed, pcap, capture, pcapDir, trace, noTraceHex, quiet,
                       maxEvents, maxMemory});
    parser.addPositionalArgument(
        QCoreApplication::translate("Cli", "LAB"),
        QCoreApplication::translate("Cli", "A lab file, or builtin:NAME (see 'wirewalk labs')."));
    if (auto done = parseCommandLine(parser, QStringLiteral("run"), args, help, io))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        io.err << QCoreApplication::translate(
                      "Cli", "run: expected exactly one LAB (a file path or builtin:NAME)")
               << '\n';
        return kExitBadInput;
    }
    const QString reference = parser.positionalArguments().first();
    auto lab = loadLabOrReport(reference, io.err);
    if (!lab)
        return kExitBadInput;

    bool ok = true;
    const std::uint64_t seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        io.err << QCoreApplication::translate(
                      "Cli", "--seed: '%1' is not a whole number from 0 to 18446744073709551615")
                      .arg(parser.value(seed))
               << '\n';
        return kExitBadInput;
    }
    double seconds = lab->duration;
    if (parser.isSet(until)) {
        seconds = parser.value(until).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e6) {
            io.err << QCoreApplication::translate(
                          "Cli", "--until: '%1' is not a number of seconds from 0 to 1000000")
                          .arg(parser.value(until))
                   << '\n';
            return kExitBadInput;
        }
    }

    RunBudget budget;
    if (!readBudget(parser, maxEvents, maxMemory, budget, io.err))
        return kExitBadInput;

    auto net = lab::buildNetwork(*lab, seedValue);
    net->setBudget(budget);
    RunReport report(*net, io.out, !parser.isSet(quiet));
    net->bus().subscribe([&report](const Event& e) { report.onEvent(e); });

    std::unique_ptr<SafeWrite> traceFile;
    std::unique_ptr<JsonlTraceWriter> writer;
    const std::optional<CaptureChoice> chosen =
        chooseCapture(*lab, *net, parser, {pcap, capture, pcapDir}, io.err);
    if (!chosen)
        return kExitBadInput;
    if (parser.isSet(pcapDir)) {
        // std::filesystem, unlike QDir::mkpath, says why ("Permission denied", "Not a directory").
        std::error_code why;
        std::filesystem::create_directories(QFile::encodeName(parser.value(pcapDir)).toStdString(),
                                            why);
        if (why || !QFileInfo(parser.value(pcapDir)).isDir()) {
            io.err << QCoreApplication::translate("Cli",
                                                  "--pcap-dir: cannot create directory %1: %2")
                          .arg(parser.value(pcapDir),
                               why ? QString::fromLocal8Bit(why.message())
                                   : QCoreApplication::translate("Cli", "a file is in the way"))
                   << '\n';
            return kExitFailure;
        }
    }
    CaptureFiles captures;
    QString captureError;
    if (!captures.open(chosen->targets, &captureError)) {
        io.err << captureError << '\n';
        return kExitFailure;
    }
    if (captures.size() > 0)
        net->bus().subscribe([&captures](const Event& e) { captures.onEvent(e); });
    if (parser.isSet(trace)) {
        if (!(traceFile = openOutput(parser.value(trace), io.err)))
            return kExitFailure;
        writer = std::make_unique<JsonlTraceWriter>(*traceFile, !parser.isSet(noTraceHex));
        net->bus().subscribe([&writer](const Event& e) { writer->onEvent(e); });
    }

    // What the lab teaches, in the CLI's language, before what happens (not with -q).
    const std::string language = cliLanguage();
    io.out << QCoreApplication::translate("Cli", "Lab %1: %2")
                  .arg(QString::fromStdString(lab->name),
                       QString::fromStdString(lab->title.in(language)))
           << '\n';
    if (!parser.isSet(quiet) && !lab->description.empty()) {
        for (const QString& line :
             wrapToWidth(QString::fromStdString(lab->description.in(language)), 78))
            io.out << line << '\n';
        io.out << '\n';
    }
    for (const QString& line : chosen->lines)
        io.out << line << '\n';
    SimTime end = secondsToTime(seconds);
    const bool completed = net->runUntil(end);
    if (!completed)
        end = net->now();
    report.printConnections();
    report.printUdpFlows();
    report.printDnsSummary();
    report.printSummary(end);
    if (writer)
        writer->flush();

    if (!captures.commit(&captureError)) {
        io.err << captureError << '\n';
        return kExitFailure;
    }
    if (traceFile && !traceFile->commit(&captureError)) {
        io.err << captureError << '\n';
        return kExitFailure;
    }
    if (!completed) {
        io.err << budgetStopText(*net->budgetStop()) << '\n';
        return kExitBadInput;
    }
    return report.stats().conservationViolations().empty() ? kExitOk : kExitInternal;
}

} // namespace ww::cli
