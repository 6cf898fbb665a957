#include "plots/tcp_plot.h"

#include "plots/qcp.h"

#include <QCoreApplication>
#include <QPalette>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ww::plots {

namespace {

// The plots' strings, in the context "Plots" that plot_kind.cpp and plot_picture.cpp share.
struct Plots {
    Q_DECLARE_TR_FUNCTIONS(Plots)
};

// Colours that survive a projector and a greyscale print: dark, saturated, distinct.
const QColor kBlue(0x1c, 0x4e, 0xa8);
const QColor kOrange(0xd9, 0x48, 0x0f);
const QColor kRed(0xc9, 0x10, 0x10);
const QColor kGreen(0x1e, 0x7b, 0x34);
const QColor kGold(0xb0, 0x7a, 0x00);
const QColor kGrey(0x40, 0x40, 0x40);
const QColor kMoment(0x7b, 0x1f, 0xa2);

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const char* kY2Factor = "wwY2Factor"; // bytes per unit of the right axis; 0 = hidden
const char* kLarge = "wwLarge";

double seconds(SimTime t) {
    return timeToSeconds(t);
}

double ms(SimTime t) {
    return static_cast<double>(t) / kMillisecond;
}

// How many of `items` (in time order) happened at or before `until`.
template <typename T> qsizetype upTo(const std::vector<T>& items, std::optional<SimTime> until) {
    if (!until)
        return static_cast<qsizetype>(items.size());
    const auto it = std::upper_bound(items.begin(), items.end(), *until,
                                     [](SimTime t, const T& p) { return t < p.time; });
    return static_cast<qsizetype>(it - items.begin());
}

struct Pens {
    double line;  // data lines
    double thin;  // segments, grid
    double point; // scatter size
};

Pens pens(const QCustomPlot& plot) {
    return plot.property(kLarge).toBool() ? Pens{2.6, 1.6, 11} : Pens{1.8, 1.2, 8};
}

QCPGraph* addLine(QCustomPlot& plot, const QString& name, const QColor& color, double width,
                  QCPGraph::LineStyle style = QCPGraph::lsLine, Qt::PenStyle dash = Qt::SolidLine) {
    QCPGraph* g = plot.addGraph(plot.xAxis, plot.yAxis);
    g->setName(name);
    QPen pen(color, width, dash);
    pen.setCapStyle(Qt::FlatCap);
    g->setPen(pen);
    g->setLineStyle(style);
    return g;
}

QCPGraph* addPoints(QCustomPlot& plot, const QString& name, const QColor& color, double size,
                    QCPScatterStyle::ScatterShape shape, bool filled) {
    QCPGraph* g = plot.addGraph(plot.xAxis, plot.yAxis);
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setPen(QPen(color, 2));
    g->setScatterStyle(
        QCPScatterStyle(shape, QPen(color, 2), filled ? QBrush(color) : QBrush(Qt::NoBrush), size));
    return g;
}

// Step lines hold their last value up to `end`.
void holdTo(QVector<double>& x, QVector<double>& y, double end) {
    if (!x.isEmpty() && end > x.back()) {
        x.push_back(end);
        y.push_back(y.back());
    }
}

void setAxes(QCustomPlot& plot, const QString& yLabel, bool logY) {
    plot.xAxis->setLabel(Plots::tr("Time (s)"));
    plot.yAxis->setLabel(yLabel);
    if (logY) {
        // 1-2-5 steps: a log ticker labels only the powers of ten, too few to read 20 or 50 ms.
        plot.yAxis->setScaleType(QCPAxis::stLogarithmic);
        QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
        for (double decade = 0.1; decade < 1e6; decade *= 10)
            for (double step : {1.0, 2.0, 5.0})
                ticks->addTick(decade * step, plot.locale().toString(decade * step, 'g', 6));
        ticks->setSubTickCount(0);
        plot.yAxis->setTicker(ticks);
    } else {
        plot.yAxis->setScaleType(QCPAxis::stLinear);
        plot.yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    plot.yAxis->setNumberFormat(QStringLiteral("gb"));
    plot.yAxis->setNumberPrecision(6);
    plot.setProperty(kY2Factor, 0.0);
    plot.yAxis2->setVisible(false);
}

void fillCwnd(QCustomPlot& plot, const TcpSeries& s, std::optional<SimTime> until, double end) {
    const Pens p = pens(plot);
    setAxes(plot, Plots::tr("Window (bytes)"), false);
    plot.yAxis->setNumberFormat(QStringLiteral("f"));
    plot.yAxis->setNumberPrecision(0);
    if (s.smss > 0) {
        plot.setProperty(kY2Factor, double(s.smss));
        plot.yAxis2->setVisible(true);
        plot.yAxis2->setLabel(Plots::tr("Segments (SMSS = %1 bytes)").arg(s.smss));
    }
    const qsizetype n = upTo(s.cwnd, until);
    QVector<double> x, cwnd, ssthresh, frX, frY, toX, toY;
    for (qsizetype i = 0; i < n; ++i) {
        const CwndPoint& c = s.cwnd[static_cast<std::size_t>(i)];
        x.push_back(seconds(c.time));
        cwnd.push_back(c.cwnd);
        // ssthresh is "arbitrarily high" until the first loss: no line, a legend note instead.
        ssthresh.push_back(c.ssthresh ? double(*c.ssthresh) : kNaN);
        if (c.change == CongestionChange::FastRetransmit) {
            frX.push_back(seconds(c.time));
            frY.push_back(c.cwnd);
        } else if (c.change == CongestionChange::Timeout) {
            toX.push_back(seconds(c.time));
            toY.push_back(c.cwnd);
        }
    }
    QVector<double> sx = x;
    holdTo(x, cwnd, end);
    holdTo(sx, ssthresh, end);
    addLine(plot, Plots::tr("cwnd"), kBlue, p.line, QCPGraph::lsStepLeft)->setData(x, cwnd, true);
    // Up to the moment drawn: during playback the legend must not tell of a loss to come.
    const bool lost = s.firstLoss && (!until || *s.firstLoss <= *until);
    const QString ssName = lost ? Plots::tr("ssthresh (∞ until the first loss, %1 s)")
                                      .arg(QLocale().toString(seconds(*s.firstLoss), 'f', 3))
                                : Plots::tr("ssthresh = ∞ (no loss so far)");
    addLine(plot, ssName, kOrange, p.line, QCPGraph::lsStepLeft, Qt::DashLine)
        ->setData(sx, ssthresh, true);
    if (!frX.isEmpty())
        addPoints(plot, Plots::tr("fast retransmit"), kRed, p.point + 4,
                  QCPScatterStyle::ssTriangleInverted, true)
            ->setData(frX, frY, true);
    if (!toX.isEmpty())
        addPoints(plot, Plots::tr("retransmission timeout"), kRed, p.point + 4,
                  QCPScatterStyle::ssCross, false)
            ->setData(toX, toY, true);
}

// tcptrace's picture: each segment a vertical bar from its first to past its last
// sequence number at the moment it was sent; the ACK and ACK + window as steps.
void fillStevens(QCustomPlot& plot, const TcpSeries& s, std::optional<SimTime> until, double end) {
    const Pens p = pens(plot);
    setAxes(plot, Plots::tr("Relative sequence number (bytes)"), false);
    plot.yAxis->setNumberFormat(QStringLiteral("f"));
    plot.yAxis->setNumberPrecision(0);
    QVector<double> x, y, len, rx, ry, rlen, rmx, rmy;
    for (qsizetype i = 0, n = upTo(s.segments, until); i < n; ++i) {
        const SegmentMark& m = s.segments[static_cast<std::size_t>(i)];
        (m.retransmission ? rx : x).push_back(seconds(m.time));
        (m.retransmission ? ry : y).push_back(double(m.seq));
        (m.retransmission ? rlen : len).push_back(double(m.length));
        if (m.retransmission) {
            rmx.push_back(seconds(m.time));
            rmy.push_back(double(m.seq) + m.length / 2.0);
        }
    }
    QVector<double> ax, ack, wnd;
    for (qsizetype i = 0, n = upTo(s.acks, until); i < n; ++i) {
        const AckMark& a = s.acks[static_cast<std::size_t>(i)];
        ax.push_back(seconds(a.time));
        ack.push_back(double(a.ack));
        wnd.push_back(double(a.ack) + a.window);
    }
    QVector<double> wx = ax;
    holdTo(ax, ack, end);
    holdTo(wx, wnd, end);
    addLine(plot, Plots::tr("receive window (ACK + window)"), kGold, p.line, QCPGraph::lsStepLeft)
        ->setData(wx, wnd, true);
    addLine(plot, Plots::tr("ACK"), kGreen, p.line, QCPGraph::lsStepLeft)->setData(ax, ack, true);
    const auto bars = [&](const QString& name, const QColor& color, double width,
                          const QVector<double>& kx, const QVector<double>& ky,
                          const QVector<double>& kl) {
        QCPGraph* g = addLine(plot, name, color, width, QCPGraph::lsNone);
        g->setData(kx, ky, true);
        g->removeFromLegend();
        auto* e = new QCPErrorBars(plot.xAxis, plot.yAxis);
        e->setName(name);
        e->setDataPlottable(g);
        e->setErrorType(QCPErrorBars::etValueError);
        e->setData(QVector<double>(kl.size(), 0.0), kl);
        // tcptrace's end ticks, narrow: hundreds of segments side by side stay a thin band.
        e->setWhiskerWidth(p.point * 0.3);
        e->setPen(QPen(color, width));
        e->removeFromLegend();
        // The legend's icon: a graph without data drawing a vertical bar (QCPScatterStyle
        // scales a custom path and its pen by size / 6).
        const double size = p.point * 1.4;
        QPainterPath tick;
        tick.moveTo(0, -3);
        tick.lineTo(0, 3);
        QCPGraph* icon = addLine(plot, name, color, width, QCPGraph::lsNone);
        icon->setScatterStyle(
            QCPScatterStyle(tick, QPen(color, width * 1.5 * 6 / size), Qt::NoBrush, size));
    };
    bars(Plots::tr("segment sent"), kGrey, p.thin, x, y, len);
    if (!rx.isEmpty()) {
        bars(Plots::tr("retransmission"), kRed, p.line, rx, ry, rlen);
        // Circled, so one retransmitted segment among hundreds is found at a glance.
        QCPGraph* ring = addPoints(plot, Plots::tr("retransmission"), kRed, p.point * 2.2,
                                   QCPScatterStyle::ssCircle, false);
        ring->setData(rmx, rmy, true);
        ring->removeFromLegend();
    }
}

void fillRtt(QCustomPlot& plot, const TcpSeries& s, std::optional<SimTime> until, double end) {
    const Pens p = pens(plot);
    setAxes(plot, Plots::tr("Time (ms, logarithmic)"), true);
    QVector<double> sx, sample, vx, srtt, ox, rto;
    for (qsizetype i = 0, n = upTo(s.rtt, until); i < n; ++i) {
        const RttPoint& r = s.rtt[static_cast<std::size_t>(i)];
        if (r.measured) {
            sx.push_back(seconds(r.time));
            sample.push_back(ms(r.rtt));
        }
        if (r.srtt > 0) {
            vx.push_back(seconds(r.time));
            srtt.push_back(ms(r.srtt));
        }
        ox.push_back(seconds(r.time));
        rto.push_back(ms(r.rto));
    }
    holdTo(ox, rto, end);
    holdTo(vx, srtt, end);
    addLine(plot, Plots::tr("RTO (retransmission timeout)"), kRed, p.line, QCPGraph::lsStepLeft)
        ->setData(ox, rto, true);
    addLine(plot, Plots::tr("SRTT (smoothed)"), kBlue, p.line, QCPGraph::lsStepLeft)
        ->setData(vx, srtt, true);
    addPoints(plot, Plots::tr("RTT sample"), kGreen, p.point, QCPScatterStyle::ssDisc, true)
        ->setData(sx, sample, true);
}

void fillThroughput(QCustomPlot& plot, const TcpSeries& s, std::optional<SimTime> until) {
    const Pens p = pens(plot);
    setAxes(plot, Plots::tr("Throughput (Mbit/s)"), false);
    QVector<double> x, y;
    for (qsizetype i = 0, n = upTo(s.throughput, until); i < n; ++i) {
        const ThroughputPoint& t = s.throughput[static_cast<std::size_t>(i)];
        x.push_back(seconds(t.time));
        y.push_back(t.bitsPerSecond / 1e6);
    }
    const QString window = QLocale().toString(ms(s.throughputWindow), 'f', 0);
    addLine(plot, Plots::tr("data acknowledged per second (sliding window of %1 ms)").arg(window),
            kBlue, p.line)
        ->setData(x, y, true);
}

void fillRwnd(QCustomPlot& plot, const TcpSeries& s, const QString& receiver,
              std::optional<SimTime> until, double end) {
    const Pens p = pens(plot);
    setAxes(plot, Plots::tr("Advertised window (bytes)"), false);
    plot.yAxis->setNumberFormat(QStringLiteral("f"));
    plot.yAxis->setNumberPrecision(0);
    QVector<double> x, y, zx, zy;
    for (qsizetype i = 0, n = upTo(s.acks, until); i < n; ++i) {
        const AckMark& a = s.acks[static_cast<std::size_t>(i)];
        x.push_back(seconds(a.time));
        y.push_back(a.window);
        if (a.window == 0) {
            zx.push_back(seconds(a.time));
            zy.push_back(0);
        }
    }
    holdTo(x, y, end);
    addLine(plot, Plots::tr("window advertised by %1").arg(receiver), kBlue, p.line,
            QCPGraph::lsStepLeft)
        ->setData(x, y, true);
    if (!zx.isEmpty())
        addPoints(plot, Plots::tr("zero window"), kRed, p.point + 2, QCPScatterStyle::ssSquare,
                  true)
            ->setData(zx, zy, true);
}

void fill(QCustomPlot& plot, PlotKind kind, const TcpSeries& s, const QString& to,
          std::optional<SimTime> until) {
    plot.clearPlottables();
    const double end = seconds(until ? std::min(*until, s.end) : s.end);
    switch (kind) {
    case PlotKind::Cwnd:
        fillCwnd(plot, s, until, end);
        break;
    case PlotKind::Stevens:
        fillStevens(plot, s, until, end);
        break;
    case PlotKind::Rtt:
        fillRtt(plot, s, until, end);
        break;
    case PlotKind::Throughput:
        fillThroughput(plot, s, until);
        break;
    case PlotKind::Rwnd:
        fillRwnd(plot, s, to, until, end);
        break;
    }
}

void fitRangesToData(QCustomPlot& plot, PlotKind kind, const TcpSeries& s) {
    plot.rescaleAxes();
    const double from = seconds(s.start), to = seconds(s.end);
    const double pad = std::max((to - from) * 0.03, 0.001);
    plot.xAxis->setRange(from - pad, to + pad);
    QCPRange y = plot.yAxis->range();
    if (kind == PlotKind::Rtt) {
        plot.yAxis->setRange(std::max(y.lower / 1.6, 0.01), y.upper * 1.6);
        return;
    }
    // Counts, windows and rates start at zero; headroom above for the top of a bar.
    const double upper = y.upper > 0 ? y.upper * 1.08 : 1.0;
    plot.yAxis->setRange(0, upper);
}

// Korean (or any CJK) text mixed into a Latin font comes out in a fallback font with
// other metrics: the Hangul sits lower than the Latin beside it and legend rows lose their
// alignment. A CJK font first gives both scripts one baseline (Noto Sans CJK has Latin too).
QFont withScriptFont(QFont font, const QString& sample) {
    const bool cjk = std::any_of(sample.begin(), sample.end(), [](QChar c) {
        const QChar::Script s = c.script();
        return s == QChar::Script_Hangul || s == QChar::Script_Han || s == QChar::Script_Hiragana ||
               s == QChar::Script_Katakana;
    });
    if (cjk)
        font.setFamilies({QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans CJK JP"),
                          font.family()});
    return font;
}

} // namespace

void preparePlot(QCustomPlot& plot, const PlotLook& look) {
    plot.setProperty(kLarge, look.large);
    // The language is the translator's: judged by how the axis label came out.
    QFont base = withScriptFont(plot.font(), Plots::tr("Time (s)") + plotKindTitle(PlotKind::Cwnd));
    QFont ticks = base, labels = base, title = base, legend = base;
    if (look.large) {
        ticks.setPixelSize(18);
        labels.setPixelSize(20);
        title.setPixelSize(24);
        legend.setPixelSize(18);
    } else {
        labels.setPointSizeF(base.pointSizeF() * 1.05);
        title.setPointSizeF(base.pointSizeF() * 1.2);
    }
    title.setBold(true);
    const QPalette pal = plot.palette();
    const QColor ink = look.printTheme ? QColor(Qt::black) : pal.color(QPalette::WindowText);
    const QColor paper = look.printTheme ? QColor(Qt::white) : pal.color(QPalette::Base);
    const QColor grid = look.printTheme ? QColor(0xd0, 0xd0, 0xd0) : pal.color(QPalette::Mid);
    plot.setBackground(paper);
    // Bytes with digit groups (1,000,000), not QCustomPlot's 1·10⁶.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    plot.setLocale(locale);
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis, plot.xAxis2, plot.yAxis2}) {
        axis->setTickLabelFont(ticks);
        axis->setLabelFont(labels);
        axis->setTickLabelColor(ink);
        axis->setLabelColor(ink);
        axis->setBasePen(QPen(ink, look.large ? 1.5 : 1));
        axis->setTickPen(QPen(ink, look.large ? 1.5 : 1));
        axis->setSubTickPen(QPen(ink, 1));
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    plot.xAxis->grid()->setVisible(true);
    plot.yAxis->grid()->setVisible(true);

    plot.plotLayout()->insertRow(0);
    auto* heading = new QCPTextElement(&plot, QString(), title);
    heading->setTextColor(ink);
    plot.plotLayout()->addElement(0, 0, heading);

    plot.legend->setVisible(true);
    plot.legend->setFont(legend);
    plot.legend->setTextColor(ink);
    plot.legend->setBrush(paper);
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setIconSize(look.large ? QSize(40, 20) : QSize(28, 14));
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setWrap(4);
    plot.legend->setColumnSpacing(look.large ? 28 : 14);
    // Centred under the axes as one compact block: empty stretchy cells either side.
    plot.axisRect()->insetLayout()->take(plot.legend);
    auto* legendRow = new QCPLayoutGrid;
    plot.plotLayout()->addElement(2, 0, legendRow);
    legendRow->expandTo(1, 3);
    legendRow->addElement(0, 1, plot.legend);
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    legendRow->setMargins(QMargins(0, 0, 0, look.large ? 6 : 2));
    plot.plotLayout()->setRowStretchFactor(2, 0.001);
    plot.plotLayout()->setRowStretchFactor(0, 0.001);

    plot.setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot.axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    plot.axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);

    // The right axis shows the left one in segments (cwnd) when a factor is set.
    QObject::connect(plot.yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), &plot,
                     [&plot](const QCPRange& r) {
                         const double f = plot.property(kY2Factor).toDouble();
                         if (f > 0)
                             plot.yAxis2->setRange(r.lower / f, r.upper / f);
                     });
}

void drawTcpPlot(QCustomPlot& plot, PlotKind kind, const TcpSeries& series, const QString& from,
                 const QString& to, std::optional<SimTime> until, std::optional<SimTime> moment,
                 bool fitRanges) {
    if (auto* heading = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0)))
        heading->setText(QStringLiteral("%1: %2 → %3\n%4")
                             .arg(plotKindTitle(kind), from, to, series.connection.id));
    if (fitRanges) {
        fill(plot, kind, series, to, std::nullopt);
        fitRangesToData(plot, kind, series);
    }
    fill(plot, kind, series, to, until);
    plot.clearItems();
    if (moment) {
        auto* line = new QCPItemStraightLine(&plot);
        line->setPen(QPen(kMoment, pens(plot).line, Qt::DashLine));
        // y 1 and 2: valid on a logarithmic axis too.
        line->point1->setCoords(seconds(*moment), 1);
        line->point2->setCoords(seconds(*moment), 2);
    }
    const double f = plot.property(kY2Factor).toDouble();
    if (f > 0)
        plot.yAxis2->setRange(plot.yAxis->range().lower / f, plot.yAxis->range().upper / f);
}

} // namespace ww::plots
