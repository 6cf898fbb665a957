#include "cli/bench_canvas.h"

#include "canvas/playback_overlay.h"
#include "canvas/presentation_style.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "cli/bench_lab.h"
#include "cli/bench_timing.h"
#include "document/lab_document.h"
#include "lab/lab_json.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"
#include "windows/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <vector>

namespace ww::cli {

namespace {

constexpr int kHosts = 200;
constexpr double kLinkDelay = 0.005;    // long cables: many frames on each at once
constexpr double kPingInterval = 0.008; // per sender: ~500 frames in flight overall
constexpr double kSteadyFrom = 0.15;    // seconds: every sender pings by then, ARP is done
constexpr int kInFlight = 500;
constexpr int kStartupRuns = 5;

// The ping bench lab with long links, its hosts in a grid on either side of the router.
lab::Lab canvasLab() {
    lab::Lab lab = makeBenchLab(kHosts, 0.2, kPingInterval);
    for (lab::Link& l : lab.links)
        l.delaySeconds = kLinkDelay;
    const int perLan = kHosts / 2;
    const int columns = 10;
    for (lab::Device& d : lab.devices) {
        if (d.name == "R1") {
            d.x = 1200, d.y = 500;
        } else if (d.name == "SW1" || d.name == "SW2") {
            d.x = d.name == "SW1" ? 1000 : 1400, d.y = 500;
        } else { // H<lan>-<n>
            const int lan = d.name[1] - '0';
            const int n = std::stoi(d.name.substr(3)) - 1;
            const double left = lan == 1 ? 0 : 1600;
            d.x = left + (n % columns) * 100;
            d.y = (n / columns) * (1000.0 / (perLan / columns));
        }
    }
    return lab;
}

// A time after `from` with as close to `target` frames on the links as there is.
// (Not the busiest: the gateway's and the router's ARP broadcasts put one copy
// on every port, over 5000 frames, for a few milliseconds each.)
SimTime timeWithInFlight(const ui::RecordedRun& run, SimTime from, int target, std::size_t* count) {
    std::vector<std::pair<SimTime, int>> edges;
    for (const ui::FrameFlight& f : run.flights()) {
        edges.push_back({f.start, +1});
        edges.push_back({f.arrival, -1});
    }
    std::sort(edges.begin(), edges.end());
    int now = 0, best = 0;
    SimTime at = from;
    for (const auto& [t, d] : edges) {
        now += d;
        if (t >= from && std::abs(now - target) < std::abs(best - target))
            best = now, at = t;
    }
    *count = static_cast<std::size_t>(best);
    return at;
}

int measureCanvas(int frames, bool presenter, Streams io) {
    const lab::Lab lab = canvasLab();
    ui::LabDocument document;
    document.reset(lab);
    ui::TopologyScene scene(&document);
    ui::PlaybackClock clock;
    ui::PlaybackOverlay overlay(
        &scene, &clock, [&scene](int i) { return scene.linkLine(i); },
        [&scene](const QString& n) { return scene.devicePosition(n); });
    if (presenter)
        ui::PresentationStyle::apply(&scene, ui::PresentationStyle::presenter());
    QElapsedTimer recording;
    recording.start();
    clock.setRun(std::make_shared<const ui::RecordedRun>(ui::RecordedRun::record(lab, 1)));
    const double recordMs = elapsedMs(recording);
    std::size_t inFlight = 0;
    const SimTime middle =
        timeWithInFlight(*clock.run(), secondsToTime(kSteadyFrom), kInFlight, &inFlight);

    // The real canvas widget, fitted to the lab, drawn into an image as it
    // would draw on screen (its render hints, item caches and background).
    ui::TopologyView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.fitToView();
    QWidget* viewport = view.viewport();
    QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    // 10 simulated microseconds a frame: 1/100x slow motion at 100 frames a second.
    const SimTime step = 10 * kMicrosecond;
    const SimTime start = middle - step * frames / 2;
    std::vector<double> total, refresh, render, cpu;
    std::size_t fewest = SIZE_MAX, most = 0;
    for (int i = -5; i < frames; ++i) { // five warm-up frames, not counted
        const double cpuStart = threadCpuMs();
        QElapsedTimer t;
        t.start();
        clock.seek(start + step * std::max(i, 0));
        const qint64 refreshed = t.nsecsElapsed();
        viewport->render(&image);
        const qint64 done = t.nsecsElapsed();
        const double cpuMs = threadCpuMs() - cpuStart;
        if (i < 0)
            continue;
        refresh.push_back(static_cast<double>(refreshed) / 1e6);
        render.push_back(static_cast<double>(done - refreshed) / 1e6);
        total.push_back(static_cast<double>(done) / 1e6);
        cpu.push_back(cpuMs);
        const std::size_t flying = overlay.framesInFlight().size();
        fewest = std::min(fewest, flying);
        most = std::max(most, flying);
    }
    io.out
        << QCoreApplication::translate(
               "Cli",
               "Canvas: %1 devices, %2 links; recording of %3 frames made in %4 ms; drawn from a "
               "moment with %5 frames on the links.")
               .arg(lab.devices.size())
               .arg(lab.links.size())
               .arg(clock.run()->flights().size())
               .arg(recordMs, 0, 'f', 0)
               .arg(inFlight)
        << '\n';
    io.out << QCoreApplication::translate(
                  "Cli", "%1 frames drawn at %2x%3 (%4 style), %5 to %6 tokens on the canvas.")
                  .arg(frames)
                  .arg(image.width())
                  .arg(image.height())
                  .arg(presenter ? QCoreApplication::translate("Cli", "presenter")
                                 : QCoreApplication::translate("Cli", "normal"))
                  .arg(fewest)
                  .arg(most)
           << '\n';
    io.out << QCoreApplication::translate(
                  "Cli",
                  "Frame time: median %1 ms, p99 %2 ms (overlay update: median %3 ms, p99 %4 ms; "
                  "drawing: median %5 ms, p99 %6 ms).")
                  .arg(percentile(total, 0.5), 0, 'f', 2)
                  .arg(percentile(total, 0.99), 0, 'f', 2)
                  .arg(percentile(refresh, 0.5), 0, 'f', 2)
                  .arg(percentile(refresh, 0.99), 0, 'f', 2)
                  .arg(percentile(render, 0.5), 0, 'f', 2)
                  .arg(percentile(render, 0.99), 0, 'f', 2)
           << '\n';
    io.out << QCoreApplication::translate("Cli", "CPU time per frame: median %1 ms, p99 %2 ms.")
                  .arg(percentile(cpu, 0.5), 0, 'f', 2)
                  .arg(percentile(cpu, 0.99), 0, 'f', 2)
           << '\n';
    return kExitOk;
}

// Launch to the end of the first frame of `kind` in a fresh process, in milliseconds (-1: failed).
// Phases the child reports ("phase NAME MS", ms since its main window began), by name.
using Phases = std::map<QString, std::vector<double>>;

double firstPaintMs(const QString& kind, Phases* phases = nullptr) {
    QProcess child;
    QElapsedTimer t;
    t.start();
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("bench"), QStringLiteral("--first-paint"), kind});
    QByteArray out;
    while (child.waitForReadyRead(10000)) {
        out += child.readAllStandardOutput();
        if (out.contains("painted"))
            break;
    }
    const double ms = elapsedMs(t);
    child.waitForFinished(10000);
    if (phases)
        for (const QByteArray& line : out.split('\n'))
            if (const QList<QByteArray> w = line.trimmed().split(' ');
                w.size() == 3 && w[0] == "phase")
                (*phases)[QString::fromLatin1(w[1])].push_back(w[2].toDouble());
    return child.exitCode() == 0 ? ms : -1;
}

// Prints "painted" once the first frame (the first paint event and all painted with it) is done.
class FirstPaint : public QObject {
public:
    explicit FirstPaint(Streams io)
        : io_(io) {}
    QElapsedTimer clock; // started where the main window begins (phases)
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !done_) {
            done_ = true;
            if (clock.isValid())
                io_.out << "phase painted " << clock.nsecsElapsed() / 1000000.0 << '\n';
            // Back in the event loop: every widget of that first frame painted and flushed.
            QTimer::singleShot(0, qApp, [this] {
                if (clock.isValid())
                    io_.out << "phase frame " << clock.nsecsElapsed() / 1000000.0 << '\n';
                io_.out << "painted" << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Streams io_;
    bool done_ = false;
};

} // namespace

int measureStartup(Streams io) {
    std::vector<double> main, bare, text;
    Phases phases;
    for (int i = 0; i < kStartupRuns; ++i) { // interleaved: a busy moment hits all three
        bare.push_back(firstPaintMs(QStringLiteral("bare")));
        text.push_back(firstPaintMs(QStringLiteral("text")));
        main.push_back(firstPaintMs(QStringLiteral("main"), &phases));
    }
    io.out << QCoreApplication::translate(
                  "Cli",
                  "Start-up to the first whole frame painted (median of %1 fresh processes): "
                  "main window %2 ms, bare QWidget %3 ms.")
                  .arg(kStartupRuns)
                  .arg(percentile(main, 0.5), 0, 'f', 0)
                  .arg(percentile(bare, 0.5), 0, 'f', 0)
           << '\n';
    // A bare QWidget paints no text; the first text a process draws loads its fonts
    // (fontconfig), which any real window pays. This is that floor.
    io.out << QCoreApplication::translate(
                  "Cli", "A QWidget showing one line of text: %1 ms (the first text drawn loads "
                         "the fonts).")
                  .arg(percentile(text, 0.5), 0, 'f', 0)
           << '\n';
    // Where the main window's time goes, from its constructor on (median ms).
    QStringList breakdown;
    // "painted": its first widget's paint begins; "frame": the whole first frame is done.
    for (const char* name : {"constructed", "lab", "shown", "painted", "frame"})
        if (auto it = phases.find(QLatin1String(name)); it != phases.end())
            breakdown << QStringLiteral("%1 %2")
                             .arg(QLatin1String(name))
                             .arg(percentile(it->second, 0.5), 0, 'f', 0);
    if (!breakdown.isEmpty())
        io.out << QCoreApplication::translate("Cli", "Main window, ms from its constructor: %1.")
                      .arg(breakdown.join(QStringLiteral(", ")))
               << '\n';
    return kExitOk;
}

bool needsWidgets(const QStringList& args) {
    return args.value(0) == QLatin1String("bench") &&
           (args.contains(QStringLiteral("--canvas")) ||
            args.contains(QStringLiteral("--sequence")) ||
            args.contains(QStringLiteral("--first-paint")));
}

int firstPaintProbe(const QString& kind, Streams io) {
    FirstPaint probe(io);
    qApp->installEventFilter(&probe);
    std::unique_ptr<QWidget> window;
    const bool main = kind == QLatin1String("main");
    auto phase = [&](const char* name) {
        if (main)
            io.out << "phase " << name << ' ' << probe.clock.nsecsElapsed() / 1000000.0 << '\n';
    };
    if (main) {
        probe.clock.start();
        auto* w = new ui::MainWindow;
        phase("constructed");
        w->showLab(*lab::loadLab(QStringLiteral("builtin:") + lab::defaultLabName()).lab);
        phase("lab");
        window.reset(w);
    } else if (kind == QLatin1String("text")) {
        window = std::make_unique<QLabel>(QStringLiteral("Wirewalk 와이어워크"));
        window->resize(1200, 760);
    } else {
        window = std::make_unique<QWidget>();
        window->resize(1200, 760);
    }
    window->show();
    phase("shown");
    return QApplication::exec();
}

int benchCanvasCommand(const QStringList& args, Streams io) {
    QCommandLineParser parser;
    const QCommandLineOption canvas(
        QStringLiteral("canvas"),
        QCoreApplication::translate("Cli", "Time the canvas (this benchmark)."));
    const QCommandLineOption frames(
        QStringLiteral("frames"),
        QCoreApplication::translate("Cli", "Frames to draw (default 300)."),
        QCoreApplication::translate("Cli", "N"), QStringLiteral("300"));
    const QCommandLineOption presenter(
        QStringLiteral("presenter"),
        QCoreApplication::translate("Cli", "Draw in presenter mode's style."));
    QCommandLineOption firstPaint(QStringLiteral("first-paint"), QString(),
                                  QCoreApplication::translate("Cli", "KIND"));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp); // the start-up probe's child
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Times drawing the playback canvas: 200 hosts, about 500 frames in flight, through "
               "the real canvas widget into an image; then start-up to the first painted window, "
               "the main window against a bare QWidget."));
    parser.addOptions({canvas, frames, presenter, firstPaint, help});
    if (const auto done = parseCommandLine(parser, QStringLiteral("bench"), args, help, io))
        return *done;
    if (parser.isSet(firstPaint))
        return firstPaintProbe(parser.value(firstPaint), io);
    bool ok = false;
    const int n = parser.value(frames).toInt(&ok);
    if (!ok || n < 1 || n > 100000) {
        io.err << QCoreApplication::translate(
                      "Cli", "--frames: '%1' is not a whole number from 1 to 100000")
                      .arg(parser.value(frames))
               << '\n';
        return kExitBadInput;
    }
    if (const int rc = measureCanvas(n, parser.isSet(presenter), io); rc != kExitOk)
        return rc;
    return measureStartup(io);
}

} // namespace ww::cli
