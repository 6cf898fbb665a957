#include "cli/bench_sequence.h"

#include "cli/bench_timing.h"
#include "inspector/view_export.h"
#include "lab/lab_json.h"
#include "models/conversations.h"
#include "models/recorded_run.h"
#include "sequence/sequence_diagram.h"
#include "sequence/sequence_view.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>
#include <vector>

namespace ww::cli {

namespace {} // namespace

int benchSequenceCommand(const QStringList& args, Streams io) {
    QCommandLineParser parser;
    const QCommandLineOption sequence(
        QStringLiteral("sequence"),
        QCoreApplication::translate("Cli", "Time the sequence diagram (this benchmark)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Times the sequence diagram of the tcp-loss lab: building it, exporting its first "
               "1000 messages to SVG and PDF, and drawing frames while its view scrolls through "
               "the whole run offscreen."));
    parser.addOptions({sequence, help});
    if (const auto done = parseCommandLine(parser, QStringLiteral("bench"), args, help, io))
        return *done;
    const auto loaded = lab::loadLab(QStringLiteral("builtin:tcp-loss"));
    if (!loaded.lab) {
        io.err << "builtin:tcp-loss does not load\n";
        return kExitFailure;
    }
    QElapsedTimer t;
    t.start();
    const ui::RecordedRun run = ui::RecordedRun::record(*loaded.lab, 1);
    const double recordMs = elapsedMs(t);
    t.restart();
    const ui::Conversations conversations = ui::Conversations::find(run);
    const double findMs = elapsedMs(t);
    const ui::Conversation& tcp = conversations.preferred();

    // Export: the first 1000 messages.
    sequence::DiagramOptions cut;
    cut.maxMessages = 1000;
    t.restart();
    const sequence::SequenceDiagram thousand(run, conversations, tcp, cut);
    const double layoutMs = elapsedMs(t);
    QTemporaryDir dir;
    const auto paint = [&thousand](QPainter& p) { thousand.paint(p); };
    std::vector<double> svg, pdf, svgCpu, pdfCpu;
    for (int i = 0; i < 3; ++i) {
        for (auto [format, name, times] :
             {std::tuple{inspector::ExportFormat::Svg, "s.svg", &svg},
              std::tuple{inspector::ExportFormat::Pdf, "s.pdf", &pdf}}) {
            QString error;
            const double cpu0 = threadCpuMs();
            t.restart();
            if (!inspector::exportView(thousand.size(), paint, format,
                                       dir.filePath(QString::fromLatin1(name)),
                                       QStringLiteral("sequence"), &error)) {
                io.err << error << '\n';
                return kExitFailure;
            }
            times->push_back(elapsedMs(t));
            (times == &svg ? svgCpu : pdfCpu).push_back(threadCpuMs() - cpu0);
        }
    }

    // Scrolling the whole run, every message, through the real view.
    sequence::DiagramOptions all;
    all.maxMessages = conversations.messages().size();
    t.restart();
    auto diagram = std::make_shared<const sequence::SequenceDiagram>(run, conversations, tcp, all);
    const double fullLayoutMs = elapsedMs(t);
    sequence::SequenceView view;
    view.resize(1280, 800);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    view.setDiagram(diagram);
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> frames, cpu;
    QScrollBar* bar = view.verticalScrollBar();
    for (int y = 0; y <= bar->maximum(); y += 120) {
        bar->setValue(y);
        view.setNow(run.duration() * static_cast<SimTime>(y) / std::max(1, bar->maximum()));
        const double cpu0 = threadCpuMs();
        t.restart();
        view.viewport()->render(&frame);
        frames.push_back(elapsedMs(t));
        cpu.push_back(threadCpuMs() - cpu0);
    }
    io.out << QCoreApplication::translate(
                  "Cli", "tcp-loss: %1 events recorded in %2 ms; %3 messages in %4 conversations "
                         "found in %5 ms.")
                  .arg(run.events().size())
                  .arg(recordMs, 0, 'f', 0)
                  .arg(conversations.messages().size())
                  .arg(conversations.list().size())
                  .arg(findMs, 0, 'f', 1)
           << '\n';
    io.out << QCoreApplication::translate(
                  "Cli", "Export of %1 arrows (%2 x %3 px; laid out in %4 ms): SVG median %5 ms "
                         "(CPU %7 ms), PDF median %6 ms (CPU %8 ms).")
                  .arg(thousand.arrows().size())
                  .arg(thousand.size().width())
                  .arg(thousand.size().height())
                  .arg(layoutMs, 0, 'f', 1)
                  .arg(percentile(svg, 0.5), 0, 'f', 0)
                  .arg(percentile(pdf, 0.5), 0, 'f', 0)
                  .arg(percentile(svgCpu, 0.5), 0, 'f', 0)
                  .arg(percentile(pdfCpu, 0.5), 0, 'f', 0)
           << '\n';
    io.out << QCoreApplication::translate(
                  "Cli",
                  "Scrolling all %1 arrows (%2 px tall; laid out in %3 ms): %4 frames of "
                  "%5 x %6, median %7 ms, p99 %8 ms, worst %9 ms (CPU time per frame: median "
                  "%10 ms, p99 %11 ms).")
                  .arg(diagram->arrows().size())
                  .arg(diagram->size().height())
                  .arg(fullLayoutMs, 0, 'f', 1)
                  .arg(frames.size())
                  .arg(frame.width())
                  .arg(frame.height())
                  .arg(percentile(frames, 0.5), 0, 'f', 2)
                  .arg(percentile(frames, 0.99), 0, 'f', 2)
                  .arg(percentile(frames, 1.0), 0, 'f', 2)
                  .arg(percentile(cpu, 0.5), 0, 'f', 2)
                  .arg(percentile(cpu, 0.99), 0, 'f', 2)
           << '\n';
    return kExitOk;
}

} // namespace ww::cli
