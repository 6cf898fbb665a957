// Playback: the recording, the clock, the event list, live tables and the canvas overlay.
#include "lab/lab_json.h"
#include "models/event_list_model.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"

#include <QSignalSpy>
#include <QTest>

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
    static auto run = std::make_shared<const RecordedRun>(
        RecordedRun::record(loadBuiltin("two-lans"), 1));
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
    const int i = firstOf(*twoLans(), [](const Event& e) {
        return std::holds_alternative<FrameTxStart>(e.kind);
    });
    QVERIFY(i >= 0);
    QCOMPARE(model.index(i, EventListModel::SummaryColumn).data().toString(),
             QStringLiteral("ARP Who has 10.0.1.1? Tell 10.0.1.10"));
    QCOMPARE(model.index(i, EventListModel::ProtocolColumn).data().toString(), QStringLiteral("ARP"));
    QCOMPARE(model.index(i, EventListModel::DeviceColumn).data().toString(),
             QStringLiteral("PC1 \u2192 SW1"));
    QCOMPARE(model.index(i, EventListModel::TimeColumn).data().toString(), QStringLiteral("500.000000"));
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
        QCOMPARE(proxy.index(r, EventListModel::ProtocolColumn).data().toString(), QStringLiteral("ARP"));
    proxy.setProtocol({});
    proxy.setDevice(6); // Server: only PC2's broadcast? No: SW2 floods R1's ARP to it.
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < all);
    proxy.setShowDetails(true);
    proxy.setDevice(kNoDevice);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

QTEST_MAIN(TestPlayback)
#include "test_playback.moc"
