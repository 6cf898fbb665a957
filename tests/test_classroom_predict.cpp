// Prediction mode: questions generated from recorded runs (ACK number and states in the
// handshake, the MAC of an ARP step and of a routed packet, a router's TTL, a switch's flood
// or forward, fragment offsets), checking answers and explaining wrong ones, scores in
// QSettings, the controller stopping playback before the event; and Act live adding an action
// at the playback moment.
#include "classroom/act_live.h"
#include "classroom/predict_controller.h"
#include "classroom/predict_panel.h"
#include "classroom/predict_setup.h"
#include "classroom/prediction.h"
#include "classroom/prediction_score.h"
#include "document/lab_document.h"
#include "models/playback_clock.h"
#include "playback_fixtures.h"
#include "recorded_lab.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"

#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ww;
using namespace ww::ui;
using namespace ww::ui::classroom;

namespace {

std::vector<Question> allOf(const RecordedRun& run, QuestionKind kind) {
    std::vector<Question> out;
    for (std::size_t i = 0; i < run.events().size(); ++i)
        for (Question& q : questionsFor(run, i))
            if (q.kind == kind)
                out.push_back(std::move(q));
    return out;
}

} // namespace

class TestClassroomPredict : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void handshakeAckNumbers();
    void handshakeStates();
    void arpRequestMac();
    void nextHopMac();
    void routerTtl();
    void switchFloodThenForward();
    void decapsulation_data();
    void decapsulation();
    void fragmentOffsets();
    void answersInOtherForms_data();
    void answersInOtherForms();
    void scoresAreStored();
    void controllerAsksBeforeTheEvent();
    void actLiveAddsAnActionNow();

private:
    QTemporaryDir config_;
};

void TestClassroomPredict::initTestCase() {
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit());
}

void TestClassroomPredict::handshakeAckNumbers() {
    const RecordedRun& run = test::recordBuiltin(QStringLiteral("tcp-handshake"));
    const auto acks = allOf(run, QuestionKind::AckNumber);
    QVERIFY(acks.size() >= 2);
    // SYN-ACK and the client's ACK both acknowledge the other side's SYN: relative 1.
    QCOMPARE(acks[0].answer, QStringLiteral("1"));
    QCOMPARE(acks[1].answer, QStringLiteral("1"));
    QVERIFY(check(acks[0], QStringLiteral(" 1 ")).right);
    const Verdict wrong = check(acks[0], QStringLiteral("0"));
    QVERIFY(!wrong.right);
    QVERIFY2(wrong.text.contains(QStringLiteral("you said 0")), qPrintable(wrong.text));
    QVERIFY2(wrong.text.contains(QStringLiteral("Only SYN and FIN count one")),
             qPrintable(wrong.text));
    // The question comes before the segment's frame leaves: the event is its FrameTxStart.
    QVERIFY(std::holds_alternative<FrameTxStart>(run.events()[acks[0].event].kind));
}

void TestClassroomPredict::handshakeStates() {
    const RecordedRun& run = test::recordBuiltin(QStringLiteral("tcp-handshake"));
    const auto states = allOf(run, QuestionKind::TcpState);
    QVERIFY(!states.empty());
    QStringList answers;
    for (const Question& q : states) {
        QVERIFY(q.choices.contains(q.answer));
        QCOMPARE(q.choices.size(), 4);
        answers << q.answer;
    }
    QVERIFY2(answers.contains(QStringLiteral("SYN-SENT")), qPrintable(answers.join(' ')));
    QVERIFY(answers.contains(QStringLiteral("SYN-RECEIVED")));
    QVERIFY(answers.contains(QStringLiteral("ESTABLISHED")));
    const Question& synSent = *std::find_if(states.begin(), states.end(), [](const Question& q) {
        return q.answer == QLatin1String("SYN-SENT");
    });
    QVERIFY(synSent.prompt.contains(QStringLiteral("CLOSED")));
    QVERIFY(check(synSent, QStringLiteral("SYN-SENT")).right);
    const Verdict wrong = check(synSent, QStringLiteral("ESTABLISHED"));
    QVERIFY(!wrong.right);
    QVERIFY2(wrong.text.contains(QStringLiteral("active open sends SYN")), qPrintable(wrong.text));
}

void TestClassroomPredict::arpRequestMac() {
    const RecordedRun& run = test::recordBuiltin(QStringLiteral("two-lans"));
    const auto macs = allOf(run, QuestionKind::DestinationMac);
    QVERIFY(!macs.empty());
    const Question& first = macs.front(); // PC1's ARP request for its gateway
    QVERIFY2(first.prompt.contains(QStringLiteral("ARP request")), qPrintable(first.prompt));
    QCOMPARE(first.answer, QStringLiteral("ff:ff:ff:ff:ff:ff"));
    QVERIFY(check(first, QStringLiteral("FF-FF-FF-FF-FF-FF")).right);
    const Verdict wrong = check(first, QStringLiteral("00:00:00:00:00:00"));
    QVERIFY(!wrong.right);
    QVERIFY(wrong.text.contains(QStringLiteral("broadcast")));
    // The reply goes back unicast, to the asker.
    const auto reply = std::find_if(macs.begin(), macs.end(), [](const Question& q) {
        return q.prompt.contains(QStringLiteral("answers an ARP request"));
    });
    QVERIFY(reply != macs.end());
    QVERIFY(!MacAddress::parse(reply->answer.toStdString())->isMulticast());
}

void TestClassroomPredict::nextHopMac() {
    const RecordedRun& run = test::recordBuiltin(QStringLiteral("two-lans"));
    // PC1's packet to the other LAN carries the gateway's MAC, not the destination's.
    for (const Question& q : allOf(run, QuestionKind::DestinationMac)) {
        if (!q.explanation.contains(QStringLiteral("next hop")))
            continue;
        const auto* tx = std::get_if<FrameTxStart>(&run.events()[q.event].kind);
        QVERIFY(tx);
        // The answer is the MAC of the next hop's interface on the sender's link.
        bool isRouterMac = false;
        for (const DeviceInfo& d : run.devices())
            for (const InterfaceInfo& i : d.interfaces)
                isRouterMac = isRouterMac || (d.type == lab::DeviceType::Router &&
                                              QString::fromStdString(i.mac.toString()) == q.answer);
        QVERIFY2(isRouterMac, qPrintable(q.answer));
        QVERIFY(q.explanation.contains(QStringLiteral("not the destination")));
        return;
    }
    QFAIL("no question about a packet leaving for another network");
}

void TestClassroomPredict::routerTtl() {
    const RecordedRun& run = test::recordBuiltin(QStringLiteral("traceroute"));
    const auto ttls = allOf(run, QuestionKind::TtlAfterRouter);
    QVERIFY(!ttls.empty());
    for (const Question& q : ttls) {
        const auto* r = std::get_if<RouterDecision>(&run.events()[q.event].kind);
        QVERIFY(r);
        QCOMPARE(q.answer.toInt(), r->ttlBefore - 1);
        QVERIFY(q.prompt.contains(QStringLiteral("TTL %1").arg(r->ttlBefore)));
    }
    // The common slip: the TTL it came with.
    const auto* first = std::get_if<RouterDecision>(&run.events()[ttls.front().event].kind);
    const Verdict wrong = check(ttls.front(), QString::number(first->ttlBefore));
    QVERIFY(!wrong.right);
    QVERIFY(check(ttls.front(), ttls.front().answer).right);
    QVERIFY(wrong.text.contains(QStringLiteral("takes one from the TTL")));
}

void TestClassroomPredict::switchFloodThenForward() {
    const RecordedRun& run = test::recordBuiltin(QStringLiteral("two-lans"));
    const auto sw = allOf(run, QuestionKind::SwitchAction);
    QVERIFY(sw.size() >= 2);
    // The first frame (a broadcast ARP request) is flooded; a later unicast is forwarded.
    QVERIFY2(sw.front().answer.startsWith(QStringLiteral("Flood out")),
             qPrintable(sw.front().answer));
    QVERIFY(sw.front().explanation.contains(QStringLiteral("every port but the one")));
    const auto forwarded = std::find_if(sw.begin(), sw.end(), [](const Question& q) {
        return q.answer.startsWith(QStringLiteral("Forward out"));
    });
    QVERIFY(forwarded != sw.end());
    QVERIFY(forwarded->choices.contains(forwarded->answer));
    QVERIFY(forwarded->choices.size() >= 3); // each other port, flood, filter
    const Verdict wrong =
        check(*forwarded, *std::find_if(forwarded->choices.begin(), forwarded->choices.end(),
                                        [](const QString& c) { return c.startsWith("Flood"); }));
    QVERIFY(!wrong.right);
    QVERIFY(wrong.text.contains(QStringLiteral("MAC table has")));
}

void TestClassroomPredict::decapsulation_data() {
    QTest::addColumn<int>("kind"); // NetDeviceType of the receiver
    QTest::addColumn<QString>("answerStart");
    QTest::newRow("switch") << int(NetDeviceType::Switch) << "Only the Ethernet header";
    QTest::newRow("router") << int(NetDeviceType::Router) << "Ethernet, then IP";
}

void TestClassroomPredict::decapsulation() {
    QFETCH(int, kind);
    QFETCH(QString, answerStart);
    const RecordedRun& run = test::recordBuiltin(QStringLiteral("traceroute"));
    // A probe reaching a router that forwards it; any frame at a switch.
    for (const Question& q : allOf(run, QuestionKind::Decapsulation)) {
        const auto* a = std::get_if<FrameArrival>(&run.events()[q.event].kind);
        QVERIFY(a);
        if (int(run.deviceKind(a->to)) != kind || !q.answer.startsWith(answerStart))
            continue;
        QCOMPARE(q.choices.size(), 4);
        QVERIFY(!check(q, q.choices.last()).right);
        return;
    }
    QFAIL("no such decapsulation question");
}

void TestClassroomPredict::fragmentOffsets() {
    const RecordedRun& run = test::recordBuiltin(QStringLiteral("fragmentation"));
    const auto frags = allOf(run, QuestionKind::FragmentOffsets);
    // The request at R1 and the reply at R2; the DF ping is not fragmented.
    QCOMPARE(frags.size(), std::size_t{2});
    const Question& q = frags.front();
    // 1428-byte packet, MTU 576: 552 data bytes a fragment.
    QCOMPARE(q.answer, QStringLiteral("0, 552, 1104"));
    QVERIFY(check(q, QStringLiteral("0 552 1104")).right);
    const Verdict units = check(q, QStringLiteral("0, 69, 138"));
    QVERIFY(!units.right);
    QVERIFY2(units.text.contains(QStringLiteral("8-byte units: 0, 69, 138")),
             qPrintable(units.text));
}

void TestClassroomPredict::answersInOtherForms_data() {
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("right");
    QTest::newRow("number spaces") << int(AnswerForm::Number) << "63"
                                   << "  63 " << true;
    QTest::newRow("number wrong") << int(AnswerForm::Number) << "63"
                                  << "64" << false;
    QTest::newRow("number text") << int(AnswerForm::Number) << "63"
                                 << "sixty" << false;
    QTest::newRow("empty") << int(AnswerForm::Number) << "63"
                           << "" << false;
    QTest::newRow("mac dashes") << int(AnswerForm::Mac) << "02:00:00:dd:dd:01"
                                << "02-00-00-DD-DD-01" << true;
    QTest::newRow("mac wrong") << int(AnswerForm::Mac) << "02:00:00:dd:dd:01"
                               << "02:00:00:dd:dd:02" << false;
    QTest::newRow("mac garbage") << int(AnswerForm::Mac) << "02:00:00:dd:dd:01"
                                 << "02:00" << false;
    QTest::newRow("list order") << int(AnswerForm::Numbers) << "0, 552"
                                << "552, 0" << false;
    QTest::newRow("list semicolons") << int(AnswerForm::Numbers) << "0, 552"
                                     << "0;552" << true;
    QTest::newRow("choice exact") << int(AnswerForm::Choice) << "SYN-SENT"
                                  << "SYN-SENT" << true;
    QTest::newRow("choice other") << int(AnswerForm::Choice) << "SYN-SENT"
                                  << "LISTEN" << false;
}

void TestClassroomPredict::answersInOtherForms() {
    QFETCH(int, form);
    QFETCH(QString, answer);
    QFETCH(QString, given);
    QFETCH(bool, right);
    Question q;
    q.form = static_cast<AnswerForm>(form);
    q.answer = answer;
    QCOMPARE(check(q, given).right, right);
}

void TestClassroomPredict::scoresAreStored() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ScoreBook book(settings);
    book.record(QStringLiteral("tcp-handshake"), QString(), true);
    book.record(QStringLiteral("tcp-handshake"), QStringLiteral("tcp-lesson"), false);
    book.record(QStringLiteral("two-lans"), QStringLiteral("tcp-lesson"), true);
    QCOMPARE(book.lab(QStringLiteral("tcp-handshake")).asked, 2);
    QCOMPARE(book.lab(QStringLiteral("tcp-handshake")).right, 1);
    QCOMPARE(book.lab(QStringLiteral("two-lans")).right, 1);
    QCOMPARE(book.lesson(QStringLiteral("tcp-lesson")).asked, 2);
    QCOMPARE(book.lesson(QStringLiteral("tcp-lesson")).right, 1);
    settings.sync();
    QSettings reread(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("prediction/labs/tcp-handshake/asked")).toInt(), 2);
}

void TestClassroomPredict::controllerAsksBeforeTheEvent() {
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("scores.ini"));
    PlaybackClock clock;
    PredictPanel panel;
    PredictController controller(&clock, &panel,
                                 [ini] { return QSettings(ini, QSettings::IniFormat); });
    clock.setRun(std::make_shared<const RecordedRun>(
        RecordedRun::record(test::loadBuiltin("tcp-handshake"), 1)));
    controller.setActive(true);
    QSignalSpy asked(&controller, &PredictController::questionAsked);
    for (int i = 0; i < 400 && !controller.pending(); ++i)
        clock.stepForward();
    QVERIFY(controller.pending());
    const Question q = *controller.pending();
    QCOMPARE(asked.count(), 1);
    // Stopped just before the event in question: it has not happened yet.
    QCOMPARE(clock.appliedEvents(), q.event);
    QCOMPARE(panel.prompt(), q.prompt);
    // Answer through the panel.
    if (q.form == AnswerForm::Choice)
        QVERIFY(panel.choose(q.answer));
    else
        panel.answerField()->setText(q.answer);
    panel.checkButton()->click();
    QVERIFY(!controller.pending());
    QCOMPARE(clock.appliedEvents(), q.event + 1); // now it has played
    QVERIFY2(panel.feedback().startsWith(QStringLiteral("Right")), qPrintable(panel.feedback()));
    QSettings scores(ini, QSettings::IniFormat);
    QCOMPARE(scores.value(QStringLiteral("prediction/labs/tcp-handshake/asked")).toInt(), 1);
    QCOMPARE(scores.value(QStringLiteral("prediction/labs/tcp-handshake/right")).toInt(), 1);
    // A situation asked once is not asked again: the next question is another one.
    for (int i = 0; i < 400 && !controller.pending(); ++i)
        clock.stepForward();
    QVERIFY(controller.pending());
    QVERIFY(controller.pending()->key != q.key);
    controller.answer(QStringLiteral("definitely wrong"));
    QVERIFY(panel.feedback().startsWith(QStringLiteral("Not quite")));
    QSettings after(ini, QSettings::IniFormat);
    QCOMPARE(after.value(QStringLiteral("prediction/labs/tcp-handshake/asked")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("prediction/labs/tcp-handshake/right")).toInt(), 1);
}

void TestClassroomPredict::actLiveAddsAnActionNow() {
    MainWindow window;
    window.showLab(test::loadBuiltin("traceroute"));
    auto* setup = window.findChild<PredictSetup*>();
    QVERIFY(setup);
    // A switch runs no programs; a host has the four.
    QVERIFY(!setup->actLive()->menuFor(QStringLiteral("SW1"), &window));
    std::unique_ptr<QMenu> menu(setup->actLive()->menuFor(QStringLiteral("PC1"), &window));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 4);
    QCOMPARE(menu->actions()[1]->text(), QStringLiteral("Traceroute…"));

    PlaybackClock* clock = window.playback()->clock();
    QTRY_VERIFY(clock->run() && clock->run()->lab().name == "traceroute");
    const SimTime moment = 4 * kSecond + 250'000'000;
    clock->seek(moment);
    lab::Action ping;
    ping.type = lab::ActionType::Ping;
    ping.from = "PC1";
    ping.to = *parseIpv4("10.0.3.20");
    ping.count = 2;
    QVERIFY(setup->actLive()->addAction(ping));
    QCOMPARE(window.currentLab().scenario.size(), std::size_t{3});
    QCOMPARE(window.currentLab().scenario.back().at, 4.25);
    QVERIFY(window.currentLab().duration >= 4.25 + 1 + 3);
    // Recorded again, and playback resumes at the moment, the ping about to start.
    QTRY_VERIFY(clock->run() && clock->run()->lab().scenario.size() == 3);
    QTRY_COMPARE(clock->time(), moment - 1);
    const auto& events = clock->run()->events();
    int step = -1;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (auto* s = std::get_if<ScenarioStep>(&events[i].kind);
            s && s->action == ActionKind::Ping && events[i].time == moment)
            step = static_cast<int>(i);
    QVERIFY(step >= 0);
    QCOMPARE(clock->appliedEvents(), std::size_t(step)); // the next event to play
    bool replied = false;
    for (const Event& e : events)
        replied = replied || (std::holds_alternative<PingReply>(e.kind) && e.time > moment);
    QVERIFY(replied);
    // One undoable edit.
    window.document()->undoStack()->undo();
    QCOMPARE(window.currentLab().scenario.size(), std::size_t{2});
}

QTEST_MAIN(TestClassroomPredict)
#include "test_classroom_predict.moc"
