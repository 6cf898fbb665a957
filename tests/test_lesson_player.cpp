// The lesson player in the window: opening a built-in lesson records its lab and puts
// the clock at step 1; Page Down / Alt+Right and Page Up / Alt+Left move the clock to
// the right step's event; the dock shows the narration and checks answers; the
// misconception callout appears when its event is current.
#include "canvas/topology_scene.h"
#include "classroom/lesson_panel.h"
#include "classroom/lesson_player.h"
#include "inspector/packet_inspector.h"
#include "lesson/lesson_json.h"
#include "lesson/lesson_steps.h"
#include "models/playback_clock.h"
#include "windows/inspector_setup.h"
#include "windows/lesson_setup.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"
#include "windows/presenter_mode.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <memory>

using namespace ww;
using namespace ww::ui;

class TestLessonPlayer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(config_.isValid());
        qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit());
        qputenv("WIREWALK_LANG", "en");
    }
    void init() {
        window_ = std::make_unique<MainWindow>();
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        lessons_ = window_->findChild<LessonSetup*>();
        QVERIFY(lessons_);
    }
    void cleanup() { window_.reset(); }

    void stepsMoveTheClock() {
        const QStringList problems = lessons_->openLesson("builtin:tcp-connection");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        PlaybackClock* clock = window_->playback()->clock();
        QCOMPARE(window_->currentLab().name, std::string("tcp-close"));
        // Where each step must put the clock, found independently of the player.
        const auto lesson = *lesson::loadLesson("builtin:tcp-connection").lesson;
        std::vector<std::string> names;
        for (const auto& d : clock->run()->devices())
            names.push_back(d.name.toStdString());
        const auto expected =
            lesson::resolveSteps(lesson, clock->run()->events(), names, clock->duration());
        QVERIFY(expected.issues.empty());

        LessonPlayer* player = lessons_->player();
        QCOMPARE(player->stepIndex(), 0);
        QCOMPARE(clock->appliedEvents(), expected.positions[0].applied);
        QVERIFY(!clock->isPlaying());
        QCOMPARE(lessons_->panel()->stepLabel()->text(),
                 QStringLiteral("Step 1 of %1").arg(lesson.steps.size()));
        QCOMPARE(lessons_->panel()->narration()->text(),
                 QString::fromStdString(lesson.steps[0].narration.en));

        // The first step's event is PC1's SYN: a frame sent by PC1 carrying only SYN.
        const Event& syn = clock->run()->events()[expected.positions[0].applied - 1];
        const auto* tx = std::get_if<FrameTxStart>(&syn.kind);
        QVERIFY(tx);
        QCOMPARE(clock->run()->deviceName(tx->from), QStringLiteral("PC1"));

        QTest::keyClick(window_.get(), Qt::Key_PageDown);
        QCOMPARE(player->stepIndex(), 1);
        QCOMPARE(clock->appliedEvents(), expected.positions[1].applied);
        QTest::keyClick(window_.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(player->stepIndex(), 2);
        QCOMPARE(clock->appliedEvents(), expected.positions[2].applied);
        QTest::keyClick(window_.get(), Qt::Key_PageUp);
        QCOMPARE(player->stepIndex(), 1);
        QCOMPARE(clock->appliedEvents(), expected.positions[1].applied);
        QTest::keyClick(window_.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(player->stepIndex(), 0);
        QCOMPARE(clock->appliedEvents(), expected.positions[0].applied);
        // Previous at the first step stays there.
        QTest::keyClick(window_.get(), Qt::Key_PageUp);
        QCOMPARE(player->stepIndex(), 0);
        // To the end, and no further.
        for (std::size_t i = 0; i < lesson.steps.size() + 2; ++i)
            QTest::keyClick(window_.get(), Qt::Key_PageDown);
        QCOMPARE(player->stepIndex(), static_cast<int>(lesson.steps.size()) - 1);
        QCOMPARE(clock->appliedEvents(), expected.positions.back().applied);
    }

    void highlightsTheStepsDevices() {
        QVERIFY(lessons_->openLesson("builtin:tcp-connection").isEmpty());
        const lesson::Step* step = lessons_->player()->currentStep();
        QVERIFY(step && !step->devices.empty());
        QStringList wanted;
        for (const auto& d : step->devices)
            wanted << QString::fromStdString(d);
        QStringList selected = window_->scene()->selectedDeviceNames();
        selected.sort();
        wanted.sort();
        QCOMPARE(selected, wanted);
        // Step 1 highlights tcp.sequence in PC1's SYN: bytes 38-41 of the frame
        // (Ethernet 14 + IPv4 20 + 4 bytes into the TCP header).
        QCOMPARE(QString::fromStdString(step->fields.front()), QStringLiteral("tcp.sequence"));
        auto* inspector = window_->findChild<InspectorSetup*>();
        QVERIFY(inspector);
        QCOMPARE(inspector->packetInspector()->highlightedBytes(), std::make_pair(38, 4));
    }

    // A step with "pause": false lets playback run on from its event.
    void stepWithoutPausePlaysOn() {
        QTemporaryDir dir;
        QFile f(dir.filePath("run-on.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "wirewalk-lesson", "version": 1, "name": "r", "title": "R",
                    "lab": "builtin:tcp-handshake",
                    "steps": [{"at": {"event": "tcp_state_changed", "to": "syn_sent"},
                               "narration": "stop here"},
                              {"at": {"time": 0.51}, "pause": false,
                               "narration": "and watch"}]})");
        f.close();
        QVERIFY(lessons_->openLesson(f.fileName()).isEmpty());
        PlaybackClock* clock = window_->playback()->clock();
        QVERIFY(!clock->isPlaying());
        QTest::keyClick(window_.get(), Qt::Key_PageDown);
        QVERIFY(clock->isPlaying());
        QCOMPARE(clock->time(), secondsToTime(0.51));
        clock->pause();
    }

    void answerCheck() {
        QVERIFY(lessons_->openLesson("builtin:tcp-connection").isEmpty());
        LessonPlayer* player = lessons_->player();
        LessonPanel* panel = lessons_->panel();
        // The first step with a free-answer question, and one with choices.
        int freeStep = -1, choiceStep = -1;
        for (int i = 0; i < player->stepCount(); ++i) {
            const auto& q = player->lesson()->steps[static_cast<std::size_t>(i)].question;
            if (q && q->choices.empty() && freeStep < 0)
                freeStep = i;
            if (q && !q->choices.empty() && choiceStep < 0)
                choiceStep = i;
        }
        QVERIFY(freeStep >= 0 && choiceStep >= 0);

        player->goToStep(freeStep);
        const auto& free = *player->currentStep()->question;
        QVERIFY(panel->answerEdit()->isVisibleTo(panel));
        panel->answerEdit()->setText(QStringLiteral("certainly not this"));
        QVERIFY(!panel->checkAnswer());
        QVERIFY(panel->result()->text().startsWith("Not quite"));
        QVERIFY(panel->result()->text().contains(QString::fromStdString(free.explanation.en)));
        panel->answerEdit()->setText(QString::fromStdString(free.answers.front()).toLower());
        QVERIFY(panel->checkAnswer());
        QVERIFY(panel->result()->text().startsWith("Right."));

        player->goToStep(choiceStep);
        const auto& choice = *player->currentStep()->question;
        QCOMPARE(panel->choices()->buttons().size(), static_cast<qsizetype>(choice.choices.size()));
        QVERIFY(!panel->checkAnswer()); // nothing picked yet
        const int wrong = choice.correct == 1 ? 2 : 1;
        panel->choices()->button(wrong)->click();
        QVERIFY(!panel->checkAnswer());
        panel->choices()->button(choice.correct)->click();
        QVERIFY(panel->checkAnswer());
    }

    void misconceptionShownAtItsEvent() {
        QVERIFY(lessons_->openLesson("builtin:tcp-connection").isEmpty());
        const auto* hit = lessons_->callouts().find("time-wait-active-closer");
        QVERIFY(hit);
        lessons_->player()->stop();
        PlaybackClock* clock = window_->playback()->clock();
        clock->seekToEvent(static_cast<int>(hit->event));
        QVERIFY(lessons_->panel()->callout()->isVisibleTo(lessons_->panel()));
        QVERIFY(lessons_->panel()->calloutText()->text().contains(
            "TIME-WAIT belongs to the active closer"));
        QVERIFY(lessons_->panel()->calloutText()->text().contains("Common misconception"));
        clock->seekToEvent(0);
        QVERIFY(!lessons_->panel()->callout()->isVisibleTo(lessons_->panel()));
    }

    // Presenter mode hides the editing docks, Properties among them, which the Lesson and
    // Lab Notes docks are tabs beside: a lesson being followed is the tab left in front.
    void lessonStaysInPresenterMode() {
        QVERIFY(lessons_->openLesson("builtin:tcp-connection").isEmpty());
        QDockWidget* dock = lessons_->dock();
        auto* presenter = window_->findChild<PresenterMode*>();
        QVERIFY(presenter);
        QCOMPARE(frontTabBeside("Lesson"), QString("Lesson"));
        // The class was looking at Properties when the teacher pressed F11.
        auto* properties = window_->findChild<QDockWidget*>("propertiesDock");
        QVERIFY(properties);
        properties->raise();
        QCOMPARE(frontTabBeside("Lesson"), QString("Properties"));
        presenter->setActive(true);
        QVERIFY(properties->isHidden());
        QVERIFY(dock->isVisible());
        QCOMPARE(frontTabBeside("Lesson"), QString("Lesson"));
        presenter->setActive(false);
        QTest::qWait(20); // leaving restores the layout once more, when the resize has arrived
        QCOMPARE(frontTabBeside("Lesson"), QString("Properties"));
        // Without a lesson, presenting leaves the tabs as Qt picks them.
        lessons_->player()->stop();
        presenter->setActive(true);
        QCOMPARE(frontTabBeside("Lesson"), QString("Lab Notes"));
        presenter->setActive(false);
    }

    void badLessonFileIsRefusedWithItsPath() {
        QTemporaryDir dir;
        QFile f(dir.filePath("bad.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "wirewalk-lesson", "version": 1, "name": "b", "title": "B",
                    "lab": "builtin:tcp-handshake",
                    "steps": [{"at": {"event": "drop"}, "narration": "none dropped"}]})");
        f.close();
        // The message box would wait for a click: close it as soon as it shows.
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w))
                    box->accept();
        });
        const QStringList problems = lessons_->openLesson(f.fileName());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].startsWith("steps[0].at: matches no event"), qPrintable(problems[0]));
        QVERIFY(!lessons_->player()->isActive());
    }

private:
    // The tab in front of the dock tab group that has a tab titled `title`.
    QString frontTabBeside(const QString& title) const {
        for (QTabBar* bar : window_->findChildren<QTabBar*>())
            for (int i = 0; i < bar->count(); ++i)
                if (bar->tabText(i) == title)
                    return bar->tabText(bar->currentIndex());
        return {};
    }

    QTemporaryDir config_;
    std::unique_ptr<MainWindow> window_;
    LessonSetup* lessons_ = nullptr;
};

QTEST_MAIN(TestLessonPlayer)
#include "test_lesson_player.moc"
