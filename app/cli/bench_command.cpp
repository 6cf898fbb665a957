#include "cli/bench_canvas.h"
#include "cli/bench_lab.h"
#include "cli/bench_sequence.h"
#include "cli/bench_window.h"
#include "cli/cli.h"
#include "io/safe_write.h"
#include "lab/lab_builder.h"
#include "lab/lab_json.h"
#include "trace/jsonl_writer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <ctime>
#include <limits>
#include <memory>
#include <sys/resource.h>

namespace ww::cli {

namespace {
// CPU time (user + system) of the whole process so far, in seconds: the bench's own
// measurement tool, never the engine's clock.
double processCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}
} // namespace

int benchCommand(const QStringList& args, Streams io) {
    if (isWindowBench(args))
        return benchWindowCommand(args, io);
    if (args.contains(QStringLiteral("--sequence")))
        return benchSequenceCommand(args, io);
    if (needsWidgets(QStringList{QStringLiteral("bench")} + args))
        return benchCanvasCommand(args, io);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Runs a large lab (hosts on two LANs pinging across a router) and reports the engine's "
        "speed. The trace is on: every event reaches a subscriber.\n"
        "--canvas [--frames N] [--presenter] instead times drawing the playback canvas "
        "(200 hosts, ~500 frames in flight) and start-up to the first painted window.\n"
        "--sequence instead times the sequence diagram of tcp-loss (export, scrolling)."));
    const QCommandLineOption help({"h", "help"},
                                  QCoreApplication::translate("Cli", "Show this help."));
    const QCommandLineOption hosts(
        "hosts", QCoreApplication::translate("Cli", "Number of hosts (default 200)."),
        QCoreApplication::translate("Cli", "N"), QStringLiteral("200"));
    const QCommandLineOption seconds(
        "seconds", QCoreApplication::translate("Cli", "Simulated seconds (default 10)."),
        QCoreApplication::translate("Cli", "S"), QStringLiteral("10"));
    const QCommandLineOption interval(
        "interval",
        QCoreApplication::translate("Cli", "Seconds between pings per host (default 0.01)."),
        QCoreApplication::translate("Cli", "S"), QStringLiteral("0.01"));
    const QCommandLineOption jsonl(
        "jsonl",
        QCoreApplication::translate(
            "Cli", "Also serialise the trace as JSON Lines to FILE ('-' for memory)."),
        QCoreApplication::translate("Cli", "FILE"));
    const QCommandLineOption tcp(
        "tcp",
        QCoreApplication::translate("Cli",
                                    "Instead: send BYTES over TCP across host - switch - router - "
                                    "switch - host (100 Mb/s, 1 ms per link)."),
        QCoreApplication::translate("Cli", "BYTES"));
    const QCommandLineOption loss(
        "loss",
        QCoreApplication::translate("Cli",
                                    "With --tcp: frame loss probability per link (default 0)."),
        QCoreApplication::translate("Cli", "P"), QStringLiteral("0"));
    const QCommandLineOption noTraceHex(
        "no-trace-hex",
        QCoreApplication::translate(
            "Cli", "Leave each PDU's bytes (\"hex\") out of --jsonl: a smaller, faster trace."));
    parser.addOptions({help, hosts, seconds, interval, jsonl, noTraceHex, tcp, loss});
    if (auto done = parseCommandLine(parser, QStringLiteral("bench"), args, help, io))
        return *done;
    if (refuseArguments(parser, QStringLiteral("bench"), io))
        return kExitBadInput;
    bool ok1 = false, ok2 = false, ok3 = false;
    const int n = parser.value(hosts).toInt(&ok1);
    const double s = parser.value(seconds).toDouble(&ok2);
    const double iv = parser.value(interval).toDouble(&ok3);
    if (!ok1 || n < 2 || n > 20000) {
        io.err << QCoreApplication::translate("Cli",
                                              "--hosts: '%1' is not a whole number from 2 to 20000")
                      .arg(parser.value(hosts))
               << '\n';
        return kExitBadInput;
    }
    if (!ok2 || !(s > 0 && s <= 3600)) {
        io.err << QCoreApplication::translate("Cli",
                                              "--seconds: '%1' is not a number from 0 to 3600")
                      .arg(parser.value(seconds))
               << '\n';
        return kExitBadInput;
    }
    if (!ok3 || !(iv >= 0.0001 && iv <= 60)) {
        io.err << QCoreApplication::translate("Cli",
                                              "--interval: '%1' is not a number from 0.0001 to 60")
                      .arg(parser.value(interval))
               << '\n';
        return kExitBadInput;
    }

    bool ok4 = true, ok5 = true;
    const qulonglong tcpBytes = parser.isSet(tcp) ? parser.value(tcp).toULongLong(&ok4) : 0;
    const double lossP = parser.value(loss).toDouble(&ok5);
    if (!ok4 || tcpBytes > 2'000'000'000 || !ok5 || !(lossP >= 0 && lossP < 1)) {
        io.err << QCoreApplication::translate(
                      "Cli",
                      "--tcp takes bytes from 0 to 2000000000, --loss a probability from 0 to 1")
               << '\n';
        return kExitBadInput;
    }
    const lab::Lab lab =
        parser.isSet(tcp) ? makeTcpBenchLab(tcpBytes, lossP) : makeBenchLab(n, s, iv);
    // Loading a lab file of this size: parse and check (names looked up per link and action).
    const QByteArray labFile = lab::toJson(lab);
    QElapsedTimer load;
    load.start();
    const lab::LoadResult loaded = lab::parseLab(labFile);
    const bool loads = loaded.lab.has_value();
    if (!loads && !loaded.issues.empty())
        io.err << loaded.issues.front().path << ": " << loaded.issues.front().message << '\n';
    const qint64 loadNs = load.nsecsElapsed();
    QElapsedTimer build;
    build.start();
    auto net = lab::buildNetwork(lab, 1);
    // A bench measures speed: no cap on events (a 1 GB transfer publishes ~50 M); the memory
    // budget stays.
    RunBudget budget;
    budget.maxEvents = std::numeric_limits<std::uint64_t>::max();
    net->setBudget(budget);
    const qint64 buildNs = build.nsecsElapsed();

    std::uint64_t frames = 0, traceEvents = 0, bytesOnWire = 0;
    SimTime transferDone = 0;
    net->bus().subscribe([&](const Event& e) {
        ++traceEvents;
        if (auto* c = std::get_if<TcpStateChanged>(&e.kind); c && c->to == TcpState::CloseWait)
            transferDone = e.time; // the receiver has every byte and the FIN
        if (auto* tx = std::get_if<FrameTxStart>(&e.kind)) {
            ++frames;
            bytesOnWire += tx->frame.size();
        }
    });
    QBuffer memory;
    std::unique_ptr<SafeWrite> file;
    std::unique_ptr<JsonlTraceWriter> writer;
    if (parser.isSet(jsonl)) {
        QIODevice* dev = &memory;
        QString error;
        if (parser.value(jsonl) != QLatin1String("-")) {
            file = std::make_unique<SafeWrite>(parser.value(jsonl));
            if (!file->open(&error)) {
                io.err << error << '\n';
                return kExitFailure;
            }
            dev = file.get();
        } else {
            memory.open(QIODevice::WriteOnly);
        }
        writer = std::make_unique<JsonlTraceWriter>(*dev, !parser.isSet(noTraceHex));
        net->bus().subscribe([&writer](const Event& e) { writer->onEvent(e); });
    }

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuSeconds();
    const double simulated = parser.isSet(tcp) ? lab.duration : s;
    net->runUntil(secondsToTime(simulated));
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpuStart;
    if (writer)
        writer->flush();
    if (QString error; file && !file->commit(&error)) {
        io.err << error << '\n';
        return kExitFailure;
    }
    if (parser.isSet(tcp)) {
        io.out << QCoreApplication::translate(
                      "Cli",
                      "TCP: %1 bytes with loss %2 per link; all data and the FIN arrived at %3 s "
                      "simulated (%4 Mb/s).")
                      .arg(tcpBytes)
                      .arg(lossP)
                      .arg(timeToSeconds(transferDone), 0, 'f', 3)
                      .arg(transferDone ? static_cast<double>(tcpBytes) * 8 /
                                              (timeToSeconds(transferDone) - 0.1) / 1e6
                                        : 0.0,
                           0, 'f', 1)
               << '\n';
    } else {
        io.out << QCoreApplication::translate("Cli",
                                              "Lab: %1 hosts, 2 LANs, 1 router; %2 simulated "
                                              "seconds; ping every %3 s per sender.")
                      .arg(n)
                      .arg(s)
                      .arg(iv)
               << '\n';
    }
    io.out << QCoreApplication::translate("Cli", "Load: %1 ms (the lab file, %2 bytes, parsed "
                                                 "and checked%3).")
                  .arg(static_cast<double>(loadNs) / 1e6, 0, 'f', 1)
                  .arg(labFile.size())
                  .arg(loads ? QString() : QCoreApplication::translate("Cli", "; it has problems"))
           << '\n';
    io.out << QCoreApplication::translate("Cli", "Build: %1 ms.")
                  .arg(static_cast<double>(buildNs) / 1e6, 0, 'f', 1)
           << '\n';
    io.out << QCoreApplication::translate("Cli", "Wall time: %1 s.").arg(wall, 0, 'f', 3) << '\n';
    io.out
        << QCoreApplication::translate("Cli", "CPU time: %1 s (user + system).").arg(cpu, 0, 'f', 3)
        << '\n';
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    io.out << QCoreApplication::translate("Cli", "Peak memory: %1 MB (resident, whole process).")
                  .arg(static_cast<double>(usage.ru_maxrss) / 1024.0, 0, 'f', 1)
           << '\n';
    io.out << QCoreApplication::translate(
                  "Cli", "Frames: %1 (%2 MB on the wire); %3 frames per wall second.")
                  .arg(frames)
                  .arg(static_cast<double>(bytesOnWire) / 1e6, 0, 'f', 1)
                  .arg(static_cast<double>(frames) / wall, 0, 'f', 0)
           << '\n';
    io.out << QCoreApplication::translate("Cli", "Trace events: %1; %2 per wall second.")
                  .arg(traceEvents)
                  .arg(static_cast<double>(traceEvents) / wall, 0, 'f', 0)
           << '\n';
    io.out << QCoreApplication::translate("Cli", "Scheduler events: %1; %2 per wall second.")
                  .arg(net->sim().executed())
                  .arg(static_cast<double>(net->sim().executed()) / wall, 0, 'f', 0)
           << '\n';
    io.out << QCoreApplication::translate("Cli", "Simulated/wall time ratio: %1.")
                  .arg(timeToSeconds(net->now()) / wall, 0, 'f', 2)
           << '\n';
    return kExitOk;
}

} // namespace ww::cli
