// Lesson files (docs/lesson-format.md): the loader's errors, every built-in lesson
// against a recording of its lab, and the answer check.
#include "classroom/misconception_callouts.h"
#include "lesson/lesson_json.h"
#include "lesson/lesson_steps.h"
#include "recorded_lab.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ww;

namespace {

// A valid lesson with one step; `patch` replaces members of the top level or of
// the step (keys starting with "step.").
QByteArray lessonJson(const QJsonObject& patch = {}, const QStringList& remove = {}) {
    QJsonObject step{{"at", QJsonObject{{"event", "tcp_state_changed"}, {"to", "established"}}},
                     {"narration", QJsonObject{{"en", "Connected."}, {"ko", "연결되었습니다."}}}};
    QJsonObject top{{"format", "wirewalk-lesson"},
                    {"version", 1},
                    {"name", "t"},
                    {"title", "A test"},
                    {"lab", "builtin:tcp-handshake"}};
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key().startsWith("step."))
            step[it.key().mid(5)] = it.value();
        else
            top[it.key()] = it.value();
    }
    for (const QString& key : remove) {
        if (key.startsWith("step."))
            step.remove(key.mid(5));
        else
            top.remove(key);
    }
    if (!top.contains("steps") && !remove.contains("steps"))
        top["steps"] = QJsonArray{step};
    return QJsonDocument(top).toJson();
}

QString issuesText(const std::vector<lab::LabIssue>& issues) {
    QStringList lines;
    for (const auto& i : issues)
        lines << i.path + ": " + i.message;
    return lines.join('\n');
}

std::vector<std::string> names(const ui::RecordedRun& run) {
    return ui::deviceNamesOf(run);
}

} // namespace

class TestLessons : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validLessonLoads() {
        const auto r = lesson::parseLesson(lessonJson());
        QVERIFY2(r.lesson, qPrintable(issuesText(r.issues)));
        QCOMPARE(r.lesson->steps.size(), std::size_t{1});
        QCOMPARE(r.lesson->steps[0].narration.ko, std::string("연결되었습니다."));
        QVERIFY(r.lesson->steps[0].pause); // the default
    }

    // Selectors may name exactly the trace's fields of each type, PDU bytes and lists excepted.
    void selectorFieldsAreTheTraceFields() {
        QVERIFY(lesson::selectorEventTypes().contains("frame_tx_start"));
        QVERIFY(lesson::selectorEventTypes().contains("dns_query_sent"));
        const QStringList state = lesson::selectorFields("tcp_state_changed");
        for (const char* key : {"device", "connection", "local_port", "from", "to"})
            QVERIFY2(state.contains(key), key);
        const QStringList tx = lesson::selectorFields("frame_tx_start");
        QVERIFY(tx.contains("from") && tx.contains("frame_id"));
        QVERIFY(!tx.contains("frame"));                                            // bytes
        QVERIFY(!lesson::selectorFields("switch_decision").contains("out_ports")); // a list
        QVERIFY(lesson::selectorFields("no_such_type").isEmpty());
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << ""
                                  << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << ""
                               << "JSON object";
        QTest::newRow("wrong format") << lessonJson({{"format", "wirewalk-lab"}}) << "format"
                                      << "'wirewalk-lab' is not a lesson";
        QTest::newRow("missing version") << lessonJson({}, {"version"}) << "version"
                                         << "is required";
        QTest::newRow("version 2") << lessonJson({{"version", 2}}) << "version"
                                   << "2 is out of range 1-1";
        QTest::newRow("missing title") << lessonJson({}, {"title"}) << "title"
                                       << "is required";
        QTest::newRow("title wrong type") << lessonJson({{"title", 5}}) << "title"
                                          << "a string or an object";
        QTest::newRow("title without en")
            << lessonJson({{"title", QJsonObject{{"ko", "제목"}}}}) << "title.en"
            << "is required";
        QTest::newRow("unknown key") << lessonJson({{"colour", "red"}}) << "colour"
                                     << "unknown key 'colour'";
        QTest::newRow("unknown section") << lessonJson({{"section", "ospf"}}) << "section"
                                         << "'ospf' is not a section";
        QTest::newRow("missing lab") << lessonJson({}, {"lab"}) << "lab"
                                     << "is required";
        QTest::newRow("no steps") << lessonJson({{"steps", QJsonArray{}}}) << "steps"
                                  << "has 0 steps";
        QTest::newRow("step not object") << lessonJson({{"steps", QJsonArray{3}}}) << "steps[0]"
                                         << "expected an object";
        QTest::newRow("missing narration")
            << lessonJson({}, {"step.narration"}) << "steps[0].narration"
            << "is required";
        QTest::newRow("missing at") << lessonJson({}, {"step.at"}) << "steps[0].at"
                                    << "is required";
        QTest::newRow("at empty") << lessonJson({{"step.at", QJsonObject{}}}) << "steps[0].at"
                                  << "needs \"event\"";
        QTest::newRow("unknown event type")
            << lessonJson({{"step.at", QJsonObject{{"event", "tcp_state"}}}}) << "steps[0].at.event"
            << "'tcp_state' is not a trace event type";
        QTest::newRow("field of another type")
            << lessonJson({{"step.at", QJsonObject{{"event", "tcp_state_changed"}, {"ttl", 3}}}})
            << "steps[0].at.ttl"
            << "unknown key 'ttl'";
        QTest::newRow("nth zero") << lessonJson(
                                         {{"step.at", QJsonObject{{"event", "drop"}, {"nth", 0}}}})
                                  << "steps[0].at.nth"
                                  << "0 is out of range 1-100000";
        QTest::newRow("time negative")
            << lessonJson({{"step.at", QJsonObject{{"time", -1}}}}) << "steps[0].at.time"
            << "out of range";
        QTest::newRow("time with event")
            << lessonJson({{"step.at", QJsonObject{{"time", 1}, {"event", "drop"}}}})
            << "steps[0].at.event"
            << "unknown key";
        QTest::newRow("bad flags")
            << lessonJson({{"step.at",
                            QJsonObject{{"event", "frame_tx_start"}, {"tcp_flags", "SYN+PUSH"}}}})
            << "steps[0].at.tcp_flags"
            << "'SYN+PUSH' is not a set of TCP flags";
        QTest::newRow("unknown protocol")
            << lessonJson(
                   {{"step.at", QJsonObject{{"event", "frame_tx_start"}, {"carries", "quic"}}}})
            << "steps[0].at.carries"
            << "'quic' is not a protocol";
        QTest::newRow("pause wrong type") << lessonJson({{"step.pause", "yes"}}) << "steps[0].pause"
                                          << "expected true or false";
        QTest::newRow("bad field")
            << lessonJson({{"step.highlight", QJsonObject{{"fields", QJsonArray{"ipv4.tll"}}}}})
            << "steps[0].highlight.fields[0]"
            << "'ipv4' has no field 'tll'";
        QTest::newRow("field without protocol")
            << lessonJson({{"step.highlight", QJsonObject{{"fields", QJsonArray{"ttl"}}}}})
            << "steps[0].highlight.fields[0]"
            << "is not \"protocol.field\"";
        QTest::newRow("question without answer")
            << lessonJson({{"step.question",
                            QJsonObject{{"prompt", "Why?"}, {"explanation", "Because."}}}})
            << "steps[0].question.answer"
            << "is required";
        QTest::newRow("choice out of range")
            << lessonJson({{"step.question", QJsonObject{{"prompt", "Which?"},
                                                         {"choices", QJsonArray{"a", "b"}},
                                                         {"correct", 3},
                                                         {"explanation", "."}}}})
            << "steps[0].question.correct"
            << "3 is out of range 1-2";
        QTest::newRow("one choice")
            << lessonJson({{"step.question", QJsonObject{{"prompt", "Which?"},
                                                         {"choices", QJsonArray{"a"}},
                                                         {"correct", 1},
                                                         {"explanation", "."}}}})
            << "steps[0].question.choices"
            << "has 1 choices; a question has 2 to 8";
        QTest::newRow("unknown misconception")
            << lessonJson({{"step.misconception", "ack-plus-one"}}) << "steps[0].misconception"
            << "'ack-plus-one' is not a misconception id";
    }
    void badInput() {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto r = lesson::parseLesson(json);
        QVERIFY(!r.lesson);
        bool found = false;
        for (const auto& issue : r.issues)
            found = found || (issue.path == path && issue.message.contains(message));
        QVERIFY2(
            found,
            qPrintable(
                QStringLiteral("wanted %1: %2, got\n%3").arg(path, message, issuesText(r.issues))));
    }

    void selectorMatchingNothingNamesTheStep() {
        const auto r = lesson::parseLesson(lessonJson(
            {{"steps", QJsonArray{QJsonObject{{"at", QJsonObject{{"event", "tcp_state_changed"}}},
                                              {"narration", "first"}},
                                  QJsonObject{{"at", QJsonObject{{"event", "tcp_state_changed"},
                                                                 {"to", "time_wait"}}},
                                              {"narration", "never in this lab"}}}}}));
        QVERIFY(r.lesson);
        const auto& run = test::recordBuiltin("tcp-handshake");
        const auto resolved =
            lesson::resolveSteps(*r.lesson, run.events(), names(run), run.duration());
        QCOMPARE(resolved.issues.size(), std::size_t{1});
        QCOMPARE(resolved.issues[0].path, QStringLiteral("steps[1].at"));
        QVERIFY(resolved.issues[0].message.contains("matches no event"));
        QVERIFY(resolved.positions.empty());
    }

    void nthBeyondTheMatchesSaysHowMany() {
        const auto r = lesson::parseLesson(lessonJson(
            {{"step.at",
              QJsonObject{{"event", "tcp_state_changed"}, {"to", "established"}, {"nth", 3}}}}));
        QVERIFY(r.lesson);
        const auto& run = test::recordBuiltin("tcp-handshake");
        const auto resolved =
            lesson::resolveSteps(*r.lesson, run.events(), names(run), run.duration());
        QCOMPARE(resolved.issues.size(), std::size_t{1});
        QVERIFY2(resolved.issues[0].message.contains("has only 2"),
                 qPrintable(resolved.issues[0].message));
    }

    void unknownDeviceAndLateTimeAreErrors() {
        const auto r = lesson::parseLesson(lessonJson(
            {{"steps",
              QJsonArray{
                  QJsonObject{{"at", QJsonObject{{"event", "frame_tx_start"}, {"from", "PC9"}}},
                              {"narration", "a"}},
                  QJsonObject{{"at", QJsonObject{{"time", 99}}},
                              {"narration", "b"},
                              {"highlight", QJsonObject{{"devices", QJsonArray{"R7"}}}}}}}}));
        QVERIFY(r.lesson);
        const auto& run = test::recordBuiltin("tcp-handshake");
        const auto resolved =
            lesson::resolveSteps(*r.lesson, run.events(), names(run), run.duration());
        const QString all = issuesText(resolved.issues);
        QVERIFY2(all.contains("steps[0].at.from: 'PC9' is not a device of the lab"),
                 qPrintable(all));
        QVERIFY2(all.contains("steps[1].highlight.devices[0]: 'R7' is not a device"),
                 qPrintable(all));
        QVERIFY2(all.contains("steps[1].at.time: 99 s is after the end of the lab's run (3 s)"),
                 qPrintable(all));
    }

    // The selector finds exactly the event its fields describe.
    void selectorsFindTheirEvent_data() {
        QTest::addColumn<QString>("lab");
        QTest::addColumn<QJsonObject>("at");
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("seconds"); // the event's time
        QTest::newRow("client SYN")
            << "tcp-handshake"
            << QJsonObject{{"event", "frame_tx_start"}, {"from", "PC1"}, {"tcp_flags", "syn"}}
            << "frame_tx_start" << 0.504020;
        QTest::newRow("SYN-ACK from Server") << "tcp-handshake"
                                             << QJsonObject{{"event", "frame_tx_start"},
                                                            {"from", "Server"},
                                                            {"tcp_flags", "ACK, SYN"}}
                                             << "frame_tx_start" << 0.512061;
        QTest::newRow("server established") << "tcp-handshake"
                                            << QJsonObject{{"event", "tcp_state_changed"},
                                                           {"device", "Server"},
                                                           {"to", "established"}}
                                            << "tcp_state_changed" << 0.520102;
        QTest::newRow("second ping reply")
            << "two-lans" << QJsonObject{{"event", "ping_reply"}, {"nth", 2}} << "ping_reply"
            << 1.500865;
        QTest::newRow("after") << "two-lans"
                               << QJsonObject{{"event", "arp_resolution"}, {"after", 3}}
                               << "arp_resolution" << 4.0;
        QTest::newRow("http data segment") << "http-get"
                                           << QJsonObject{{"event", "header_pushed"},
                                                          {"device", "PC1"},
                                                          {"protocol", "tcp"},
                                                          {"tcp_data", true}}
                                           << "header_pushed" << 0.532082;
    }
    void selectorsFindTheirEvent() {
        QFETCH(QString, lab);
        QFETCH(QJsonObject, at);
        QFETCH(QString, type);
        QFETCH(double, seconds);
        const auto r =
            lesson::parseLesson(lessonJson({{"lab", "builtin:" + lab}, {"step.at", at}}));
        QVERIFY2(r.lesson, qPrintable(issuesText(r.issues)));
        const auto& run = test::recordBuiltin(lab);
        const auto resolved =
            lesson::resolveSteps(*r.lesson, run.events(), names(run), run.duration());
        QVERIFY2(resolved.issues.empty(), qPrintable(issuesText(resolved.issues)));
        const Event& e = run.events()[resolved.positions[0].applied - 1];
        QCOMPARE(QString::fromUtf8(eventTypeName(e.kind)), type);
        QCOMPARE(std::llround(timeToSeconds(e.time) * 1e6), std::llround(seconds * 1e6));
    }

    void labReferences_data() {
        QTest::addColumn<QString>("lab");
        QTest::addColumn<bool>("builtinLesson");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown built-in") << "builtin:nope" << true << "no built-in lab 'nope'";
        QTest::newRow("file from a built-in lesson")
            << "labs/x.json" << true << "can only use built-in labs";
        QTest::newRow("missing file") << "missing.json" << false << "cannot open";
        QTest::newRow("bad lab file") << "bad.json" << false << "";
    }
    void labReferences() {
        QFETCH(QString, lab);
        QFETCH(bool, builtinLesson);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile bad(dir.filePath("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format": "wirewalk-lab", "version": 1, "devices": 3})");
        bad.close();
        lesson::Lesson l;
        l.lab = lab.toStdString();
        const QString reference =
            builtinLesson ? QStringLiteral("builtin:x") : dir.filePath("lesson.json");
        const auto r = lesson::loadLessonLab(l, reference);
        QVERIFY(!r.lab);
        QVERIFY(!r.issues.empty());
        QVERIFY(r.issues[0].path.startsWith("lab"));
        QVERIFY2(r.issues[0].message.contains(message), qPrintable(issuesText(r.issues)));
    }

    void relativeLabPathIsFromTheLessonFolder() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("labs"));
        QFile in(":/labs/two-lans.json");
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(dir.filePath("labs/mine.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll());
        out.close();
        lesson::Lesson l;
        l.lab = "labs/mine.json";
        const auto r = lesson::loadLessonLab(l, dir.filePath("lesson.json"));
        QVERIFY2(r.lab, qPrintable(issuesText(r.issues)));
        QCOMPARE(r.lab->name, std::string("two-lans"));
    }

    void everyBuiltinLessonPlaysOnItsLab() {
        const auto builtins = lesson::builtinLessons();
        QCOMPARE(builtins.size(), std::size_t{12});
        QStringList sections;
        for (const auto& b : builtins) {
            const QString ref = QStringLiteral("builtin:") + b.name;
            const auto loaded = lesson::loadLesson(ref);
            QVERIFY2(loaded.lesson, qPrintable(ref + "\n" + issuesText(loaded.issues)));
            const lesson::Lesson& l = *loaded.lesson;
            sections << QString::fromStdString(l.section);
            QVERIFY2(l.steps.size() >= 5 && l.steps.size() <= 12, qPrintable(ref));
            QVERIFY2(!l.title.en.empty() && !l.title.ko.empty(), qPrintable(ref));
            for (std::size_t i = 0; i < l.steps.size(); ++i) {
                const auto& s = l.steps[i];
                const QString where = QStringLiteral("%1 steps[%2]").arg(ref).arg(i);
                QVERIFY2(!s.narration.en.empty() && !s.narration.ko.empty(), qPrintable(where));
                if (s.question) {
                    QVERIFY2(!s.question->prompt.ko.empty() && !s.question->explanation.ko.empty(),
                             qPrintable(where));
                    for (const auto& c : s.question->choices)
                        QVERIFY2(!c.ko.empty(), qPrintable(where));
                }
            }
            const QString labName = QString::fromStdString(l.lab).mid(8);
            const auto& run = test::recordBuiltin(labName);
            const auto resolved = lesson::resolveSteps(l, run.events(), names(run), run.duration());
            QVERIFY2(resolved.issues.empty(), qPrintable(ref + "\n" + issuesText(resolved.issues)));
            // Steps go forward in time: Next never moves the clock back.
            for (std::size_t i = 1; i < resolved.positions.size(); ++i)
                QVERIFY2(resolved.positions[i].applied >= resolved.positions[i - 1].applied,
                         qPrintable(QStringLiteral("%1 steps[%2]").arg(ref).arg(i)));
        }
        // One lesson a section, in the course notes' order.
        QCOMPARE(sections, lesson::courseSections());
    }

    void answerCheck_data() {
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("right");
        QTest::newRow("exact") << "SYN-SENT" << true;
        QTest::newRow("case and spaces") << "  syn - sent " << true;
        QTest::newRow("second accepted") << "syn_sent" << true;
        QTest::newRow("wrong") << "SYN-RECEIVED" << false;
        QTest::newRow("empty") << "   " << false;
    }
    void answerCheck() {
        QFETCH(QString, given);
        QFETCH(bool, right);
        lesson::Question q;
        q.answers = {"SYN-SENT", "syn_sent"};
        QCOMPARE(lesson::isCorrectAnswer(q, given), right);
    }

    void choiceCheck() {
        lesson::Question q;
        q.choices = {{"a", ""}, {"b", ""}, {"c", ""}};
        q.correct = 2;
        QVERIFY(lesson::isCorrectChoice(q, 2));
        QVERIFY(!lesson::isCorrectChoice(q, 1));
        QVERIFY(!lesson::isCorrectChoice(q, 0));
        lesson::Question free;
        free.answers = {"2"};
        QVERIFY(!lesson::isCorrectChoice(free, 0)); // a free answer has no choices
    }
};

QTEST_MAIN(TestLessons)
#include "test_lessons.moc"
