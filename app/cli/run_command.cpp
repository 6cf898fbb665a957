#include "cli/cli.h"
#include "cli/run_report.h"
#include "lab/lab_builder.h"
#include "trace/jsonl_writer.h"
#include "trace/pcapng_capture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <cmath>
#include <memory>

namespace ww::cli {

namespace {

// Opens FILE for an atomic write (nothing half-written is left on failure).
std::unique_ptr<QSaveFile> openOutput(const QString& path, QTextStream& err) {
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        err << QCoreApplication::translate("Cli", "cannot write %1: %2")
                   .arg(path, file->errorString())
            << '\n';
        return nullptr;
    }
    return file;
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
        QCoreApplication::translate("Cli",
                                    "Write every frame to FILE (pcapng, one interface per link)."),
        QCoreApplication::translate("Cli", "FILE"));
    const QCommandLineOption trace(
        "trace", QCoreApplication::translate("Cli", "Write every event to FILE (JSON Lines)."),
        QCoreApplication::translate("Cli", "FILE"));
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
    parser.addOptions({help, until, seed, pcap, trace, quiet, maxEvents, maxMemory});
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

    std::unique_ptr<QSaveFile> pcapFile, traceFile;
    std::unique_ptr<PcapngCapture> capture;
    std::unique_ptr<JsonlTraceWriter> writer;
    if (parser.isSet(pcap)) {
        if (!(pcapFile = openOutput(parser.value(pcap), io.err)))
            return kExitFailure;
        std::vector<QString> names;
        for (const auto& l : net->links())
            names.push_back(QString::fromStdString(l->name()));
        capture = std::make_unique<PcapngCapture>(names, *pcapFile);
        net->bus().subscribe([&capture](const Event& e) { capture->onEvent(e); });
    }
    if (parser.isSet(trace)) {
        if (!(traceFile = openOutput(parser.value(trace), io.err)))
            return kExitFailure;
        writer = std::make_unique<JsonlTraceWriter>(*traceFile);
        net->bus().subscribe([&writer](const Event& e) { writer->onEvent(e); });
    }

    io.out << QCoreApplication::translate("Cli", "Lab %1: %2")
                  .arg(QString::fromStdString(lab->name), QString::fromStdString(lab->title))
           << '\n';
    SimTime end = secondsToTime(seconds);
    const bool completed = net->runUntil(end);
    if (!completed)
        end = net->now();
    report.printConnections();
    report.printUdpFlows();
    report.printSummary(end);
    if (writer)
        writer->flush();

    for (auto* file : {pcapFile.get(), traceFile.get()}) {
        if (file && !file->commit()) {
            io.err << QCoreApplication::translate("Cli", "cannot write %1: %2")
                          .arg(file->fileName(), file->errorString())
                   << '\n';
            return kExitFailure;
        }
    }
    if (!completed) {
        io.err << budgetStopText(*net->budgetStop()) << '\n';
        return kExitBadInput;
    }
    return report.stats().conservationViolations().empty() ? kExitOk : kExitFailure;
}

} // namespace ww::cli
