// Playback views: the canvas overlay, the toolbar, the event list view and the
// device tables, on a stand-in scene built from the lab's positions.
#include "canvas/pdu_token.h"
#include "canvas/playback_overlay.h"
#include "models/device_table_models.h"
#include "models/event_list_model.h"
#include "models/playback_clock.h"
#include "playback_fixtures.h"
#include "playback_test_scene.h"
#include "views/device_tables_widget.h"
#include "views/event_list_view.h"
#include "widgets/playback_toolbar.h"

#include <QAction>
#include <QComboBox>
#include <QGraphicsView>
#include <QSignalSpy>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace ww;
using namespace ww::ui;
using namespace ww::test;

class TestPlaybackViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tablesWidgetFollowsClock();
    void overlayShowsFramesInFlight();
    void clickingATokenRequestsADrop();
    void overlaySurvivesSceneClear();
    void eventListFollowsClock();
    void toolbarDrivesClock();
    void renderForReview();
};

void TestPlaybackViews::tablesWidgetFollowsClock() {
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

void TestPlaybackViews::overlayShowsFramesInFlight() {
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
    QCOMPARE(tokenLabels(rig.overlay), QStringList{QStringLiteral("ARP req")});
    const QPointF mid = rig.overlay.token(tx.frameId)->pos();
    QVERIFY(mid.x() > 80 && mid.x() < 260 && mid.y() > 120 && mid.y() < 240);

    // SW1 floods it: one token per link copy, to PC2 and to R1, and a callout.
    rig.clock.seek(tx.arrival + 5 * kMicrosecond);
    QCOMPARE(tokenLabels(rig.overlay),
             (QStringList{QStringLiteral("ARP req"), QStringLiteral("ARP req")}));
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

void TestPlaybackViews::clickingATokenRequestsADrop() {
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

// The canvas may clear its scene (a new lab): the overlay draws again on the next move.
void TestPlaybackViews::overlaySurvivesSceneClear() {
    OverlayRig rig(loadBuiltin("two-lans"));
    rig.clock.setRun(twoLans());
    rig.clock.seek(secondsToTime(0.5) + 150 * kMicrosecond);
    const auto before = rig.overlay.framesInFlight();
    QVERIFY(!before.empty());
    rig.scene.clear();
    rig.clock.stepBack();
    rig.clock.stepForward();
    QCOMPARE(rig.overlay.framesInFlight(), before);
    QVERIFY(static_cast<std::size_t>(rig.scene.items().size()) > before.size()); // the layer too
}

void TestPlaybackViews::eventListFollowsClock() {
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

void TestPlaybackViews::toolbarDrivesClock() {
    PlaybackClock clock;
    clock.setRun(twoLans());
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* toolbar = new PlaybackToolbar(&clock, &window);
    layout->addWidget(toolbar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(toolbar->timeline()->maximum(), 8'000'000); // 8 s in microseconds
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(clock.currentEvent(), 0);
    QTest::keyClick(&window, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(std::holds_alternative<FrameTxStart>(
        twoLans()->events()[static_cast<std::size_t>(clock.currentEvent())].kind));
    QTest::keyClick(&window, Qt::Key_Left);
    QTest::keyClick(&window, Qt::Key_Right);
    QVERIFY(std::holds_alternative<FrameTxStart>(
        twoLans()->events()[static_cast<std::size_t>(clock.currentEvent())].kind));
    QCOMPARE(toolbar->timeline()->value(), 500'000);
    toolbar->timeline()->setValue(1'000'000); // the user drags the scrubber
    QCOMPARE(clock.time(), SimTime{kSecond});
    toolbar->speedCombo()->setCurrentIndex(toolbar->speedCombo()->findData(1.0));
    QCOMPARE(clock.speed(), 1.0);
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(clock.isPlaying());
    QVERIFY(toolbar->playAction()->isChecked());
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!clock.isPlaying());
    QTest::keyClick(&window, Qt::Key_Home);
    QCOMPARE(clock.currentEvent(), -1);
    QCOMPARE(toolbar->timeline()->value(), 0);
}

// The views together, rendered to a PNG for a human to look at:
// WIREWALK_PLAYBACK_PNG=/tmp/playback.png ./test_playback_views renderForReview
void TestPlaybackViews::renderForReview() {
    const QString path = qEnvironmentVariable("WIREWALK_PLAYBACK_PNG");
    if (path.isEmpty())
        QSKIP("set WIREWALK_PLAYBACK_PNG to render the playback views");
    const QString labName =
        qEnvironmentVariable("WIREWALK_PLAYBACK_LAB", QStringLiteral("two-lans"));
    const lab::Lab lab = loadBuiltin(qPrintable(labName));
    OverlayRig rig(lab);
    std::set<std::uint64_t> losses;
    if (const int lose = qEnvironmentVariableIntValue("WIREWALK_PLAYBACK_LOSE"); lose > 0)
        losses.insert(static_cast<std::uint64_t>(lose));
    rig.clock.setRun(std::make_shared<const RecordedRun>(RecordedRun::record(lab, 1, losses)));
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

QTEST_MAIN(TestPlaybackViews)
#include "test_playback_views.moc"
