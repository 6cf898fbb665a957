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

} // namespace

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
    parser.addOptions({help, until, seed, pcap, trace, quiet});
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

    auto net = lab::buildNetwork(*lab, seedValue);
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
    const SimTime end = secondsToTime(seconds);
    net->runUntil(end);
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
    return report.stats().conservationViolations().empty() ? kExitOk : kExitFailure;
}

} // namespace ww::cli
