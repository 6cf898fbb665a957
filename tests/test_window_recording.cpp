// Recording off the GUI thread: a recording made in slices (on the GUI thread, then
// in a worker) is the same run, event for event, as a headless run; a long lab is
// recorded in the background with a progress bar the window keeps serving, and
// Cancel stops it and leaves playback off; the budget dialog offers to record everything.
#include "big_ping_lab.h"
#include "lab/lab_builder.h"
#include "models/background_recording.h"
#include "models/playback_clock.h"
#include "models/run_recorder.h"
#include "playback_fixtures.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"

#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace ww;
using namespace ww::ui;
using namespace ww::test;

class TestWindowRecording : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void slicedRecordingEqualsHeadless_data();
    void slicedRecordingEqualsHeadless();
    void longLabRecordsInTheBackground();
    void cancelStopsTheRecording();
    void budgetDialogOffersToRecordEverything();

private:
    QTemporaryDir config_;
};

void TestWindowRecording::initTestCase() {
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit());
}

void TestWindowRecording::slicedRecordingEqualsHeadless_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<int>("hosts");
    QTest::addColumn<int>("firstSlice"); // events recorded before the worker takes over
    QTest::newRow("tcp-loss") << "tcp-loss" << 0 << 500;
    QTest::newRow("http-get") << "http-get" << 0 << 1;
    QTest::newRow("dns") << "dns" << 0 << 100;
    QTest::newRow("big ping 60 hosts") << QString() << 60 << 2000;
}

void TestWindowRecording::slicedRecordingEqualsHeadless() {
    QFETCH(QString, lab);
    QFETCH(int, hosts);
    QFETCH(int, firstSlice);
    const lab::Lab l = lab.isEmpty() ? bigPingLab(hosts) : loadBuiltin(lab.toUtf8().constData());
    // Headless: one runUntil() to the end, as `wirewalk run` does.
    std::vector<std::string> headless;
    {
        auto net = lab::buildNetwork(l, 1);
        net->bus().subscribe([&headless](const Event& e) { headless.push_back(traceLine(e)); });
        QVERIFY(net->runUntil(secondsToTime(l.duration)));
    }
    // Sliced: a first part here, the rest in a worker thread.
    auto recorder = std::make_unique<RunRecorder>(l, 1, std::set<std::uint64_t>{},
                                                  PlaybackSetup::recordingBudget());
    QVERIFY(!recorder->advance(static_cast<std::size_t>(firstSlice)));
    QVERIFY(recorder->eventCount() >= static_cast<std::size_t>(firstSlice));
    BackgroundRecording background(std::move(recorder));
    QSignalSpy finished(&background, &BackgroundRecording::finished);
    QVERIFY(finished.wait(60000));
    const auto run = finished.front().front().value<std::shared_ptr<const RecordedRun>>();
    QVERIFY(run);
    QCOMPARE(run->events().size(), headless.size());
    for (std::size_t i = 0; i < headless.size(); ++i)
        if (traceLine(run->events()[i]) != headless[i])
            QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
}

void TestWindowRecording::longLabRecordsInTheBackground() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PlaybackSetup* playback = window.playback();
    window.showLab(bigPingLab(400));
    QTRY_VERIFY(playback->background()); // past kForegroundEvents: a worker records the rest
    QVERIFY(playback->progressBar()->isVisible());
    QVERIFY(playback->cancelButton()->isVisible());
    QVERIFY(!playback->clock()->run()); // nothing stale shows meanwhile
    // The window keeps serving events while the worker runs.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(10);
    QTRY_VERIFY_WITH_TIMEOUT(playback->clock()->run() != nullptr, 120000);
    QVERIFY(ticks > 0);
    QVERIFY(!playback->background());
    QVERIFY(!playback->progressBar()->isVisible());
    QVERIFY(playback->clock()->run()->events().size() > PlaybackSetup::kForegroundEvents);
    QCOMPARE(playback->clock()->run()->lab().name, bigPingLab(400).name);
}

void TestWindowRecording::cancelStopsTheRecording() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PlaybackSetup* playback = window.playback();
    window.showLab(bigPingLab(400, 5));
    QTRY_VERIFY(playback->background());
    QTest::mouseClick(playback->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!playback->background(), 30000);
    QVERIFY(!playback->clock()->run()); // playback off, nothing half-recorded
    QVERIFY(!playback->progressBar()->isVisible());
    // An edit records again (here: the same lab opened anew).
    window.showLab(loadBuiltin("two-lans"));
    QTRY_VERIFY(playback->clock()->run());
    QCOMPARE(playback->clock()->run()->lab().name, loadBuiltin("two-lans").name);
}

void TestWindowRecording::budgetDialogOffersToRecordEverything() {
    MainWindow window;
    window.showLab(loadBuiltin("two-lans"));
    window.show();
    PlaybackSetup* playback = window.playback();
    RunBudget tight;
    tight.maxEvents = 200;
    playback->setBudget(tight);
    QTRY_VERIFY(playback->budgetDialog());
    QVERIFY(playback->clock()->run()->budgetStop());
    auto* more =
        playback->budgetDialog()->findChild<QPushButton*>(QStringLiteral("recordEverything"));
    QVERIFY(more);
    more->click();
    QTRY_VERIFY(playback->clock()->run() && !playback->clock()->run()->budgetStop());
}

QTEST_MAIN(TestWindowRecording)
#include "test_window_recording.moc"
