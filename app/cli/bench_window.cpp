#include "cli/bench_window.h"

#include "cli/bench_canvas.h"
#include "cli/bench_timing.h"
#include "cli/cli.h"
#include "lab/big_ping_lab.h"
#include "lab/lab_json.h"
#include "models/background_recording.h"
#include "models/event_list_model.h"
#include "models/run_recorder.h"
#include "windows/playback_setup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <malloc.h>
#include <unistd.h>

namespace ww::cli {

namespace {

// Resident memory of this process in bytes (Linux), 0 when unknown.
std::uint64_t residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1
               ? fields[1].toULongLong() * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE))
               : 0;
}

// Bytes the heap has handed out and not got back (glibc), 0 when unknown: unlike the
// resident set, it counts exactly what the recording holds, not freed pages kept around.
std::uint64_t heapInUse() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
#else
    return 0;
#endif
}

int measureRecording(int hosts, Streams io) {
    const lab::LoadResult loaded = lab::parseLab(lab::bigPingLabJson(hosts));
    if (!loaded.lab) {
        io.err << "bench: the generated lab does not load\n";
        return kExitBadInput;
    }
    const std::uint64_t before = residentBytes();
    const std::uint64_t heapBefore = heapInUse();
    QElapsedTimer wall;
    wall.start();
    auto recorder = std::make_unique<ui::RunRecorder>(*loaded.lab, 1, std::set<std::uint64_t>{},
                                                      ui::PlaybackSetup::recordingBudget());
    recorder->advance(ui::PlaybackSetup::kForegroundEvents);
    const double foregroundMs = elapsedMs(wall);
    std::shared_ptr<const ui::RecordedRun> run;
    if (recorder->done()) {
        run = std::make_shared<const ui::RecordedRun>(recorder->finish());
    } else {
        ui::BackgroundRecording background(std::move(recorder));
        QObject::connect(&background, &ui::BackgroundRecording::finished,
                         [&run](std::shared_ptr<const ui::RecordedRun> r) { run = std::move(r); });
        background.wait();
        QCoreApplication::processEvents(); // delivers finished()
    }
    const double recordMs = elapsedMs(wall);
    if (!run) {
        io.err << "bench: the recording did not finish\n";
        return kExitBadInput;
    }
    const std::uint64_t recorded = residentBytes();
    const std::uint64_t heapRecorded = heapInUse();
    wall.restart();
    ui::EventListModel list;
    list.setRun(run);
    const double listMs = elapsedMs(wall);
    const std::uint64_t listed = residentBytes();
    const std::uint64_t heapListed = heapInUse();
    const double events = static_cast<double>(std::max<std::size_t>(1, run->events().size()));
    io.out << QCoreApplication::translate(
                  "Cli", "Recording: %1 hosts, %2 events, %3 frames; %4 ms (%5 ms on the GUI "
                         "thread, the rest, with the event list's pass over every event, in a "
                         "worker thread).")
                  .arg(hosts)
                  .arg(run->events().size())
                  .arg(run->flights().size())
                  .arg(recordMs, 0, 'f', 0)
                  .arg(std::min(foregroundMs, recordMs), 0, 'f', 0)
           << '\n';
    io.out << QCoreApplication::translate(
                  "Cli", "Memory: recording %1 MiB (%2 bytes per event, the event list's facts "
                         "included); event list %3 MiB (%4 bytes per event), shown in %5 ms on "
                         "the GUI thread.")
                  .arg(static_cast<double>(recorded - before) / (1 << 20), 0, 'f', 1)
                  .arg(static_cast<double>(recorded - before) / events, 0, 'f', 0)
                  .arg(static_cast<double>(listed - recorded) / (1 << 20), 0, 'f', 1)
                  .arg(static_cast<double>(listed - recorded) / events, 0, 'f', 0)
                  .arg(listMs, 0, 'f', 0)
           << '\n';
    io.out << QCoreApplication::translate(
                  "Cli", "Per event, recording and event list together: %1 bytes resident (the "
                         "resident set's growth above), %2 bytes on the heap (malloc's bytes in "
                         "use: recording with the event list's facts %3, event list model %4).")
                  .arg(static_cast<double>(listed - before) / events, 0, 'f', 0)
                  .arg(static_cast<double>(heapListed - heapBefore) / events, 0, 'f', 0)
                  .arg(static_cast<double>(heapRecorded - heapBefore) / events, 0, 'f', 0)
                  .arg(static_cast<double>(heapListed - heapRecorded) / events, 0, 'f', 0)
           << '\n';
    return kExitOk;
}

} // namespace

bool isWindowBench(const QStringList& args) {
    return args.contains(QStringLiteral("--recording")) ||
           args.contains(QStringLiteral("--startup"));
}

int benchWindowCommand(const QStringList& args, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "--recording [--hosts N] times recording a ping lab of N hosts (default 400) as "
               "the window does and reports memory per event; --startup times start-up to the "
               "first painted window against a bare QWidget."));
    const QCommandLineOption recording(QStringLiteral("recording"),
                                       QCoreApplication::translate("Cli", "Time the recording."));
    const QCommandLineOption startup(QStringLiteral("startup"),
                                     QCoreApplication::translate("Cli", "Time start-up."));
    const QCommandLineOption hosts(
        QStringLiteral("hosts"),
        QCoreApplication::translate("Cli", "Number of hosts (default 400)."),
        QCoreApplication::translate("Cli", "N"), QStringLiteral("400"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOptions({recording, startup, hosts, help});
    if (const auto done = parseCommandLine(parser, QStringLiteral("bench"), args, help, io))
        return *done;
    bool ok = false;
    const int n = parser.value(hosts).toInt(&ok);
    if (!ok || n < 2 || n > 5000) {
        io.err << QCoreApplication::translate("Cli",
                                              "--hosts: '%1' is not a whole number from 2 to 5000")
                      .arg(parser.value(hosts))
               << '\n';
        return kExitBadInput;
    }
    if (parser.isSet(recording))
        if (const int rc = measureRecording(n, io); rc != kExitOk)
            return rc;
    if (parser.isSet(startup))
        return measureStartup(io);
    return kExitOk;
}

} // namespace ww::cli
