#include "plots/plot_picture.h"

#include "models/recorded_run.h"
#include "plots/qcp.h"
#include "plots/tcp_plot.h"
#include "plots/tcp_series.h"

#include <QCoreApplication>
#include <QPicture>

namespace ww::exporting {

namespace {

// A 16:9 slide at 1280 x 720 logical pixels (PNG exports are twice that).
constexpr QSize kSlide(1280, 720);

} // namespace

std::optional<Picture> plotPicture(plots::PlotKind kind, const ui::RecordedRun& run,
                                   const ViewOptions& options, QString* problem) {
    const auto full = plots::tcpSeries(run, options.conversation, std::nullopt, problem);
    if (!full)
        return std::nullopt;
    const ww::TcpConnectionRef& sender = full->connection.sender;
    const QString from = run.deviceName(sender.device);
    const ww::TcpConnectionRef& other =
        full->connection.responder && sender.device == full->connection.initiator.device
            ? *full->connection.responder
            : full->connection.initiator;
    const QString to = other.device == sender.device
                           ? QString::fromStdString(sender.remoteAddress.toString())
                           : run.deviceName(other.device);

    // QCustomPlot paints through its own QPainter subclass, so the plot is recorded once
    // into a QPicture (vectors and text runs) and replayed into whatever painter the
    // export brings: SVG and PDF stay vector, text stays text.
    QCustomPlot plot;
    plot.resize(kSlide);
    plots::preparePlot(plot, plots::PlotLook{options.printTheme, true});
    plots::drawTcpPlot(plot, kind, *full, from, to, options.until, options.until, true);
    QPicture recording;
    {
        QCPPainter painter(&recording);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot.toPainter(&painter, kSlide.width(), kSlide.height());
    }
    Picture picture;
    picture.title = QStringLiteral("%1: %2 → %3 (%4)")
                        .arg(plots::plotKindTitle(kind), from, to, full->connection.id);
    picture.size = kSlide;
    picture.paint = [recording](QPainter& painter) { painter.drawPicture(0, 0, recording); };
    return picture;
}

} // namespace ww::exporting
