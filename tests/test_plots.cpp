// The TCP plots: each series equals the trace's events of the sending connection
// (cwnd/ssthresh, RTT, retransmissions, ACKs), and each plot exports headless to SVG,
// PNG and PDF with its axes named.
#include "inspector/view_export.h"
#include "models/conversations.h"
#include "plots/plot_picture.h"
#include "plots/plots_panel.h"
#include "plots/qcp.h"
#include "plots/tcp_series.h"
#include "recorded_lab.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ww;
using namespace ww::plots;

namespace {

bool isRef(const TcpConnectionRef& a, const TcpConnectionRef& b) {
    return a.device == b.device && a.connection == b.connection;
}

template <typename T>
std::vector<std::pair<SimTime, T>> eventsOf(const ui::RecordedRun& run, const TcpConnectionRef& c) {
    std::vector<std::pair<SimTime, T>> out;
    for (const Event& e : run.events())
        if (const auto* x = std::get_if<T>(&e.kind); x && isRef(x->conn, c))
            out.emplace_back(e.time, *x);
    return out;
}

// Every string of the SVG's text, concatenated.
QString svgText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text().toString() + QLatin1Char('\n');
    return xml.hasError() ? QStringLiteral("XML error: ") + xml.errorString() : text;
}

} // namespace

class TestPlots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void series_data();
    void series();
    void matchesTshark();
    void until();
    void pictures_data();
    void pictures();
    void unknownConnection();
    void sameIdsAsTheSequenceDiagram_data();
    void sameIdsAsTheSequenceDiagram();
    void refusedConnection();
    void panelFollowsTime();
};

void TestPlots::series_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("loss");       // a fast retransmit or timeout happens
    QTest::addColumn<bool>("zeroWindow"); // the receiver advertises a zero window
    QTest::addColumn<double>("maxMbps");  // the bottleneck link's rate
    QTest::addColumn<double>("size");     // bytes the scenario sends
    QTest::newRow("tcp-loss") << "tcp-loss"
                              << "tcp:10.0.1.10:49152-10.0.2.20:5001" << true << false << 10.0
                              << 1e6;
    QTest::newRow("tcp-fast-retransmit")
        << "tcp-fast-retransmit"
        << "tcp:10.0.1.10:49152-10.0.2.20:5001" << true << false << 0.0 << 30000.0;
    QTest::newRow("tcp-zero-window")
        << "tcp-zero-window"
        << "tcp:10.0.1.10:49152-10.0.2.20:9" << false << true << 0.0 << 12000.0;
    QTest::newRow("tcp-basics") << "tcp-basics"
                                << "tcp:10.0.1.10:49152-10.0.2.20:5001" << false << false << 0.0
                                << 5000.0;
}

void TestPlots::series() {
    QFETCH(QString, lab);
    QFETCH(QString, id);
    QFETCH(bool, loss);
    QFETCH(bool, zeroWindow);
    QFETCH(double, maxMbps);
    QFETCH(double, size);
    const ui::RecordedRun& run = test::recordBuiltin(lab);

    const auto connections = tcpConnections(run);
    QVERIFY(!connections.empty());
    QCOMPARE(connections.front().id, id);
    QVERIFY(connections.front().responder.has_value());
    const auto s = tcpSeries(run, QString());
    QVERIFY(s);
    QCOMPARE(s->connection.id, id);
    const TcpConnectionRef& me = s->connection.sender;
    QCOMPARE(run.deviceName(me.device), QStringLiteral("PC1")); // PC1 sends the data
    QVERIFY(s->connection.payloadFromInitiator > s->connection.payloadFromResponder);
    QCOMPARE(s->smss, 1460u);

    // cwnd and ssthresh: one point per TcpCongestion event, the same values.
    const auto cc = eventsOf<TcpCongestion>(run, me);
    QVERIFY(!cc.empty());
    QCOMPARE(s->cwnd.size(), cc.size());
    QCOMPARE(s->cwnd.front().time, cc.front().first);
    QCOMPARE(s->cwnd.front().cwnd, cc.front().second.cwnd);
    QCOMPARE(s->cwnd.back().time, cc.back().first);
    QCOMPARE(s->cwnd.back().cwnd, cc.back().second.cwnd);
    QCOMPARE(s->firstLoss.has_value(), loss);
    for (std::size_t i = 0; i < cc.size(); ++i) {
        const bool beforeLoss = !s->firstLoss || cc[i].first < *s->firstLoss;
        // ∞ (absent) exactly while the engine's ssthresh is still 0xffffffff: before the loss.
        QCOMPARE(s->cwnd[i].ssthresh.has_value(), !beforeLoss);
        QCOMPARE(cc[i].second.ssthresh == 0xffffffffu, beforeLoss);
        if (!beforeLoss)
            QCOMPARE(*s->cwnd[i].ssthresh, cc[i].second.ssthresh);
    }

    // RTT: one measured point per sample, RTO changes as unmeasured points.
    const auto rtt = eventsOf<TcpRttSample>(run, me);
    const auto rto = eventsOf<TcpRtoChanged>(run, me);
    QCOMPARE(s->rtt.size(), rtt.size() + rto.size());
    std::vector<RttPoint> measured;
    std::copy_if(s->rtt.begin(), s->rtt.end(), std::back_inserter(measured),
                 [](const RttPoint& p) { return p.measured; });
    QCOMPARE(measured.size(), rtt.size());
    QVERIFY(!measured.empty()); // the handshake gives the first sample
    QCOMPARE(measured.front().rtt, rtt.front().second.rtt);
    QCOMPARE(measured.back().srtt, rtt.back().second.srtt);
    QCOMPARE(measured.back().rto, rtt.back().second.rto);

    // Segments: SYN first at relative 0; a retransmission marked where TcpRetransmit says.
    QVERIFY(!s->segments.empty());
    QCOMPARE(s->segments.front().seq, 0u);
    QCOMPARE(s->segments.front().length, 1u);
    const auto rx = eventsOf<TcpRetransmit>(run, me);
    std::vector<SegmentMark> marked;
    std::copy_if(s->segments.begin(), s->segments.end(), std::back_inserter(marked),
                 [](const SegmentMark& m) { return m.retransmission; });
    QCOMPARE(marked.size(), rx.size());
    QCOMPARE(!rx.empty(), loss);
    const std::uint32_t isn = rx.empty() ? 0 : rx.front().second.sequence - marked.front().seq;
    for (std::size_t i = 0; i < rx.size(); ++i) {
        QCOMPARE(marked[i].seq, std::uint64_t{rx[i].second.sequence - isn});
        QCOMPARE(marked[i].reason, std::optional{rx[i].second.reason});
        QVERIFY(marked[i].time >= rx[i].first);
    }

    // ACKs: everything sent (SYN, data, FIN) is acknowledged by the end.
    QVERIFY(!s->acks.empty());
    std::uint64_t sentEnd = 0, acked = 0;
    for (const SegmentMark& m : s->segments)
        sentEnd = std::max(sentEnd, m.seq + m.length);
    for (const AckMark& a : s->acks)
        acked = std::max(acked, a.ack);
    QCOMPARE(acked, sentEnd);
    const bool sawZero =
        std::any_of(s->acks.begin(), s->acks.end(), [](const AckMark& a) { return a.window == 0; });
    QCOMPARE(sawZero, zeroWindow);

    // Throughput: each acknowledged byte counts in every sample whose window holds its
    // ACK, so the samples add up to the data (sum x step = bytes x 8), less what the last
    // window still held at the last ACK (the series ends there).
    QVERIFY(!s->throughput.empty());
    QCOMPARE(s->throughputWindow, kThroughputWindow);
    double peak = 0, bits = 0;
    for (const ThroughputPoint& t : s->throughput) {
        QVERIFY(t.bitsPerSecond >= 0);
        peak = std::max(peak, t.bitsPerSecond);
        bits += t.bitsPerSecond * timeToSeconds(kThroughputStep);
    }
    // Retransmitted bytes were sent twice but are acknowledged once.
    QVERIFY(double(s->connection.payloadFromInitiator) >= size);
    const auto at = [&](SimTime t) {
        double b = 0;
        for (const AckMark& a : s->acks)
            if (a.time <= t)
                b = std::max(b, double(std::min<std::uint64_t>(a.ack - 1, std::uint64_t(size))));
        return b;
    };
    const double heldAtEnd = at(s->acks.back().time) - at(s->acks.back().time - kThroughputWindow);
    QVERIFY2(bits / 8 <= size + 1 && bits / 8 >= size - heldAtEnd - 1,
             qPrintable(QStringLiteral("%1 of %2").arg(bits / 8).arg(size)));
    // Never above the bottleneck, except by one cumulative ACK's jump (after a loss the
    // ACK of the retransmission covers everything the receiver held out of order).
    std::uint64_t jump = 0, previous = 1;
    for (const AckMark& a : s->acks) {
        jump = std::max(jump, a.ack > previous ? a.ack - previous : 0);
        previous = std::max(previous, a.ack);
    }
    if (maxMbps > 0) {
        const double bound = maxMbps * 1e6 + double(jump) * 8 / timeToSeconds(kThroughputWindow);
        QVERIFY2(peak <= bound, qPrintable(QStringLiteral("%1 > %2").arg(peak).arg(bound)));
        QVERIFY2(peak > maxMbps * 1e6 * 0.5, qPrintable(QString::number(peak)));
    }
}

// tshark on PC1:eth0 of tcp-loss (wirewalk run --pcap --capture PC1:eth0): 686 segments
// from 10.0.1.10 with data, one of them flagged a (fast) retransmission, at relative
// seq 43801, 1460 bytes; the server's window is 65535 in all 688 of its segments.
void TestPlots::matchesTshark() {
    const auto s = tcpSeries(test::recordBuiltin(QStringLiteral("tcp-loss")), QString());
    QVERIFY(s);
    const auto data = std::count_if(s->segments.begin(), s->segments.end(),
                                    [](const SegmentMark& m) { return m.length > 1; });
    QCOMPARE(data, 686);
    const auto rx = std::find_if(s->segments.begin(), s->segments.end(),
                                 [](const SegmentMark& m) { return m.retransmission; });
    QVERIFY(rx != s->segments.end());
    QCOMPARE(rx->seq, std::uint64_t{43801});
    QCOMPARE(rx->length, 1460u);
    QCOMPARE(rx->reason, std::optional{RetransmitReason::FastRetransmit});
    for (const AckMark& a : s->acks)
        QCOMPARE(a.window, 65535u);
}

void TestPlots::until() {
    const ui::RecordedRun& run = test::recordBuiltin(QStringLiteral("tcp-loss"));
    const auto full = tcpSeries(run, QString());
    QVERIFY(full && full->firstLoss);
    const SimTime t = *full->firstLoss;
    const auto cut = tcpSeries(run, QString(), t);
    QVERIFY(cut);
    const auto n = static_cast<std::size_t>(std::count_if(
        full->cwnd.begin(), full->cwnd.end(), [t](const CwndPoint& p) { return p.time <= t; }));
    QCOMPARE(cut->cwnd.size(), n);
    QVERIFY(cut->cwnd.size() < full->cwnd.size());
    QCOMPARE(cut->cwnd.back().change, CongestionChange::FastRetransmit);
    QVERIFY(cut->segments.back().time <= t && cut->acks.back().time <= t);
}

void TestPlots::pictures_data() {
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("yLabel");
    QTest::newRow("cwnd") << "cwnd"
                          << "Window (bytes)";
    QTest::newRow("stevens") << "stevens"
                             << "Relative sequence number (bytes)";
    QTest::newRow("rtt") << "rtt"
                         << "Time (ms, logarithmic)";
    QTest::newRow("throughput") << "throughput"
                                << "Throughput (Mbit/s)";
    QTest::newRow("rwnd") << "rwnd"
                          << "Advertised window (bytes)";
}

void TestPlots::pictures() {
    QFETCH(QString, view);
    QFETCH(QString, yLabel);
    const auto kind = plotKindFromName(view);
    QVERIFY(kind);
    // WIREWALK_PLOT_LAB draws another TCP lab (to look at it); the checks hold for any.
    const ui::RecordedRun& run =
        test::recordBuiltin(qEnvironmentVariable("WIREWALK_PLOT_LAB", QStringLiteral("tcp-loss")));
    QString problem;
    const auto picture = exporting::plotPicture(*kind, run, {}, &problem);
    QVERIFY2(picture, qPrintable(problem));
    QVERIFY(picture->title.contains(QStringLiteral("tcp:10.0.1.10:49152-10.0.2.20:")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // WIREWALK_PLOT_DIR keeps the files there, to look at them.
    const QString keep = qEnvironmentVariable("WIREWALK_PLOT_DIR");
    if (!keep.isEmpty())
        dir.setAutoRemove(false);
    const auto filePath = [&](const char* ext) {
        return keep.isEmpty() ? dir.filePath(QStringLiteral("plot.") + QLatin1String(ext))
                              : QStringLiteral("%1/%2.%3").arg(keep, view, QLatin1String(ext));
    };

    const QString svg = filePath("svg");
    QString error;
    QVERIFY2(inspector::exportView(picture->size, picture->paint, inspector::ExportFormat::Svg, svg,
                                   picture->title, &error),
             qPrintable(error));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.count("<path") + bytes.count("<polyline") > 50); // vectors,
    QVERIFY(!bytes.contains("<image"));                            // not a bitmap

    const QString png = filePath("png");
    QVERIFY2(inspector::exportView(picture->size, picture->paint, inspector::ExportFormat::Png, png,
                                   picture->title, &error),
             qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), picture->size * 2);
    // Not blank: the data lines leave non-white, non-black pixels (colour).
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            const QColor c = image.pixelColor(x, y);
            coloured += std::abs(c.red() - c.blue()) > 60;
        }
    QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));

    const QString pdf = filePath("pdf");
    QVERIFY2(inspector::exportView(picture->size, picture->paint, inspector::ExportFormat::Pdf, pdf,
                                   picture->title, &error),
             qPrintable(error));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = p.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QVERIFY(pdfBytes.contains("/Type /Page"));

    // Checked last, so all three files exist to look at even when a label is missing.
    const QString text = svgText(svg);
    QVERIFY(text.contains(QStringLiteral("PC1 → Server")));
    QVERIFY2(text.contains(QCoreApplication::translate("Plots", "Time (s)")),
             qPrintable(text.left(300)));
    QVERIFY2(text.contains(QCoreApplication::translate("Plots", qPrintable(yLabel))),
             qPrintable(text.left(300)));
    if (*kind == PlotKind::Cwnd)
        QVERIFY(text.contains(QStringLiteral("∞")));
}

void TestPlots::unknownConnection() {
    const ui::RecordedRun& run = test::recordBuiltin(QStringLiteral("tcp-loss"));
    QString problem;
    exporting::ViewOptions options;
    options.conversation = QStringLiteral("tcp:10.0.1.10:1-10.0.2.20:5001");
    QVERIFY(!exporting::plotPicture(PlotKind::Cwnd, run, options, &problem));
    QVERIFY(problem.contains(options.conversation));
    // A lab without TCP.
    const ui::RecordedRun& ping = test::recordBuiltin(QStringLiteral("two-lans"));
    QVERIFY(!exporting::plotPicture(PlotKind::Cwnd, ping, {}, &problem));
    QVERIFY(!problem.isEmpty());
}

void TestPlots::sameIdsAsTheSequenceDiagram_data() {
    QTest::addColumn<QString>("lab");
    for (const char* lab : {"tcp-handshake", "tcp-basics", "tcp-loss", "napt", "http-get",
                            "tcp-simultaneous-open", "dns-tcp-fallback"})
        QTest::newRow(lab) << QString::fromLatin1(lab);
}

// The plot chooser and `--conversation` name connections as the sequence diagram does:
// the TCP conversations of ui::Conversations, same IDs, same order; a conversation's
// number works too, and a conversation that is not TCP is refused with a reason.
void TestPlots::sameIdsAsTheSequenceDiagram() {
    QFETCH(QString, lab);
    const ui::RecordedRun& run = test::recordBuiltin(lab);
    const ui::Conversations conversations = ui::Conversations::find(run);
    QStringList sequenceIds, plotIds;
    for (const ui::Conversation& c : conversations.list())
        if (c.kind == ui::ConversationKind::Tcp)
            sequenceIds << c.id;
    for (const TcpConnectionInfo& c : tcpConnections(run, conversations)) {
        plotIds << c.id;
        QVERIFY(c.initiator.device != kNoDevice);
    }
    QVERIFY(!sequenceIds.isEmpty());
    QCOMPARE(plotIds, sequenceIds);
    QCOMPARE(tcpConnection(run, conversations, QString())->id, conversations.preferred().id);

    for (std::size_t i = 0; i < conversations.list().size(); ++i) {
        const ui::Conversation& c = conversations.list()[i];
        QString problem;
        const auto byNumber = tcpConnection(run, conversations, QString::number(i + 1), &problem);
        if (c.kind == ui::ConversationKind::Tcp) {
            QVERIFY2(byNumber, qPrintable(problem));
            QCOMPARE(byNumber->id, c.id);
        } else {
            QVERIFY(!byNumber);
            QVERIFY2(problem.contains(QString::number(i + 1)) && problem.contains("TCP"),
                     qPrintable(problem));
        }
    }
}

// tcp-basics' second connection goes to a port with no listener: the SYN is answered
// with RST. No responder, no ACK marks (a RST's window is no advertisement), and the
// plots still draw (empty, with their axes).
void TestPlots::refusedConnection() {
    const ui::RecordedRun& run = test::recordBuiltin(QStringLiteral("tcp-basics"));
    const auto connections = tcpConnections(run);
    QCOMPARE(connections.size(), std::size_t{2});
    const TcpConnectionInfo& refused = connections[1];
    QVERIFY2(refused.id.startsWith(QStringLiteral("tcp:10.0.1.10:")) &&
                 refused.id.endsWith(QStringLiteral("-10.0.2.20:81")),
             qPrintable(refused.id));
    QVERIFY(!refused.responder);
    const auto s = tcpSeries(run, refused.id);
    QVERIFY(s);
    QVERIFY(s->acks.empty());
    QVERIFY(s->cwnd.empty());
    QCOMPARE(s->segments.size(), std::size_t{1}); // the SYN
    exporting::ViewOptions options;
    options.conversation = refused.id;
    QString problem;
    for (PlotKind k : kAllPlotKinds) {
        const auto picture = exporting::plotPicture(k, run, options, &problem);
        QVERIFY2(picture, qPrintable(problem));
        QVERIFY(picture->title.contains(refused.id));
    }
}

void TestPlots::panelFollowsTime() {
    const auto run =
        std::make_shared<ui::RecordedRun>(test::recordBuiltin(QStringLiteral("tcp-loss")));
    PlotsPanel panel;
    panel.resize(900, 600);
    panel.show();
    panel.setRun(run);
    QVERIFY(panel.connectionBox()->count() >= 1);
    QCOMPARE(panel.connectionBox()->currentData().toString(),
             QStringLiteral("tcp:10.0.1.10:49152-10.0.2.20:5001"));
    QVERIFY(panel.series());
    const SimTime loss = *panel.series()->firstLoss;
    QCustomPlot* plot = panel.plot();
    // Before the loss the legend tells of none (playback must not give away what comes).
    panel.setTime(loss - kMillisecond);
    QVERIFY2(plot->graph(1)->name().contains(QStringLiteral("no loss so far")),
             qPrintable(plot->graph(1)->name()));
    panel.setTime(loss);
    QVERIFY2(plot->graph(1)->name().contains(QStringLiteral("until the first loss")),
             qPrintable(plot->graph(1)->name()));
    QCOMPARE(plot->itemCount(), 1); // the playback moment
    auto* line = qobject_cast<QCPItemStraightLine*>(plot->item(0));
    QVERIFY(line);
    QCOMPARE(line->point1->key(), timeToSeconds(loss));
    // cwnd: the points up to the moment, held to it.
    QVERIFY(plot->graphCount() >= 2);
    const auto* cwnd = plot->graph(0);
    QCOMPARE(cwnd->data()->at(cwnd->data()->size() - 1)->key, timeToSeconds(loss));
    QCOMPARE(plot->interactions() & (QCP::iRangeDrag | QCP::iRangeZoom),
             QCP::Interactions(QCP::iRangeDrag | QCP::iRangeZoom));
    QVERIFY(plot->legend->visible());
    QCOMPARE(plot->xAxis->label(), QStringLiteral("Time (s)"));
    const QString keep = qEnvironmentVariable("WIREWALK_PLOT_DIR");
    if (!keep.isEmpty()) {
        plot->replot();
        panel.grab().save(keep + QStringLiteral("/panel.png"));
    }
    // Each kind draws something.
    for (int i = 0; i < panel.kindTabs()->count(); ++i) {
        panel.kindTabs()->setCurrentIndex(i);
        QVERIFY(plot->plottableCount() >= 1);
        QVERIFY(!plot->yAxis->label().isEmpty());
    }
}

// WIREWALK_PLOT_QM loads a translation first (to look at the plots in another language).
int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QTranslator translator;
    const QString qm = qEnvironmentVariable("WIREWALK_PLOT_QM");
    if (!qm.isEmpty() && translator.load(qm))
        QCoreApplication::installTranslator(&translator);
    TestPlots test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_plots.moc"
