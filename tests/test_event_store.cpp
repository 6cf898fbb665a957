// Recording at scale: the recorded run holds the engine's events exactly (DNS events
// included, whose bulky parts are shared); the event list describes rows when shown and
// shows the same texts as describing every event in trace order; click-to-drop records
// in the background like any long recording, equals RecordedRun::record with that loss,
// and Cancel keeps the run that was shown.
#include "big_ping_lab.h"
#include "lab/lab_builder.h"
#include "models/background_recording.h"
#include "models/event_list_facts.h"
#include "models/event_list_model.h"
#include "models/playback_clock.h"
#include "models/sequence_numbering.h"
#include "playback_fixtures.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"

#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ww;
using namespace ww::ui;
using namespace ww::test;

namespace {
// The window shows a recording of `lab` (the one it showed before is replaced a moment after
// showLab(), or later when recorded in the background).
bool recorded(const PlaybackSetup* playback, const lab::Lab& lab) {
    const auto& run = playback->clock()->run();
    return run && run->lab().name == lab.name && run->lab().duration == lab.duration;
}
} // namespace

class TestEventStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recordedRunEqualsEngineStream_data();
    void recordedRunEqualsEngineStream();
    void lazyListShowsInOrderTexts_data();
    void lazyListShowsInOrderTexts();
    void tcpRowsKeepTheirRelativeNumbers();
    void listKeepsOnlyFactsPerRow();
    void flightIndexMatchesBruteForce_data();
    void flightIndexMatchesBruteForce();
    void eventsAreCompact();
    void dropRecordsInTheBackground();
    void cancelledDropKeepsTheShownRun();

private:
    QTemporaryDir config_;
};

void TestEventStore::initTestCase() {
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit());
}

void TestEventStore::recordedRunEqualsEngineStream_data() {
    QTest::addColumn<QString>("lab");
    for (const char* lab : {"dns", "dns-cname", "dns-forwarding", "dns-tcp-fallback", "tcp-loss",
                            "napt", "fragmentation", "dhcp", "traceroute"})
        QTest::newRow(lab) << lab;
}

void TestEventStore::recordedRunEqualsEngineStream() {
    QFETCH(QString, lab);
    const lab::Lab l = loadBuiltin(lab.toUtf8().constData());
    std::vector<std::string> engine;
    {
        auto net = lab::buildNetwork(l, 7);
        net->bus().subscribe([&engine](const Event& e) { engine.push_back(traceLine(e)); });
        QVERIFY(net->runUntil(secondsToTime(l.duration)));
    }
    const RecordedRun run = RecordedRun::record(l, 7);
    QCOMPARE(run.events().size(), engine.size());
    for (std::size_t i = 0; i < engine.size(); ++i)
        if (traceLine(run.events()[i]) != engine[i])
            QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
}

void TestEventStore::lazyListShowsInOrderTexts_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<bool>("relative");
    // "list": the list makes the facts; "worker": they came with the recording (as from a
    // worker thread); "toggled": the list was shown the other way, then switched.
    QTest::addColumn<QString>("made");
    for (const char* lab : {"tcp-loss", "tcp-fast-retransmit", "http-get", "napt", "dns",
                            "dns-tcp-fallback", "tcp-simultaneous-open", "two-lans"})
        for (bool relative : {true, false})
            for (const char* made : {"list", "worker", "toggled"})
                QTest::addRow("%s %s %s", lab, relative ? "relative" : "absolute", made)
                    << lab << relative << made;
}

void TestEventStore::lazyListShowsInOrderTexts() {
    QFETCH(QString, lab);
    QFETCH(bool, relative);
    QFETCH(QString, made);
    RecordedRun recorded = RecordedRun::record(loadBuiltin(lab.toUtf8().constData()), 1);
    if (made == QLatin1String("worker"))
        recorded.setListFacts(EventListFacts::of(recorded));
    auto run = std::make_shared<const RecordedRun>(std::move(recorded));
    SequenceNumbering::instance().setRelative(made == QLatin1String("toggled") ? !relative
                                                                               : relative);
    // What the list showed before it described lazily: every event, in trace order.
    std::vector<EventRow> inOrder;
    EventDescriber describer(*run);
    describer.setRelativeSequence(relative);
    for (const Event& e : run->events())
        inOrder.push_back(describer.describe(e));

    EventListModel model;
    model.setRun(run);
    SequenceNumbering::instance().setRelative(relative); // "toggled": described again
    QCOMPARE(model.rowCount(), static_cast<int>(inOrder.size()));
    if (run->listFacts()) // used as they came, not made again
        QCOMPARE(&model.protocols(), &run->listFacts()->protocols);
    // Backwards, so no row is described after the rows before it.
    for (int r = model.rowCount() - 1; r >= 0; --r) {
        const EventRow& want = inOrder[static_cast<std::size_t>(r)];
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(r, column).data(role);
        };
        const QString where = QStringLiteral("row %1").arg(r);
        QVERIFY2(cell(EventListModel::SummaryColumn).toString() == want.summary,
                 qPrintable(where + ": " + cell(EventListModel::SummaryColumn).toString() +
                            " != " + want.summary));
        QVERIFY2(cell(EventListModel::ProtocolColumn).toString() == want.protocol,
                 qPrintable(where));
        QVERIFY2(cell(0, EventListModel::DetailRole).toBool() == want.detail, qPrintable(where));
        QVERIFY2(cell(0, EventListModel::DeviceRole).toUInt() == want.device, qPrintable(where));
        QVERIFY2(cell(0, EventListModel::PeerRole).toUInt() == want.peer, qPrintable(where));
        QVERIFY2(cell(EventListModel::LayerColumn).toString() ==
                     (want.layer < 0 ? QString() : layerName(static_cast<Layer>(want.layer))),
                 qPrintable(where));
        QVERIFY2(model.row(r).summary == want.summary, qPrintable(where));
    }
    SequenceNumbering::instance().setRelative(true);
}

void TestEventStore::tcpRowsKeepTheirRelativeNumbers() {
    // The handshake's SYN-ACK, described on its own: relative numbers as in trace order
    // (Seq=0 Ack=1), the carried ones when asked for absolute numbers.
    auto run =
        std::make_shared<const RecordedRun>(RecordedRun::record(loadBuiltin("tcp-handshake"), 1));
    EventListModel model;
    model.setRun(run);
    auto synAck = [&] {
        for (int r = model.rowCount() - 1; r >= 0; --r)
            if (model.index(r, EventListModel::SummaryColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("[SYN, ACK]")))
                return r;
        return -1;
    };
    const int row = synAck();
    QVERIFY(row >= 0);
    QVERIFY2(model.row(row).summary.contains(QStringLiteral("Seq=0 Ack=1 ")),
             qPrintable(model.row(row).summary));
    SequenceNumbering::instance().setRelative(false); // the model describes again
    QVERIFY(!model.row(row).summary.contains(QStringLiteral("Seq=0 Ack=1 ")));
    const auto* tx = std::get_if<FrameTxStart>(&run->events()[static_cast<std::size_t>(row)].kind);
    QVERIFY(tx);
    SequenceNumbering::instance().setRelative(true);
    QVERIFY(model.row(row).summary.contains(QStringLiteral("Seq=0 Ack=1 ")));
}

void TestEventStore::listKeepsOnlyFactsPerRow() {
    // The filters work from the facts kept per row: a protocol filter shows the same rows
    // as filtering the in-order descriptions.
    auto run = twoLans();
    EventListModel model;
    model.setRun(run);
    EventFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setProtocol(QStringLiteral("ARP"));
    proxy.setShowDetails(true);
    EventDescriber describer(*run);
    int arp = 0;
    for (const Event& e : run->events())
        arp += describer.describe(e).protocol == QStringLiteral("ARP");
    QVERIFY(arp > 0);
    QCOMPARE(proxy.rowCount(), arp);
    QVERIFY(std::find(model.protocols().begin(), model.protocols().end(), QStringLiteral("ICMP")) !=
            model.protocols().end());
}

void TestEventStore::flightIndexMatchesBruteForce_data() {
    QTest::addColumn<QString>("lab");
    for (const char* lab : {"two-lans", "tcp-loss", "tcp-zero-window", "fragmentation"})
        QTest::newRow(lab) << lab;
}

void TestEventStore::flightIndexMatchesBruteForce() {
    // flight() and framesInFlight() answer from compact indexes: the same as counting.
    QFETCH(QString, lab);
    const RecordedRun run = RecordedRun::record(loadBuiltin(lab.toUtf8().constData()), 1);
    QVERIFY(!run.flights().empty());
    for (const FrameFlight& f : run.flights())
        QCOMPARE(run.flight(f.frameId), &f);
    QCOMPARE(run.flight(0), nullptr);
    QCOMPARE(run.flight(run.flights().back().frameId + 1000), nullptr);
    for (std::size_t k = 0; k <= run.events().size() + 1; ++k) {
        std::size_t flying = 0;
        for (const FrameFlight& f : run.flights())
            flying += k <= run.events().size() && f.startEvent < k && !(f.endEvent < k);
        if (run.framesInFlight(k) != flying)
            QFAIL(qPrintable(QStringLiteral("at %1: %2 in flight, counted %3")
                                 .arg(k)
                                 .arg(run.framesInFlight(k))
                                 .arg(flying)));
    }
}

void TestEventStore::eventsAreCompact() {
    // The DNS events' bulk is shared: the variant is sized by the common events.
    QVERIFY(sizeof(EventKind) <= 80);
    QVERIFY(sizeof(Event) <= 96);
    QVERIFY(sizeof(FrameFlight) <= 88); // 56 + the 32-byte PDU slice
    // Sharing keeps the values: a copy reads the same, an empty one allocates nothing.
    DnsLookupFinished f{1,
                        2,
                        "www.example.",
                        1,
                        DnsOutcome::Answer,
                        DnsPlace::Server,
                        std::vector<Ipv4Address>{Ipv4Address::fromOctets(10, 0, 2, 20)},
                        {},
                        5};
    const DnsLookupFinished copy = f;
    QCOMPARE(*copy.name, std::string("www.example."));
    QCOMPARE(copy.addresses.size(), std::size_t{1});
    QCOMPARE(&*copy.addresses, &*f.addresses); // shared, not copied
    QVERIFY(copy.canonical.empty());
}

void TestEventStore::dropRecordsInTheBackground() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PlaybackSetup* playback = window.playback();
    window.showLab(bigPingLab(400));
    QTRY_VERIFY_WITH_TIMEOUT(recorded(playback, bigPingLab(400)), 120000);
    const std::shared_ptr<const RecordedRun> before = playback->clock()->run();
    QVERIFY(before->events().size() > PlaybackSetup::kForegroundEvents);
    // A frame early in the run: what follows it is long enough for the worker.
    const FrameFlight& flight = before->flights()[before->flights().size() / 10];
    playback->dropFrame(flight.frameId);
    QVERIFY(playback->background()); // the rest goes on in a worker thread
    QVERIFY(playback->progressBar()->isVisible());
    QVERIFY(playback->cancelButton()->isVisible());
    QCOMPARE(playback->clock()->run(), before); // the shown run stays meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(playback->clock()->run() != before, 120000);
    QVERIFY(!playback->background());
    const auto after = playback->clock()->run();
    QCOMPARE(after->forcedLosses(), std::set<std::uint64_t>{flight.frameId});
    const RecordedRun expected =
        RecordedRun::record(before->lab(), before->seed(), {flight.frameId}, before->budget());
    QCOMPARE(after->events().size(), expected.events().size());
    QVERIFY(after->events().size() != before->events().size());
    for (std::size_t i = 0; i < expected.events().size(); ++i)
        if (!sameEvent(after->events()[i], expected.events()[i]))
            QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
    QCOMPARE(after->flights().size(), expected.flights().size());
    // The event list's pass over every event was made in the worker too.
    QVERIFY(after->listFacts());
    QCOMPARE(after->listFacts()->rows.size(), after->events().size());
}

void TestEventStore::cancelledDropKeepsTheShownRun() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PlaybackSetup* playback = window.playback();
    window.showLab(bigPingLab(400, 5));
    QTRY_VERIFY_WITH_TIMEOUT(recorded(playback, bigPingLab(400, 5)), 240000);
    const std::shared_ptr<const RecordedRun> before = playback->clock()->run();
    playback->dropFrame(before->flights()[5].frameId);
    QVERIFY(playback->background());
    QTest::mouseClick(playback->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!playback->background(), 30000);
    QCOMPARE(playback->clock()->run(), before);
    QVERIFY(before->forcedLosses().empty());
    QVERIFY(!playback->progressBar()->isVisible());
}

QTEST_MAIN(TestEventStore)
#include "test_event_store.moc"
