// The sequence diagram of the built-in TCP labs: which conversations a run has, the
// arrows in order with their labels, each side's TCP states, the X on a lost
// segment, retransmissions and duplicate ACKs, the misconception callouts, the
// headless export (every lifeline named in the SVG), and the hit test used by clicks.
#include "inspector/view_export.h"
#include "lab/lab_json.h"
#include "models/conversations.h"
#include "models/playback_clock.h"
#include "models/reason_text.h"
#include "recorded_lab.h"
#include "sequence/sequence_diagram.h"
#include "sequence/sequence_export.h"
#include "sequence/sequence_metrics.h"
#include "sequence/sequence_view.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"

#include <QComboBox>
#include <QDockWidget>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ww;
using namespace ww::sequence;

namespace {

struct Built {
    ui::Conversations conversations;
    const ui::Conversation* conversation = nullptr;
};

Built build(const QString& lab, const QString& id = {}) {
    const ui::RecordedRun& run = test::recordBuiltin(lab);
    Built b{ui::Conversations::find(run), nullptr};
    b.conversation =
        id.isEmpty() ? &b.conversations.preferred() : b.conversations.byIdOrNumber(id, nullptr);
    return b;
}

// The diagram of `lab`'s preferred conversation, shown in `view` at `size`.
std::shared_ptr<const SequenceDiagram> showDiagram(SequenceView& view, const QString& lab,
                                                   QSize size) {
    const Built b = build(lab);
    auto d = std::make_shared<const SequenceDiagram>(test::recordBuiltin(lab), b.conversations,
                                                     *b.conversation);
    view.setDiagram(d);
    view.resize(size);
    view.show();
    return d;
}

QStringList labels(const SequenceDiagram& d, int count) {
    QStringList out;
    for (const Arrow& a : d.arrows()) {
        if (out.size() == count)
            break;
        out << QStringLiteral("%1>%2 %3%4")
                   .arg(d.lifelineNames()[a.fromColumn], d.lifelineNames()[a.toColumn], a.label,
                        a.lost ? QStringLiteral(" X") : QString());
    }
    return out;
}

QStringList statesOn(const SequenceDiagram& d, int column) {
    QStringList out;
    for (const Mark& m : d.marks())
        if (m.kind == MarkKind::State && m.column == column)
            out << m.text;
    return out;
}

void dump(const QString& lab, const SequenceDiagram& d, const ui::Conversations& c) {
    if (qEnvironmentVariableIsEmpty("SEQUENCE_DUMP"))
        return;
    qInfo() << lab << "conversations:";
    for (const ui::Conversation& x : c.list())
        qInfo() << "  " << x.id << x.label << x.messages.size();
    for (const Arrow& a : d.arrows())
        qInfo() << "  " << a.t1 << d.lifelineNames()[a.fromColumn] << "->"
                << d.lifelineNames()[a.toColumn] << a.label << "|" << a.detail << a.tag
                << (a.lost ? "LOST" : "") << (a.retransmission ? "RETX" : "")
                << (a.duplicateAck ? "DUP" : "");
    for (int c2 = 0; c2 < int(d.lifelines().size()); ++c2)
        qInfo() << "  states" << d.lifelineNames()[c2] << statesOn(d, c2);
}

} // namespace

class TestSequence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dumpAll();
    void conversations_data();
    void conversations();
    void conversationChoice();
    void arrows_data();
    void arrows();
    void states_data();
    void states();
    void lostSegment();
    void retransmissionsAndDuplicateAcks();
    void timeWaitAndCallouts_data();
    void timeWaitAndCallouts();
    void absoluteNumbers();
    void routersOnThePath();
    void untilCutsTheRun();
    void clickAndFollow();
    void shortViewKeepsNamesOnly();
    void followsEventsWithoutArrows();
    void exportNamesEveryLifeline_data();
    void exportNamesEveryLifeline();
    void followsTheWindowTheme_data();
    void followsTheWindowTheme();
    void renderPngs();
};

void TestSequence::dumpAll() {
    if (qEnvironmentVariableIsEmpty("SEQUENCE_DUMP"))
        QSKIP("set SEQUENCE_DUMP=1 to print the diagrams' arrows and states");
    for (const char* lab :
         {"tcp-handshake", "tcp-close", "tcp-simultaneous-close", "tcp-rst", "tcp-lost-syn",
          "tcp-fast-retransmit", "tcp-loss", "dhcp", "two-lans"}) {
        Built b = build(QString::fromLatin1(lab));
        QVERIFY(b.conversation);
        const SequenceDiagram d(test::recordBuiltin(lab), b.conversations, *b.conversation);
        dump(lab, d, b.conversations);
    }
}

void TestSequence::conversations_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QStringList>("others");
    QTest::addColumn<QStringList>("devices"); // the preferred one's, initiator first
    QTest::newRow("tcp-handshake")
        << "tcp-handshake"
        << "tcp:10.0.1.10:49152-10.0.2.20:80"
        << QStringList{"arp:10.0.1.10-10.0.1.1", "arp:10.0.2.1-10.0.2.20"}
        << QStringList{"PC1", "Server"};
    QTest::newRow("tcp-rst") << "tcp-rst"
                             << "tcp:10.0.1.10:49152-10.0.2.20:81"
                             << QStringList{"arp:10.0.1.10-10.0.1.1"}
                             << QStringList{"PC1", "Server"};
    QTest::newRow("tcp-loss: three ARP resolutions, one per link")
        << "tcp-loss"
        << "tcp:10.0.1.10:49152-10.0.2.20:5001"
        << QStringList{"arp:10.0.1.10-10.0.1.1", "arp:10.0.12.1-10.0.12.2",
                       "arp:10.0.2.1-10.0.2.20"}
        << QStringList{"PC1", "Server"};
    QTest::newRow("dhcp: no TCP, the first conversation")
        << "dhcp"
        << "dhcp:0x0fc710c5" << QStringList{"dhcp:0x082a4514", "icmp:10.0.1.100-10.0.2.20:22272"}
        << QStringList{"PC1", "R1"};
    QTest::newRow("two-lans: pings by echo identifier")
        << "two-lans"
        << "arp:10.0.1.10-10.0.1.1"
        << QStringList{"icmp:10.0.1.10-10.0.2.10:22272", "icmp:10.0.1.11-10.0.1.10:22288"}
        << QStringList{"PC1", "R1"};
}

void TestSequence::conversations() {
    QFETCH(QString, lab);
    QFETCH(QString, preferred);
    QFETCH(QStringList, others);
    QFETCH(QStringList, devices);
    const ui::RecordedRun& run = test::recordBuiltin(lab);
    const ui::Conversations c = ui::Conversations::find(run);
    QCOMPARE(c.preferred().id, preferred);
    QStringList ids;
    for (const ui::Conversation& x : c.list())
        ids << x.id;
    for (const QString& id : others)
        QVERIFY2(ids.contains(id), qPrintable(ids.join(", ")));
    QCOMPARE(ids.removeDuplicates(), 0);
    QStringList names;
    for (DeviceId d : c.preferred().devices)
        names << run.deviceName(d);
    QCOMPARE(names, devices);
    // Its events are in order and include every message it sent.
    const ui::Conversation& p = c.preferred();
    QVERIFY(std::is_sorted(p.events.begin(), p.events.end()));
    for (std::size_t m : p.messages)
        QVERIFY(std::binary_search(p.events.begin(), p.events.end(), c.messages()[m].sendEvent));
    QVERIFY(c.wholeLab().messages.size() >= p.messages.size());
}

void TestSequence::conversationChoice() {
    const ui::Conversations c = ui::Conversations::find(test::recordBuiltin("tcp-close"));
    QString problem;
    QCOMPARE(c.byIdOrNumber("1", &problem), &c.list().front());
    QCOMPARE(c.byIdOrNumber("lab", &problem), &c.wholeLab());
    QCOMPARE(c.byIdOrNumber("tcp:10.0.1.10:49152-10.0.2.20:5001", &problem)->kind,
             ui::ConversationKind::Tcp);
    QVERIFY(problem.isEmpty());
    QVERIFY(!c.byIdOrNumber("udp:1.2.3.4:5-6.7.8.9:10", &problem));
    QVERIFY2(problem.contains("udp:1.2.3.4:5-6.7.8.9:10") &&
                 problem.contains("tcp:10.0.1.10:49152-10.0.2.20:5001"),
             qPrintable(problem));
    QVERIFY(!c.byIdOrNumber(QString::number(c.list().size() + 1), &problem));
    QString none;
    exporting::ViewOptions o;
    o.conversation = "nope";
    QVERIFY(!sequencePicture(test::recordBuiltin("tcp-close"), o, &none));
    QVERIFY(none.contains("nope"));
}

void TestSequence::arrows_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QStringList>("expected"); // the first arrows, in order
    QTest::newRow("tcp-handshake")
        << "tcp-handshake"
        << QStringList{"PC1>Server SYN seq=0", "Server>PC1 SYN, ACK seq=0 ack=1",
                       "PC1>Server ACK ack=1"};
    QTest::newRow("tcp-close: data, then ACK = seq + len")
        << "tcp-close"
        << QStringList{"PC1>Server SYN seq=0",
                       "Server>PC1 SYN, ACK seq=0 ack=1",
                       "PC1>Server ACK ack=1",
                       "PC1>Server seq=1 ack=1 len=1000",
                       "PC1>Server FIN, ACK seq=1001 ack=1",
                       "Server>PC1 ACK ack=1001",
                       "Server>PC1 ACK ack=1002",
                       "Server>PC1 FIN, ACK seq=1 ack=1002",
                       "PC1>Server ACK ack=2"};
    QTest::newRow("tcp-simultaneous-close: the FINs cross")
        << "tcp-simultaneous-close"
        << QStringList{"PC1>Server SYN seq=0",
                       "Server>PC1 SYN, ACK seq=0 ack=1",
                       "PC1>Server ACK ack=1",
                       "PC1>Server FIN, ACK seq=1 ack=1",
                       "Server>PC1 FIN, ACK seq=1 ack=1",
                       "Server>PC1 ACK ack=2",
                       "PC1>Server ACK ack=2"};
    QTest::newRow("tcp-rst: refused, not lost")
        << "tcp-rst" << QStringList{"PC1>Server SYN seq=0", "Server>PC1 RST, ACK seq=0 ack=1"};
    QTest::newRow("tcp-lost-syn: the X, then the SYN again")
        << "tcp-lost-syn"
        << QStringList{"PC1>Server SYN seq=0 X",           "PC1>Server SYN seq=0",
                       "Server>PC1 SYN, ACK seq=0 ack=1",  "PC1>Server ACK ack=1",
                       "PC1>Server seq=1 ack=1 len=1460",  "Server>PC1 ACK ack=1461",
                       "PC1>Server seq=1461 ack=1 len=540"};
    QTest::newRow("tcp-fast-retransmit") << "tcp-fast-retransmit"
                                         << QStringList{"PC1>Server SYN seq=0",
                                                        "Server>PC1 SYN, ACK seq=0 ack=1",
                                                        "PC1>Server ACK ack=1",
                                                        "PC1>Server seq=1 ack=1 len=1460",
                                                        "PC1>Server seq=1461 ack=1 len=1460",
                                                        "PC1>Server seq=2921 ack=1 len=1460 X",
                                                        "Server>PC1 ACK ack=1461",
                                                        "Server>PC1 ACK ack=2921"};
    QTest::newRow("tcp-loss") << "tcp-loss"
                              << QStringList{
                                     "PC1>Server SYN seq=0", "Server>PC1 SYN, ACK seq=0 ack=1",
                                     "PC1>Server ACK ack=1", "PC1>Server seq=1 ack=1 len=1460"};
}

void TestSequence::arrows() {
    QFETCH(QString, lab);
    QFETCH(QStringList, expected);
    Built b = build(lab);
    const SequenceDiagram d(test::recordBuiltin(lab), b.conversations, *b.conversation);
    QCOMPARE(labels(d, static_cast<int>(expected.size())), expected);
    // Time flows down: each arrow starts no higher than the one before and ends below its start.
    for (std::size_t i = 0; i < d.arrows().size(); ++i) {
        QVERIFY(d.arrows()[i].y2 > d.arrows()[i].y1);
        if (i > 0)
            QVERIFY(d.arrows()[i].y1 >= d.arrows()[i - 1].y1);
    }
    // The handshake's SYNs carry their window and MSS option.
    QVERIFY2(d.arrows().front().detail.contains("MSS=1460"), qPrintable(d.arrows().front().detail));
}

void TestSequence::states_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QStringList>("client");
    QTest::addColumn<QStringList>("server");
    const QStringList open{"SYN-SENT", "ESTABLISHED"};
    const QStringList accept{"LISTEN", "SYN-RECEIVED", "ESTABLISHED"};
    QTest::newRow("tcp-handshake") << "tcp-handshake" << open << accept;
    QTest::newRow("tcp-close") << "tcp-close"
                               << open +
                                      QStringList{"FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT", "CLOSED"}
                               << accept + QStringList{"CLOSE-WAIT", "LAST-ACK", "CLOSED"};
    QTest::newRow("tcp-simultaneous-close")
        << "tcp-simultaneous-close"
        << open + QStringList{"FIN-WAIT-1", "CLOSING", "TIME-WAIT", "CLOSED"}
        << accept + QStringList{"FIN-WAIT-1", "CLOSING", "TIME-WAIT", "CLOSED"};
    QTest::newRow("tcp-rst") << "tcp-rst" << QStringList{"SYN-SENT", "CLOSED"} << QStringList{};
    QTest::newRow("tcp-lost-syn") << "tcp-lost-syn"
                                  << open + QStringList{"FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT",
                                                        "CLOSED"}
                                  << accept + QStringList{"CLOSE-WAIT", "LAST-ACK", "CLOSED"};
}

void TestSequence::states() {
    QFETCH(QString, lab);
    QFETCH(QStringList, client);
    QFETCH(QStringList, server);
    Built b = build(lab);
    const SequenceDiagram d(test::recordBuiltin(lab), b.conversations, *b.conversation);
    QCOMPARE(d.lifelineNames(), (QStringList{"PC1", "Server"}));
    QCOMPARE(statesOn(d, 0), client);
    QCOMPARE(statesOn(d, 1), server);
    // Marks on one lifeline never sit on top of each other.
    for (int c = 0; c < 2; ++c) {
        int last = -1000;
        for (const Mark& m : d.marks())
            if (m.kind == MarkKind::State && m.column == c) {
                QVERIFY(m.y - last >= 16);
                last = m.y;
            }
    }
}

void TestSequence::lostSegment() {
    Built b = build("tcp-lost-syn");
    const SequenceDiagram d(test::recordBuiltin("tcp-lost-syn"), b.conversations, *b.conversation);
    const Arrow& lost = d.arrows().front();
    QVERIFY(lost.lost);
    QVERIFY(lost.endAt < 1.0); // the X is on the way, not at the server
    QVERIFY2(lost.detail.startsWith(ui::dropReasonText(DropReason::Injected)),
             qPrintable(lost.detail));
    const Arrow& again = d.arrows()[1];
    QVERIFY(again.retransmission && !again.lost);
    QVERIFY2(again.tag.contains(ui::retransmitReasonText(RetransmitReason::Timeout)),
             qPrintable(again.tag));
    // The RTO timer: it expired and doubled before the SYN went again.
    bool rto = false;
    for (const Mark& m : d.spans())
        rto |= m.kind == MarkKind::Rto && m.y <= again.y1 + 2 && m.column == 0;
    QVERIFY(rto);

    // tcp-loss: every X has its reason, and data lost is sent again.
    Built l = build("tcp-loss");
    const SequenceDiagram big(test::recordBuiltin("tcp-loss"), l.conversations, *l.conversation);
    int lostCount = 0;
    for (const Arrow& a : big.arrows())
        if (a.lost) {
            ++lostCount;
            QVERIFY(!a.detail.isEmpty());
            bool resent = false;
            const sequence::Message& m = l.conversations.messages()[a.message];
            for (const Arrow& r : big.arrows())
                resent |= r.retransmission && l.conversations.messages()[r.message].seq == m.seq &&
                          r.y1 > a.y1;
            QVERIFY2(resent || m.length == 0, qPrintable(a.label));
        }
    QVERIFY(lostCount > 0);
}

void TestSequence::retransmissionsAndDuplicateAcks() {
    Built b = build("tcp-fast-retransmit");
    const SequenceDiagram d(test::recordBuiltin("tcp-fast-retransmit"), b.conversations,
                            *b.conversation);
    QStringList dups;
    int fast = -1;
    for (std::size_t i = 0; i < d.arrows().size(); ++i) {
        const Arrow& a = d.arrows()[i];
        if (a.duplicateAck)
            dups << a.label + " " + a.tag;
        if (a.retransmission && fast < 0)
            fast = static_cast<int>(i);
    }
    QCOMPARE(dups, (QStringList{"ACK ack=2921 duplicate ACK #1", "ACK ack=2921 duplicate ACK #2",
                                "ACK ack=2921 duplicate ACK #3", "ACK ack=2921 duplicate ACK #4"}));
    QVERIFY(fast >= 0);
    QCOMPARE(d.arrows()[static_cast<std::size_t>(fast)].label,
             QStringLiteral("seq=2921 ack=1 len=1460"));
    QVERIFY(d.arrows()[static_cast<std::size_t>(fast)].tag.contains(
        ui::retransmitReasonText(RetransmitReason::FastRetransmit)));
}

void TestSequence::timeWaitAndCallouts_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QList<int>>("timeWaitColumns");
    QTest::addColumn<QStringList>("callouts"); // a word each callout must hold, in row order
    QTest::newRow("tcp-handshake") << "tcp-handshake" << QList<int>{} << QStringList{"handshake"};
    QTest::newRow("tcp-close") << "tcp-close" << QList<int>{0}
                               << QStringList{"handshake", "ACK = seq + 1", "CLOSE-WAIT",
                                              "TIME-WAIT"};
    QTest::newRow("tcp-simultaneous-close") << "tcp-simultaneous-close" << QList<int>{0, 1}
                                            << QStringList{"handshake", "simultaneous close"};
}

void TestSequence::timeWaitAndCallouts() {
    QFETCH(QString, lab);
    QFETCH(QList<int>, timeWaitColumns);
    QFETCH(QStringList, callouts);
    Built b = build(lab);
    const SequenceDiagram d(test::recordBuiltin(lab), b.conversations, *b.conversation);
    QList<int> bars;
    QStringList texts;
    for (const Mark& m : d.spans()) {
        if (m.timeWait) {
            bars << m.column;
            QVERIFY(m.y2 > m.y);
            QVERIFY2(m.text.startsWith("2 MSL"), qPrintable(m.text));
        }
        if (m.kind == MarkKind::Callout) {
            texts << m.text;
            QCOMPARE(m.title, QStringLiteral("Common misconception"));
        }
    }
    std::sort(bars.begin(), bars.end());
    QCOMPARE(bars, timeWaitColumns);
    QCOMPARE(texts.size(), callouts.size());
    for (int i = 0; i < callouts.size(); ++i)
        QVERIFY2(texts[i].contains(callouts[i]), qPrintable(texts[i]));
    // The ACK callout works the arithmetic of this run: seq=1 + len=1000 -> ack=1001.
    if (lab == QLatin1String("tcp-close"))
        QVERIFY2(texts[1].contains("seq=1 + len=1000 → ack=1001"), qPrintable(texts[1]));
    // Notes never overlap.
    int bottom = -1;
    for (const Mark& m : d.spans())
        if (m.noteH > 0) {
            QVERIFY(m.noteY >= bottom);
            bottom = m.noteY + m.noteH;
        }
    QVERIFY(bottom < d.size().height());
}

void TestSequence::absoluteNumbers() {
    Built b = build("tcp-handshake");
    DiagramOptions o;
    o.relative = false;
    const SequenceDiagram d(test::recordBuiltin("tcp-handshake"), b.conversations, *b.conversation,
                            o);
    const sequence::Message& syn = b.conversations.messages()[d.arrows()[0].message];
    const sequence::Message& synAck = b.conversations.messages()[d.arrows()[1].message];
    QVERIFY(syn.seq != 0);
    QCOMPARE(d.arrows()[0].label, QStringLiteral("SYN seq=%1").arg(syn.seq));
    QCOMPARE(d.arrows()[1].label,
             QStringLiteral("SYN, ACK seq=%1 ack=%2").arg(synAck.seq).arg(syn.seq + 1));
}

void TestSequence::routersOnThePath() {
    Built b = build("tcp-loss");
    DiagramOptions o;
    o.routers = true;
    o.maxMessages = 3;
    const SequenceDiagram d(test::recordBuiltin("tcp-loss"), b.conversations, *b.conversation, o);
    QCOMPARE(d.lifelineNames(), (QStringList{"PC1", "R1", "R2", "Server"}));
    QVERIFY(d.cut());
    // Three messages, three hops each: PC1 -> R1 -> R2 -> Server and back.
    QStringList hops;
    for (const Arrow& a : d.arrows())
        hops << d.lifelineNames()[a.fromColumn] + ">" + d.lifelineNames()[a.toColumn];
    QCOMPARE(hops, (QStringList{"PC1>R1", "R1>R2", "R2>Server", "Server>R2", "R2>R1", "R1>PC1",
                                "PC1>R1", "R1>R2", "R2>Server"}));
}

void TestSequence::untilCutsTheRun() {
    Built b = build("tcp-handshake");
    const ui::RecordedRun& run = test::recordBuiltin("tcp-handshake");
    const SequenceDiagram all(run, b.conversations, *b.conversation);
    DiagramOptions o;
    o.until = all.arrows()[1].t1; // up to the SYN, ACK being sent
    const SequenceDiagram part(run, b.conversations, *b.conversation, o);
    QCOMPARE(part.arrows().size(), std::size_t{2});
    QVERIFY(part.size().height() < all.size().height());
}

void TestSequence::clickAndFollow() {
    Built b = build("tcp-loss");
    const ui::RecordedRun& run = test::recordBuiltin("tcp-loss");
    DiagramOptions o;
    o.maxMessages = 100000;
    auto d = std::make_shared<const SequenceDiagram>(run, b.conversations, *b.conversation, o);
    QVERIFY(d->arrows().size() > 1000);
    for (std::size_t i : {std::size_t{0}, std::size_t{500}, d->arrows().size() - 1}) {
        const Arrow& a = d->arrows()[i];
        QCOMPARE(d->arrowForEvent(a.event), static_cast<int>(i));
        const QPoint mid((d->columnX(a.fromColumn) + d->columnX(a.toColumn)) / 2,
                         (a.y1 + a.y2) / 2);
        QCOMPARE(d->arrowAt(mid), static_cast<int>(i));
    }
    SequenceView view;
    view.resize(900, 600);
    view.setDiagram(d);
    QSignalSpy clicked(&view, &SequenceView::eventClicked);
    // Stepping to the last arrow's event scrolls it into view.
    const Arrow& last = d->arrows().back();
    view.setSelectedEvent(static_cast<int>(last.event), true);
    QCOMPARE(view.selectedArrow(), static_cast<int>(d->arrows().size() - 1));
    const int top = view.verticalScrollBar()->value();
    QVERIFY(top > 0 && top <= last.y1 && last.y2 <= top + view.viewport()->height());
    // A click on it reports its event.
    const QPoint mid((d->columnX(last.fromColumn) + d->columnX(last.toColumn)) / 2 -
                         view.horizontalScrollBar()->value(),
                     (last.y1 + last.y2) / 2 - top);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, mid);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.front().front().toInt(), static_cast<int>(last.event));
}

// A short view (presenter mode's bottom row at 1024x768) keeps only the names at the top, and
// its first rows start under them: the full header took most of it, and no arrow showed.
void TestSequence::shortViewKeepsNamesOnly() {
    SequenceView view;
    const auto d = showDiagram(view, "tcp-handshake", QSize(900, 600));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.compactHeader());
    QCOMPARE(view.verticalScrollBar()->minimum(), 0);
    view.resize(900, 190);
    QTRY_VERIFY(view.compactHeader());
    QCOMPARE(d->headerHeight(true), metrics::kCompactHeaderH);
    const int top = view.verticalScrollBar()->value();
    QCOMPARE(top, view.verticalScrollBar()->minimum());
    QVERIFY(top > 0);
    // The first row (the SYN-SENT state) right under the names: what the full header hid.
    const int firstRow = metrics::kHeaderH + metrics::kTopPad;
    QVERIFY2(firstRow - top > metrics::kCompactHeaderH && firstRow - top < 80,
             qPrintable(QString::number(firstRow - top)));
    // Stepping to the SYN scrolls it under the names, where a click picks it.
    const Arrow& syn = d->arrows().front();
    view.setSelectedEvent(static_cast<int>(syn.event), true);
    const int at = view.verticalScrollBar()->value();
    QVERIFY2(syn.y1 - at > metrics::kCompactHeaderH, qPrintable(QString::number(syn.y1 - at)));
    QSignalSpy clicked(&view, &SequenceView::eventClicked);
    const int x = (d->columnX(syn.fromColumn) + d->columnX(syn.toColumn)) / 2 -
                  view.horizontalScrollBar()->value();
    const int y = (syn.y1 + syn.y2) / 2 - at;
    QVERIFY2(y < view.viewport()->height(), qPrintable(QString::number(y)));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(x, y));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.front().front().toInt(), static_cast<int>(syn.event));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      QPoint(d->columnX(0) - view.horizontalScrollBar()->value(), 10));
    QCOMPARE(clicked.size(), 1);
    // Tall again: the full header, from the top.
    view.resize(900, 600);
    QTRY_VERIFY(!view.compactHeader());
    QCOMPARE(view.verticalScrollBar()->minimum(), 0);
}

// Stepping to an event with no arrow in the diagram (a router's decision) keeps the line at
// the playback moment in sight: the view used to stay where it was, the line off screen.
void TestSequence::followsEventsWithoutArrows() {
    const ui::RecordedRun& run = test::recordBuiltin("tcp-loss");
    SequenceView view;
    const auto d = showDiagram(view, "tcp-loss", QSize(900, 300));
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The last event without an arrow that still falls among the diagram's rows, far down.
    int pick = -1;
    for (int i = static_cast<int>(run.events().size()) - 1; i >= 0 && pick < 0; --i) {
        const auto& e = run.events()[static_cast<std::size_t>(i)];
        if (d->arrowForEvent(static_cast<std::size_t>(i)) < 0 &&
            d->yAt(e.time) < d->arrows().back().y1 && d->yAt(e.time) > 2000)
            pick = i;
    }
    QVERIFY(pick >= 0);
    const SimTime now = run.events()[static_cast<std::size_t>(pick)].time;
    QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->minimum());
    view.setNow(now);
    view.setSelectedEvent(pick, true);
    QCOMPARE(view.selectedArrow(), -1);
    const int y = d->yAt(now);
    const int top = view.verticalScrollBar()->value() + d->headerHeight(view.compactHeader());
    const int bottom = view.verticalScrollBar()->value() + view.viewport()->height();
    QVERIFY2(y > top && y < bottom,
             qPrintable(QStringLiteral("%1 not in %2..%3").arg(y).arg(top).arg(bottom)));
}

void TestSequence::exportNamesEveryLifeline_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("conversation");
    for (const char* lab : {"tcp-handshake", "tcp-close", "tcp-simultaneous-close", "tcp-rst",
                            "tcp-lost-syn", "tcp-fast-retransmit", "tcp-loss"})
        QTest::newRow(lab) << lab << "";
    QTest::newRow("tcp-loss, whole lab") << "tcp-loss"
                                         << "lab";
    QTest::newRow("dhcp") << "dhcp"
                          << "2";
}

void TestSequence::exportNamesEveryLifeline() {
    QFETCH(QString, lab);
    QFETCH(QString, conversation);
    const ui::RecordedRun& run = test::recordBuiltin(lab);
    exporting::ViewOptions o;
    o.conversation = conversation;
    QString problem;
    const auto picture = sequencePicture(run, o, &problem);
    QVERIFY2(picture, qPrintable(problem));
    QVERIFY(picture->title.contains(lab == "dhcp"           ? "DHCP"
                                    : conversation == "lab" ? "whole lab"
                                                            : "TCP"));
    QTemporaryDir dir;
    QString error;
    const QString svg = dir.filePath("s.svg");
    QVERIFY2(inspector::exportView(picture->size, picture->paint, inspector::ExportFormat::Svg, svg,
                                   picture->title, &error),
             qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters)
            text << xml.text().toString();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const ui::Conversations c = ui::Conversations::find(run);
    const ui::Conversation* chosen =
        conversation.isEmpty() ? &c.preferred() : c.byIdOrNumber(conversation, nullptr);
    QVERIFY(chosen && !chosen->devices.empty());
    for (DeviceId dev : chosen->devices)
        QVERIFY2(text.contains(run.deviceName(dev)), qPrintable(run.deviceName(dev)));
    if (chosen->kind == ui::ConversationKind::Tcp)
        QVERIFY(text.contains("SYN seq=0"));
    // The time axis in milliseconds to the microsecond, as the event list: "504.020" under
    // "Time (ms)" (it was seconds with six decimals and no unit).
    QVERIFY(text.contains("Time (ms)"));
    QVERIFY2(text.filter(QRegularExpression(QStringLiteral("^\\d+\\.\\d{3}$"))).size() >= 2,
             qPrintable(text.join('|').left(400)));
    QVERIFY(text.filter(QRegularExpression(QStringLiteral("^\\d+\\.\\d{6}$"))).isEmpty());
    if (lab == QLatin1String("tcp-handshake")) { // PNG and PDF too
        const QString png = dir.filePath("s.png"), pdf = dir.filePath("s.pdf");
        QVERIFY(inspector::exportView(picture->size, picture->paint, inspector::ExportFormat::Png,
                                      png, picture->title, &error));
        QCOMPARE(QImage(png).size(), picture->size * 2);
        QVERIFY(inspector::exportView(picture->size, picture->paint, inspector::ExportFormat::Pdf,
                                      pdf, picture->title, &error));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.readAll().startsWith("%PDF"));
    }
}

// For looking at: SEQUENCE_PNG_DIR=dir writes every TCP lab's diagram as PNG, in
// English and Korean.
namespace {

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

} // namespace

void TestSequence::followsTheWindowTheme_data() {
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("print");
    QTest::addColumn<QColor>("ground");
    QTest::newRow("light window") << false << false << QColor(Qt::white);
    QTest::newRow("dark window") << true << false << QColor(0x1e, 0x1e, 0x1e);
    QTest::newRow("dark window, export") << true << true << QColor(Qt::white);
}

void TestSequence::followsTheWindowTheme() {
    QFETCH(bool, dark);
    QFETCH(bool, print);
    QFETCH(QColor, ground);
    const QPalette before = QGuiApplication::palette();
    const auto restore = qScopeGuard([&] { QGuiApplication::setPalette(before); });
    if (dark)
        QGuiApplication::setPalette(darkPalette());
    else
        QGuiApplication::setPalette(QPalette(Qt::white));
    Built b = build("tcp-handshake");
    DiagramOptions o;
    o.print = print;
    const SequenceDiagram d(test::recordBuiltin("tcp-handshake"), b.conversations, *b.conversation,
                            o);
    QImage image(d.size(), QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter p(&image);
    d.paint(p);
    p.end();
    QCOMPARE(image.pixelColor(2, d.size().height() - 2), ground);
    // The arrows stand out from the ground: the first one's middle is far from it in lightness.
    const Arrow& a = d.arrows().front();
    const int x = (d.columnX(a.fromColumn) + d.columnX(a.toColumn)) / 2;
    const int y = (a.y1 + a.y2) / 2;
    int contrast = 0;
    for (int dy = -2; dy <= 2; ++dy)
        contrast = std::max(contrast,
                            std::abs(image.pixelColor(x, y + dy).lightness() - ground.lightness()));
    QVERIFY2(contrast > 60, qPrintable(QString::number(contrast)));
}

void TestSequence::renderPngs() {
    const QString out = qEnvironmentVariable("SEQUENCE_PNG_DIR");
    if (out.isEmpty())
        QSKIP("set SEQUENCE_PNG_DIR to write the diagrams as PNG");
    for (const char* lang : {"en", "ko"}) {
        QTranslator translator;
        if (QLatin1String(lang) == QLatin1String("ko")) {
            QVERIFY(translator.load(QLocale(lang), "wirewalk", "_", ":/i18n"));
            QCoreApplication::installTranslator(&translator);
        }
        for (const char* lab : {"tcp-handshake", "tcp-close", "tcp-simultaneous-close", "tcp-rst",
                                "tcp-lost-syn", "tcp-fast-retransmit", "tcp-loss"}) {
            exporting::ViewOptions o;
            if (QLatin1String(lab) == QLatin1String("tcp-loss"))
                o.until = secondsToTime(0.62);
            QString problem, error;
            const auto picture = sequencePicture(test::recordBuiltin(lab), o, &problem);
            QVERIFY(picture);
            QVERIFY(inspector::exportView(
                picture->size, picture->paint, inspector::ExportFormat::Png,
                QStringLiteral("%1/%2-%3.png").arg(out, QLatin1String(lab), QLatin1String(lang)),
                picture->title, &error));
        }
        QCoreApplication::removeTranslator(&translator);
    }
    // The dock in the main window, floated large, after a few steps of playback.
    ui::MainWindow window;
    window.resize(1400, 900);
    window.showLab(*lab::loadLab(QStringLiteral("builtin:tcp-close")).lab);
    window.show();
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("sequenceDock"));
    QVERIFY(dock);
    dock->setFloating(true);
    dock->resize(1200, 800);
    dock->show();
    QCoreApplication::processEvents(); // the recording is made once the lab settles
    QVERIFY(window.playback()->clock()->run());
    QCOMPARE(dock->findChild<QComboBox*>()->currentData().toString(),
             QStringLiteral("tcp:10.0.1.10:49152-10.0.2.20:5001"));
    for (int i = 0; i < 40; ++i)
        window.playback()->clock()->stepFrameForward();
    QCoreApplication::processEvents();
    QVERIFY(dock->grab().save(out + QStringLiteral("/dock.png")));
    // The same in a dark window.
    QGuiApplication::setPalette(darkPalette());
    window.setPalette(darkPalette());
    dock->setPalette(darkPalette());
    QCoreApplication::processEvents();
    QVERIFY(dock->grab().save(out + QStringLiteral("/dock-dark.png")));
}

QTEST_MAIN(TestSequence)
#include "test_sequence.moc"
