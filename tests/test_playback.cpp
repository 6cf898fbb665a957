// Playback: the recording, the clock, the event list, live tables and the canvas overlay.
#include "canvas/pdu_token.h"
#include "canvas/playback_overlay.h"
#include "lab/lab_json.h"
#include "models/device_table_models.h"
#include "models/event_list_model.h"
#include "models/live_tables.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"
#include "playback_test_scene.h"
#include "views/device_tables_widget.h"
#include "views/event_list_view.h"
#include "widgets/playback_toolbar.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace ww;
using namespace ww::ui;

namespace {

lab::Lab loadBuiltin(const char* name) {
    auto loaded = lab::loadLab(QStringLiteral("builtin:") + QLatin1String(name));
    if (!loaded.lab)
        qFatal("cannot load builtin lab %s", name);
    return *loaded.lab;
}

// Same kind, time, and same bytes for frames: enough to tell two traces apart.
bool sameEvent(const Event& a, const Event& b) {
    if (a.time != b.time || a.seq != b.seq || a.kind.index() != b.kind.index())
        return false;
    const auto* fa = std::get_if<FrameTxStart>(&a.kind);
    const auto* fb = std::get_if<FrameTxStart>(&b.kind);
    if (fa && fb)
        return fa->frameId == fb->frameId && fa->link == fb->link && fa->from == fb->from &&
               *fa->frame.bytes == *fb->frame.bytes && fa->arrival == fb->arrival;
    return true;
}

std::shared_ptr<const RecordedRun> twoLans() {
    static auto run =
        std::make_shared<const RecordedRun>(RecordedRun::record(loadBuiltin("two-lans"), 1));
    return run;
}

int firstOf(const RecordedRun& run, auto pred) {
    for (std::size_t i = 0; i < run.events().size(); ++i)
        if (pred(run.events()[i]))
            return static_cast<int>(i);
    return -1;
}

} // namespace

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
    void tablesWidgetFollowsClock();
    void overlayShowsFramesInFlight();
    void clickingATokenRequestsADrop();
    void eventListFollowsClock();
    void playingAdvancesTime();
    void everyBuiltinLabRecordsAndReads();
    void renderForReview();
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
             QStringLiteral("500.000000"));
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

void TestPlayback::tablesWidgetFollowsClock() {
    PlaybackClock clock;
    clock.setRun(twoLans());
    DeviceTablesWidget widget(&clock);
    widget.setDevice(3);                      // R1
    QCOMPARE(widget.model(2)->rowCount(), 2); // two connected routes
    QCOMPARE(widget.model(2)->index(1, 0).data().toString(), QStringLiteral("10.0.2.0/24"));
    QCOMPARE(widget.model(2)->index(1, 2).data().toString(), QStringLiteral("eth1"));
    QCOMPARE(widget.model(1)->rowCount(), 0);
    clock.seek(secondsToTime(1.0));
    QCOMPARE(widget.model(1)->rowCount(), 2); // PC1 and PC3
    const int at = clock.currentEvent();
    QStringList before;
    for (int r = 0; r < widget.model(1)->rowCount(); ++r)
        before << widget.model(1)->index(r, 0).data().toString();
    clock.stepBack();
    clock.stepForward();
    QCOMPARE(clock.currentEvent(), at);
    QStringList after;
    for (int r = 0; r < widget.model(1)->rowCount(); ++r)
        after << widget.model(1)->index(r, 0).data().toString();
    QCOMPARE(after, before);
    clock.restart();
    QCOMPARE(widget.model(1)->rowCount(), 0);
    QVERIFY(!widget.tabs()->isTabVisible(0)); // a router has no MAC table
}

namespace {

struct OverlayRig {
    explicit OverlayRig(const lab::Lab& lab)
        : scene(lab)
        , overlay(
              &scene, &clock, [this](int i) { return scene.linkLine(i); },
              [this](const QString& n) { return scene.devicePosition(n); }) {}
    PlaybackClock clock;
    test::PlaybackTestScene scene;
    PlaybackOverlay overlay;
};

QStringList tokenLabels(const PlaybackOverlay& overlay) {
    QStringList labels;
    for (quint64 id : overlay.framesInFlight())
        labels << overlay.token(id)->label();
    labels.sort();
    return labels;
}

} // namespace

void TestPlayback::overlayShowsFramesInFlight() {
    OverlayRig rig(loadBuiltin("two-lans"));
    rig.clock.setRun(twoLans());
    QVERIFY(rig.overlay.framesInFlight().empty());
    // Half-way through the first ARP request's trip from PC1 to SW1.
    const int first = firstOf(
        *twoLans(), [](const Event& e) { return std::holds_alternative<FrameTxStart>(e.kind); });
    const auto& tx =
        std::get<FrameTxStart>(twoLans()->events()[static_cast<std::size_t>(first)].kind);
    const SimTime start = twoLans()->events()[static_cast<std::size_t>(first)].time;
    rig.clock.seek(start + (tx.arrival - start) / 2);
    QCOMPARE(tokenLabels(rig.overlay), QStringList{QStringLiteral("ARP ?")});
    const QPointF mid = rig.overlay.token(tx.frameId)->pos();
    QVERIFY(mid.x() > 80 && mid.x() < 260 && mid.y() > 120 && mid.y() < 240);

    // SW1 floods it: one token per link copy, to PC2 and to R1, and a callout.
    rig.clock.seek(tx.arrival + 5 * kMicrosecond);
    QCOMPARE(tokenLabels(rig.overlay),
             (QStringList{QStringLiteral("ARP ?"), QStringLiteral("ARP ?")}));
    QVERIFY(rig.overlay.calloutTexts().contains(QStringLiteral("flood")));

    // Step back and forward: the same tokens at the same places (stepping
    // lands on event times, so start on one).
    rig.clock.seekToEvent(rig.clock.currentEvent());
    const auto before = rig.overlay.framesInFlight();
    std::vector<QPointF> places;
    for (quint64 id : before)
        places.push_back(rig.overlay.token(id)->pos());
    const int at = rig.clock.currentEvent();
    rig.clock.stepBack();
    rig.clock.stepForward();
    QCOMPARE(rig.clock.currentEvent(), at);
    QCOMPARE(rig.overlay.framesInFlight(), before);
    for (std::size_t k = 0; k < before.size(); ++k)
        QCOMPARE(rig.overlay.token(before[k])->pos(), places[k]);

    // The router's decision on the first echo request.
    const int routed = firstOf(
        *twoLans(), [](const Event& e) { return std::holds_alternative<RouterDecision>(e.kind); });
    rig.clock.seekToEvent(routed);
    QVERIFY2(
        rig.overlay.calloutTexts().contains(QStringLiteral("10.0.2.0/24 via eth1, TTL 64\u219263")),
        qPrintable(rig.overlay.calloutTexts().join(QStringLiteral(" | "))));
}

void TestPlayback::clickingATokenRequestsADrop() {
    OverlayRig rig(loadBuiltin("two-lans"));
    rig.clock.setRun(twoLans());
    QGraphicsView view(&rig.scene);
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int first = firstOf(
        *twoLans(), [](const Event& e) { return std::holds_alternative<FrameTxStart>(e.kind); });
    const auto& tx =
        std::get<FrameTxStart>(twoLans()->events()[static_cast<std::size_t>(first)].kind);
    rig.clock.seekToEvent(first);
    const PduToken* token = rig.overlay.token(tx.frameId);
    QVERIFY(token);
    QSignalSpy spy(&rig.overlay, &PlaybackOverlay::dropRequested);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(token->scenePos()));
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.first().first().value<quint64>(), tx.frameId);

    // What the main window does with it: re-record with the loss, same time.
    rig.clock.setRun(std::make_shared<const RecordedRun>(rig.clock.run()->withLoss(tx.frameId)));
    rig.clock.seek(tx.arrival);
    QCOMPARE(rig.overlay.dropReasons(), QStringList{QStringLiteral("dropped by you")});
    QVERIFY(rig.overlay.framesInFlight().empty());
}

void TestPlayback::eventListFollowsClock() {
    PlaybackClock clock;
    clock.setRun(twoLans());
    EventListView view(&clock);
    clock.seekToEvent(firstOf(
        *twoLans(), [](const Event& e) { return std::holds_alternative<RouterDecision>(e.kind); }));
    const auto selected = view.table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QVERIFY(view.proxy()->mapToSource(selected.first()).row() == clock.currentEvent());
    // Picking a row moves the clock there.
    QSignalSpy spy(&view, &EventListView::eventActivated);
    const QModelIndex row = view.proxy()->index(3, 0);
    view.table()->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    QCOMPARE(clock.currentEvent(), view.proxy()->mapToSource(row).row());
    QCOMPARE(spy.count(), 1);
    view.setProtocolFilter(QStringLiteral("ICMP"));
    QVERIFY(view.proxy()->rowCount() > 0);
    for (int r = 0; r < view.proxy()->rowCount(); ++r)
        QCOMPARE(view.proxy()->index(r, EventListModel::ProtocolColumn).data().toString(),
                 QStringLiteral("ICMP"));
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

// The views together, rendered to a PNG for a human to look at:
// WIREWALK_PLAYBACK_PNG=/tmp/playback.png ./test_playback renderForReview
void TestPlayback::renderForReview() {
    const QString path = qEnvironmentVariable("WIREWALK_PLAYBACK_PNG");
    if (path.isEmpty())
        QSKIP("set WIREWALK_PLAYBACK_PNG to render the playback views");
    const QString labName =
        qEnvironmentVariable("WIREWALK_PLAYBACK_LAB", QStringLiteral("two-lans"));
    const lab::Lab lab = loadBuiltin(qPrintable(labName));
    OverlayRig rig(lab);
    rig.clock.setRun(std::make_shared<const RecordedRun>(RecordedRun::record(lab, 1)));
    QWidget window;
    window.resize(1280, 900);
    auto* layout = new QVBoxLayout(&window);
    auto* toolbar = new PlaybackToolbar(&rig.clock, &window);
    auto* view = new QGraphicsView(&rig.scene, &window);
    view->setRenderHint(QPainter::Antialiasing);
    auto* bottom = new QSplitter(&window);
    auto* list = new EventListView(&rig.clock, bottom);
    auto* tables = new DeviceTablesWidget(&rig.clock, bottom);
    bottom->addWidget(list);
    bottom->addWidget(tables);
    bottom->setSizes({850, 430});
    layout->addWidget(toolbar);
    layout->addWidget(view, 3);
    layout->addWidget(bottom, 2);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 at = static_cast<qint64>(qEnvironmentVariableIntValue("WIREWALK_PLAYBACK_AT_US"));
    rig.clock.seek(at > 0 ? at * kMicrosecond : secondsToTime(0.5) + 130 * kMicrosecond);
    tables->setDevice(
        static_cast<DeviceId>(qEnvironmentVariableIntValue("WIREWALK_PLAYBACK_DEVICE")));
    if (qEnvironmentVariableIsSet("WIREWALK_PLAYBACK_TAB"))
        tables->tabs()->setCurrentIndex(qEnvironmentVariableIntValue("WIREWALK_PLAYBACK_TAB"));
    QVERIFY(window.grab().save(path));
}

QTEST_MAIN(TestPlayback)
#include "test_playback.moc"
