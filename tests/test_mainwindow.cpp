// The assembled window: playback follows edits (but not moves), click-to-drop
// re-simulates from the lost frame on, stepping is reversible, the playback keys
// work from the canvas, and presenter mode scales the canvas and gives the
// layout back when it ends.
#include "canvas/device_item.h"
#include "canvas/pdu_token.h"
#include "canvas/playback_overlay.h"
#include "canvas/presentation_style.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "commands/edit_link_command.h"
#include "commands/move_devices_command.h"
#include "document/lab_document.h"
#include "models/event_list_model.h"
#include "models/playback_clock.h"
#include "playback_fixtures.h"
#include "views/event_list_view.h"
#include "widgets/playback_toolbar.h"
#include "windows/lazy_dock.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"
#include "windows/presenter_mode.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <map>
#include <memory>

using namespace ww;
using namespace ww::ui;
using namespace ww::test;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithARecording();
    void editRestartsPlayback();
    void moveKeepsPlayback();
    void clickToDropChangesOnlyWhatFollows();
    void stepBackThenForwardReturns();
    void playbackKeysWorkFromTheCanvas();
    void presenterModeScalesAndRestores();
    void presenterModeAndSpeedAreRemembered();
    void budgetStopShowsADialog();

private:
    PlaybackClock* clock() const { return window_->playback()->clock(); }
    // A time at which frames are on the links, and the clock there.
    void seekToFramesInFlight();

    QTemporaryDir config_;
    std::unique_ptr<MainWindow> window_;
};

void TestMainWindow::initTestCase() {
    // A clean QSettings of our own: no saved layout, mode or speed from a real user.
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit());
}

void TestMainWindow::init() {
    window_ = std::make_unique<MainWindow>();
    window_->showLab(loadBuiltin("two-lans"));
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestMainWindow::cleanup() {
    window_.reset();
}

void TestMainWindow::seekToFramesInFlight() {
    const auto& run = *clock()->run();
    // The first ARP reply is on its link halfway through its flight.
    for (const FrameFlight& f : run.flights()) {
        if (f.startEvent > 5) {
            clock()->seek((f.start + f.arrival) / 2);
            break;
        }
    }
    QVERIFY(!window_->playback()->overlay()->framesInFlight().empty());
}

void TestMainWindow::opensWithARecording() {
    QVERIFY(clock()->run());
    QVERIFY(clock()->run()->events().size() > 20);
    QVERIFY(clock()->run()->lab() == window_->currentLab());
    QCOMPARE(clock()->time(), 0);
}

void TestMainWindow::editRestartsPlayback() {
    clock()->seek(secondsToTime(1.0));
    QVERIFY(clock()->time() > 0);
    const auto before = clock()->run();
    lab::Link link = window_->currentLab().links[0];
    link.delaySeconds *= 10;
    window_->document()->undoStack()->push(new EditLinkCommand(window_->document(), 0, link));
    QTRY_VERIFY(clock()->run() != before); // recorded again, once the edit's signals are in
    QCOMPARE(clock()->time(), 0);
    QVERIFY(!clock()->isPlaying());
    QCOMPARE(clock()->run()->lab().links[0].delaySeconds, link.delaySeconds);
    QCOMPARE(window_->statusBar()->currentMessage(),
             PlaybackSetup::tr("The lab changed: playback starts again from the beginning"));
}

void TestMainWindow::moveKeepsPlayback() {
    clock()->seek(secondsToTime(1.0));
    const SimTime at = clock()->time();
    const auto before = clock()->run();
    window_->document()->undoStack()->push(
        new MoveDevicesCommand(window_->document(), {{QStringLiteral("PC1"), QPointF(140, 90)}}));
    QCOMPARE(window_->scene()->devicePosition(QStringLiteral("PC1")), QPointF(140, 90));
    QTest::qWait(50); // any deferred re-record would have happened
    QCOMPARE(clock()->run(), before);
    QCOMPARE(clock()->time(), at);
    QVERIFY(window_->statusBar()->currentMessage() !=
            PlaybackSetup::tr("The lab changed: playback starts again from the beginning"));
}

void TestMainWindow::clickToDropChangesOnlyWhatFollows() {
    seekToFramesInFlight();
    const auto before = clock()->run();
    PlaybackOverlay* overlay = window_->playback()->overlay();
    const quint64 frameId = overlay->framesInFlight().front();
    const PduToken* token = overlay->token(frameId);
    QVERIFY(token);
    const FrameFlight* flight = before->flight(frameId);
    QVERIFY(flight && !flight->lost);

    // A real click on the token, through the view.
    TopologyView* view = window_->view();
    const QPoint at = view->mapFromScene(token->sceneBoundingRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(clock()->run() != before);

    const auto& after = *clock()->run();
    QVERIFY(after.flight(frameId) && after.flight(frameId)->lost);
    // Everything before the frame was sent is the same, byte for byte...
    std::size_t same = 0;
    while (same < before->events().size() && same < after.events().size() &&
           sameEvent(before->events()[same], after.events()[same]))
        ++same;
    QVERIFY(same < after.events().size());
    QVERIFY2(after.events()[same].time >= flight->start, "a change before the frame was sent");
    QVERIFY(same >= flight->startEvent);
    // ...and the clock stays where it was.
    QCOMPARE(clock()->time(), (flight->start + flight->arrival) / 2);
}

namespace {

struct PlaybackState {
    SimTime time;
    int event;
    int selectedRow;
    std::map<quint64, QPointF> tokens;
    bool operator==(const PlaybackState&) const = default;
};

PlaybackState stateOf(MainWindow& w) {
    PlaybackClock* clock = w.playback()->clock();
    PlaybackState s{clock->time(), clock->currentEvent(), -1, {}};
    const QModelIndexList rows =
        w.playback()->eventList()->table()->selectionModel()->selectedRows();
    if (rows.size() == 1)
        s.selectedRow = rows.front().row();
    PlaybackOverlay* overlay = w.playback()->overlay();
    for (quint64 id : overlay->framesInFlight())
        s.tokens[id] = overlay->token(id)->pos();
    return s;
}

} // namespace

void TestMainWindow::stepBackThenForwardReturns() {
    seekToFramesInFlight();
    clock()->stepBack(); // onto an event: a step back and forward returns exactly here
    const PlaybackState there = stateOf(*window_);
    QVERIFY(there.event > 0);
    QVERIFY(there.selectedRow >= 0);
    QVERIFY(!there.tokens.empty());
    clock()->stepBack();
    QVERIFY(!(stateOf(*window_) == there));
    clock()->stepForward();
    const PlaybackState back = stateOf(*window_);
    QCOMPARE(back.time, there.time);
    QCOMPARE(back.event, there.event);
    QCOMPARE(back.selectedRow, there.selectedRow);
    QVERIFY(back.tokens == there.tokens);
}

void TestMainWindow::playbackKeysWorkFromTheCanvas() {
    for (bool presenting : {false, true}) {
        window_->presenter()->setActive(presenting);
        TopologyView* view = window_->view();
        window_->activateWindow();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        clock()->restart();
        // Right and Left step through the rows the event list shows.
        const EventFilterProxy* rows = window_->playback()->eventList()->proxy();
        auto eventOfRow = [rows](int row) { return rows->mapToSource(rows->index(row, 0)).row(); };
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(clock()->currentEvent(), eventOfRow(0));
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(clock()->currentEvent(), eventOfRow(1));
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(clock()->currentEvent(), eventOfRow(0));
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(clock()->isPlaying());
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(!clock()->isPlaying());
    }
    window_->presenter()->setActive(false);
}

void TestMainWindow::presenterModeScalesAndRestores() {
    seekToFramesInFlight();
    PresenterMode* presenter = window_->presenter();
    auto* paletteDock = window_->findChild<QDockWidget*>(QStringLiteral("paletteDock"));
    auto* propertiesDock = window_->findChild<QDockWidget*>(QStringLiteral("propertiesDock"));
    QVERIFY(paletteDock && propertiesDock);
    QVERIFY(paletteDock->isVisible() && propertiesDock->isVisible());
    // Docks behind tabs are empty until first shown, and a dock once filled records its
    // content's minimum size in the layout. Presenter mode brings the sequence diagram to
    // the front in this lab (no DNS): filled first, so the layouts compare what presenter
    // mode itself changes.
    fillLazyDock(window_->findChild<QDockWidget*>(QStringLiteral("sequenceDock")));
    // A window wider than its minimum (the offscreen screen is 800 pixels: maximized there,
    // the minimum width would decide, differently before and after).
    window_->setWindowState(Qt::WindowNoState);
    window_->setGeometry(QRect(QPoint(0, 0), window_->minimumSizeHint().expandedTo({1280, 780})));
    QTRY_COMPARE(window_->width(), std::max(1280, window_->minimumSizeHint().width()));
    const QByteArray layout = window_->saveState();
    const DeviceItem* pc1 = window_->scene()->deviceItem(QStringLiteral("PC1"));
    const QRectF deviceBefore = pc1->sceneBoundingRect();
    PlaybackOverlay* overlay = window_->playback()->overlay();
    const quint64 frameId = overlay->framesInFlight().front();
    const QRectF tokenBefore = overlay->token(frameId)->sceneBoundingRect();
    const qreal factor = PresentationStyle::presenter().scale;
    QVERIFY(factor > 1.2);

    // F11, with the canvas focused.
    window_->view()->setFocus();
    QTest::keyClick(window_->view(), Qt::Key_F11);
    QVERIFY(presenter->isActive());
    QVERIFY(presenter->action()->isChecked());
    QTRY_VERIFY(window_->isFullScreen());
    QVERIFY(!paletteDock->isVisible());
    QVERIFY(!propertiesDock->isVisible());
    QCOMPARE(pc1->sceneBoundingRect().width(), deviceBefore.width() * factor);
    QCOMPARE(pc1->sceneBoundingRect().height(), deviceBefore.height() * factor);
    const PduToken* token = overlay->token(frameId);
    QVERIFY(token);
    QCOMPARE(token->sceneBoundingRect().width(), tokenBefore.width() * factor);
    QCOMPARE(window_->playback()->toolbar()->iconSize().width(), 40);

    // Esc leaves: everything as it was.
    QTest::keyClick(window_->view(), Qt::Key_Escape);
    QVERIFY(!presenter->isActive());
    QVERIFY(!presenter->action()->isChecked());
    QTRY_VERIFY(!window_->isFullScreen());
    QVERIFY(paletteDock->isVisible());
    QVERIFY(propertiesDock->isVisible());
    QTRY_COMPARE(window_->saveState(), layout);
    QCOMPARE(pc1->sceneBoundingRect(), deviceBefore);
    QCOMPARE(overlay->token(frameId)->sceneBoundingRect(), tokenBefore);
}

void TestMainWindow::presenterModeAndSpeedAreRemembered() {
    window_->playback()->toolbar()->speedCombo()->setCurrentIndex(1); // 1/10000x
    const double speed = clock()->speed();
    window_->presenter()->setActive(true);
    const QByteArray normal = window_->presenter()->normalState();
    window_->close();
    window_ = std::make_unique<MainWindow>();
    QVERIFY(window_->presenter()->isActive());
    QCOMPARE(clock()->speed(), speed);
    window_->presenter()->setActive(false);
    // Leaving restores the layout once more after the resize arrives (asynchronous).
    QTRY_COMPARE(window_->saveState(), normal);
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"

void TestMainWindow::budgetStopShowsADialog() {
    PlaybackSetup* playback = window_->playback();
    QSignalSpy stopped(playback, &PlaybackSetup::budgetStopped);
    RunBudget tight;
    tight.maxEvents = 100;
    playback->setBudget(tight);
    QCOMPARE(stopped.count(), 1);
    QVERIFY(stopped.at(0).at(0).toString().contains(QStringLiteral("budget of 100 events")));
    QMessageBox* box = playback->budgetDialog();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(!box->isModal()); // the window stays usable
    QCOMPARE(box->text(), stopped.at(0).at(0).toString());
    // What ran before the stop plays.
    QVERIFY(clock()->run());
    QVERIFY(clock()->run()->budgetStop());
    QVERIFY(!clock()->run()->events().empty());
    clock()->seek(clock()->duration());
    QCOMPARE(clock()->time(), clock()->run()->budgetStop()->at);
    box->close();
    QTRY_VERIFY(!playback->budgetDialog()); // deleted on close

    playback->setBudget(PlaybackSetup::recordingBudget());
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!playback->budgetDialog());
    QVERIFY(!clock()->run()->budgetStop());
}
