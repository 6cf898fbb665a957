// Playback models: the recording, the clock, the event list and the live tables.
#include "models/device_table_models.h"
#include "models/event_list_model.h"
#include "models/live_tables.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"
#include "playback_fixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ww;
using namespace ww::ui;
using namespace ww::test;

class TestPlayback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordingIsDeterministic();
    void clickToDropChangesOnlyTheFuture();
    void stepBackThenForwardReturns();
    void firstFrameIsArpRequest();
    void filterByProtocolHidesOtherRows();
    void arpCacheHasGatewayAtFirstEcho();
    void switchLearnsBothMacsByFirstArpReply();
    void playingAdvancesTime();
    void dhcpLeaseShowsInRoutingTable();
    void everyBuiltinLabRecordsAndReads();
    void recordingStopsOnBudget_data();
    void recordingStopsOnBudget();
};

void TestPlayback::recordingIsDeterministic() {
    const lab::Lab lab = loadBuiltin("two-lans");
    const RecordedRun a = RecordedRun::record(lab, 1);
    const RecordedRun b = RecordedRun::record(lab, 1);
    QVERIFY(a.events().size() > 50);
    QCOMPARE(a.events().size(), b.events().size());
    for (std::size_t i = 0; i < a.events().size(); ++i)
        QVERIFY2(sameEvent(a.events()[i], b.events()[i]), qPrintable(QString::number(i)));
    QCOMPARE(a.devices().size(), lab.devices.size());
    QCOMPARE(a.devices()[3].name, QStringLiteral("R1"));
    QCOMPARE(a.devices()[3].interfaces[1].name, QStringLiteral("eth1"));
    QVERIFY(a.devices()[3].routes.size() >= 2);
}

void TestPlayback::clickToDropChangesOnlyTheFuture() {
    const auto run = twoLans();
    // The first echo request leaving PC1.
    const int i = firstOf(*run, [](const Event& e) {
        const auto* tx = std::get_if<FrameTxStart>(&e.kind);
        return tx && tx->from == 0 && tx->frame.size() > 64; // not the 64-byte ARP frame
    });
    QVERIFY(i > 0);
    const auto& tx = std::get<FrameTxStart>(run->events()[static_cast<std::size_t>(i)].kind);
    const SimTime sent = run->events()[static_cast<std::size_t>(i)].time;
    const RecordedRun dropped = run->withLoss(tx.frameId);
    QVERIFY(dropped.forcedLosses().count(tx.frameId));
    std::size_t before = 0;
    while (before < run->events().size() && run->events()[before].time < sent)
        ++before;
    QVERIFY(before > 10);
    QVERIFY(dropped.events().size() > before);
    for (std::size_t k = 0; k < before; ++k)
        QVERIFY2(sameEvent(run->events()[k], dropped.events()[k]), qPrintable(QString::number(k)));
    // ... and from then on it differs: the frame is lost where it used to arrive.
    const FrameFlight* f = dropped.flight(tx.frameId);
    QVERIFY(f);
    QVERIFY(f->lost);
    const auto& end = std::get<Drop>(dropped.events()[f->endEvent].kind);
    QCOMPARE(end.reason, DropReason::Injected);
    QVERIFY(!run->flight(tx.frameId)->lost);
}

void TestPlayback::stepBackThenForwardReturns() {
    PlaybackClock clock;
    clock.setRun(twoLans());
    QSignalSpy events(&clock, &PlaybackClock::currentEventChanged);
    clock.seek(secondsToTime(0.5) + 50 * kMicrosecond);
    const int at = clock.currentEvent();
    const SimTime t = clock.time();
    QVERIFY(at > 0);
    clock.stepForward();
    QCOMPARE(clock.currentEvent(), at + 1);
    clock.stepBack();
    clock.stepBack();
    QCOMPARE(clock.currentEvent(), at - 1);
    clock.stepForward();
    QCOMPARE(clock.currentEvent(), at);
    QCOMPARE(clock.time(), twoLans()->events()[static_cast<std::size_t>(at)].time);
    QVERIFY(clock.time() <= t);
    QVERIFY(events.count() >= 4);
    clock.restart();
    QCOMPARE(clock.currentEvent(), -1);
    clock.stepFrameForward();
    QVERIFY(std::holds_alternative<FrameTxStart>(
        twoLans()->events()[static_cast<std::size_t>(clock.currentEvent())].kind));
}

void TestPlayback::firstFrameIsArpRequest() {
    EventListModel model;
    model.setRun(twoLans());
    const int i = firstOf(
        *twoLans(), [](const Event& e) { return std::holds_alternative<FrameTxStart>(e.kind); });
    QVERIFY(i >= 0);
    QCOMPARE(model.index(i, EventListModel::SummaryColumn).data().toString(),
             QStringLiteral("ARP Who has 10.0.1.1? Tell 10.0.1.10"));
    QCOMPARE(model.index(i, EventListModel::ProtocolColumn).data().toString(),
             QStringLiteral("ARP"));
    QCOMPARE(model.index(i, EventListModel::DeviceColumn).data().toString(),
             QStringLiteral("PC1 \u2192 SW1"));
    QCOMPARE(model.index(i, EventListModel::TimeColumn).data().toString(),
             QStringLiteral("500.000")); // ms, to the microsecond
}

void TestPlayback::filterByProtocolHidesOtherRows() {
    EventListModel model;
    model.setRun(twoLans());
    EventFilterProxy proxy;
    proxy.setSourceModel(&model);
    const int all = proxy.rowCount();
    QVERIFY(all > 0 && all < model.rowCount()); // detail rows hidden by default
    proxy.setProtocol(QStringLiteral("ARP"));
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < all);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, EventListModel::ProtocolColumn).data().toString(),
                 QStringLiteral("ARP"));
    proxy.setProtocol({});
    proxy.setDevice(6); // Server: only PC2's broadcast? No: SW2 floods R1's ARP to it.
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < all);
    proxy.setShowDetails(true);
    proxy.setDevice(kNoDevice);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestPlayback::arpCacheHasGatewayAtFirstEcho() {
    const auto run = twoLans();
    const int echo = firstOf(*run, [](const Event& e) {
        const auto* tx = std::get_if<FrameTxStart>(&e.kind);
        return tx && tx->from == 0 && tx->frame.size() > 64;
    });
    QVERIFY(echo > 0);
    LiveTables tables(run, 16);
    const NetworkState& at = tables.stateAt(static_cast<std::size_t>(echo) + 1);
    const DeviceState& pc1 = at.devices[0];
    QCOMPARE(pc1.arpCache.size(), std::size_t{1});
    const auto& [key, entry] = *pc1.arpCache.begin();
    const SimTime since = entry.since; // stateAt() below replaces the state `entry` is in
    QCOMPARE(key.second, *parseIpv4("10.0.1.1"));
    QCOMPARE(entry.mac, run->devices()[3].interfaces[0].mac); // R1 eth0
    // Nothing before the ARP exchange.
    QVERIFY(tables.stateAt(2).devices[0].arpCache.empty());
    // Scrubbing back and forth gives the same state as a straight replay.
    NetworkState straight;
    straight.devices.resize(run->devices().size());
    for (std::size_t i = 0; i < static_cast<std::size_t>(echo) + 1; ++i)
        straight.apply(run->events()[i]);
    tables.stateAt(run->events().size());
    QVERIFY(tables.stateAt(static_cast<std::size_t>(echo) + 1).devices == straight.devices);
    // The ARP table shows the entry's age in milliseconds to the microsecond, as the event
    // list shows times (six decimals of a second were unreadable at a projector).
    ArpCacheModel model;
    const Event& at1 = run->events()[static_cast<std::size_t>(echo)];
    model.show(*run, tables.stateAt(static_cast<std::size_t>(echo) + 1), 0, at1.time + 1'500'000);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Age (ms)"));
    const SimTime age = at1.time + 1'500'000 - since;
    QCOMPARE(model.index(0, 3).data().toString(),
             QString::number(static_cast<double>(age) / 1e6, 'f', 3));
    QVERIFY(age >= 1'500'000); // at least 1.5 ms: the cell reads "1.5..", not "0.0015.."
    QVERIFY(model.index(0, 3).data().toDouble() >= 1.5);
}

void TestPlayback::switchLearnsBothMacsByFirstArpReply() {
    const auto run = twoLans();
    // The first ARP reply, R1 -> PC1: the copy SW1 forwards to PC1 (its second hop).
    EventListModel model;
    model.setRun(run);
    std::vector<int> replies;
    for (int r = 0; r < model.rowCount() && replies.size() < 2; ++r)
        if (model.index(r, EventListModel::SummaryColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("ARP 10.0.1.1 is at")))
            replies.push_back(r);
    QCOMPARE(replies.size(), std::size_t{2});
    QCOMPARE(model.index(replies[1], EventListModel::DeviceColumn).data().toString(),
             QStringLiteral("SW1 \u2192 PC1"));
    LiveTables tables(run);
    const auto& sw1 = tables.stateAt(static_cast<std::size_t>(replies[1]) + 1).devices[2].macTable;
    const MacAddress pc1 = run->devices()[0].interfaces[0].mac;
    const MacAddress r1 = run->devices()[3].interfaces[0].mac;
    QVERIFY(sw1.count(pc1));
    QVERIFY(sw1.count(r1));
    QCOMPARE(run->portName(2, sw1.at(pc1).port), QStringLiteral("p1"));
    QCOMPARE(run->portName(2, sw1.at(r1).port), QStringLiteral("p3"));
}

void TestPlayback::playingAdvancesTime() {
    PlaybackClock clock;
    clock.setRun(twoLans());
    clock.setSpeed(1.0);
    QSignalSpy state(&clock, &PlaybackClock::stateChanged);
    clock.play();
    QVERIFY(clock.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(clock.time() > 50 * kMillisecond, 2000);
    clock.pause();
    QCOMPARE(state.count(), 2);
    const SimTime t = clock.time();
    QTest::qWait(50);
    QCOMPARE(clock.time(), t);
    QCOMPARE(clock.appliedEvents(), twoLans()->eventsUpTo(t));
}

// Every built-in lab records, and every frame it sends reads as something.
void TestPlayback::everyBuiltinLabRecordsAndReads() {
    for (const auto& builtin : lab::builtinLabs()) {
        QElapsedTimer timer;
        timer.start();
        const auto run = std::make_shared<const RecordedRun>(
            RecordedRun::record(loadBuiltin(qPrintable(builtin.name)), 1));
        const auto recordMs = timer.elapsed();
        EventListModel model;
        model.setRun(run);
        qInfo("%s: %zu events, recorded in %lld ms, described in %lld ms", qPrintable(builtin.name),
              run->events().size(), static_cast<long long>(recordMs),
              static_cast<long long>(timer.elapsed() - recordMs));
        QVERIFY(!run->events().empty());
        for (const FrameFlight& f : run->flights()) {
            const QString text =
                model.index(static_cast<int>(f.startEvent), EventListModel::SummaryColumn)
                    .data()
                    .toString();
            QVERIFY2(!text.isEmpty() && !text.contains(QLatin1String("malformed")),
                     qPrintable(builtin.name + QLatin1String(": ") + text));
        }
        LiveTables tables(run);
        QCOMPARE(tables.stateAt(run->events().size()).applied, run->events().size());
    }
}

void TestPlayback::dhcpLeaseShowsInRoutingTable() {
    auto run = std::make_shared<const RecordedRun>(RecordedRun::record(loadBuiltin("dhcp"), 1));
    LiveTables tables(run);
    RoutingTableModel model;
    const DeviceId pc1 = 0;
    QCOMPARE(run->deviceName(pc1), QStringLiteral("PC1"));
    // Before the DHCPACK: no address, no route. After: its network and the default route.
    model.show(*run, tables.stateAt(1), pc1, 0);
    QCOMPARE(model.rowCount(), 0);
    const std::size_t all = run->events().size();
    model.show(*run, tables.stateAt(all), pc1, run->duration());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("0.0.0.0/0"));
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("10.0.1.1"));
}

QTEST_MAIN(TestPlayback)
#include "test_playback.moc"

void TestPlayback::recordingStopsOnBudget_data() {
    QTest::addColumn<bool>("events"); // which budget is tight
    QTest::newRow("events") << true;
    QTest::newRow("memory") << false;
}

void TestPlayback::recordingStopsOnBudget() {
    QFETCH(bool, events);
    const lab::Lab lab = loadBuiltin("two-lans");
    const RecordedRun full = RecordedRun::record(lab, 1);
    QVERIFY(!full.budgetStop());
    QCOMPARE(full.duration(), secondsToTime(lab.duration));

    RunBudget budget;
    if (events)
        budget.maxEvents = 100;
    else
        budget.maxBytes = 20'000; // a few hundred recorded events
    const RecordedRun run = RecordedRun::record(lab, 1, {}, budget);
    QVERIFY(run.budgetStop());
    QCOMPARE(run.budgetStop()->kind, events ? BudgetKind::Events : BudgetKind::Memory);
    QCOMPARE(run.budgetStop()->limit, events ? budget.maxEvents : budget.maxBytes);
    QVERIFY(run.budgetStop()->reached > run.budgetStop()->limit);
    // The recording is the full run's beginning, and ends where the run stopped.
    QVERIFY(run.events().size() < full.events().size());
    QVERIFY(!run.events().empty());
    if (events)
        QVERIFY(run.events().size() <= 101);
    for (std::size_t i = 0; i < run.events().size(); ++i)
        QVERIFY(sameEvent(run.events()[i], full.events()[i]));
    QCOMPARE(run.duration(), run.budgetStop()->at);
    QCOMPARE(run.events().back().time, run.duration());
    // Click-to-drop keeps the budget.
    QVERIFY(run.withLoss(run.flights().front().frameId).budgetStop());
}
