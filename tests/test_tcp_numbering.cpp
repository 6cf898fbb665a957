// The packet inspector's TCP sequence and acknowledgment numbers follow the
// relative/absolute setting shared with the event list and the sequence
// diagram, the way Wireshark shows them: "1 (relative sequence number)" and a
// "Sequence number (raw)" row over the same bytes.
#include "inspector/dissection_model.h"
#include "inspector/encapsulation_story.h"
#include "inspector/packet_inspector.h"
#include "inspector/tcp_numbering.h"
#include "models/sequence_numbering.h"
#include "recorded_lab.h"
#include "wire/tcp.h"

#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace ww;
using namespace ww::inspector;

namespace {

constexpr int kSeqAt = 14 + 20 + 4; // Ethernet, IPv4 without options, TCP ports
constexpr int kAckAt = kSeqAt + 4;

// The rows of the TCP layer, as "label=value".
QStringList tcpRows(const Dissection& d) {
    QStringList rows;
    for (const auto& l : d.layers)
        if (l.key == QLatin1String("tcp"))
            for (const auto& f : l.children)
                if (f.key == QLatin1String("sequence") || f.key == QLatin1String("acknowledgment"))
                    rows << f.label + QLatin1Char('=') + f.value;
    return rows;
}

// The first frame put on a link whose TCP flags are exactly `flags` (and, for
// data, carries a payload), as an event index; events().size() if none.
std::size_t frameWithFlags(const ui::RecordedRun& run, std::uint8_t flags, bool data) {
    for (const ui::FrameFlight& f : run.flights()) {
        const ByteView b = f.frame.view();
        if (b.size() < 14 + 20 + 20 || b[14 + 9] != 6)
            continue;
        const ByteView seg = b.subspan(14 + 20);
        const std::size_t ipTotal = readU16(b, 14 + 2);
        const bool hasData = ipTotal > 20 + static_cast<std::size_t>(seg[12] >> 4) * 4;
        if (seg[13] == flags && hasData == data)
            return f.startEvent;
    }
    return run.events().size();
}

} // namespace

class TestTcpNumbering : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void relativeRows_data();
    void relativeRows();
    void bareSegmentUsesItsCarrier();
    void toggleUpdatesAnOpenInspector();
};

void TestTcpNumbering::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // the setting is remembered: not in the user's file
}

void TestTcpNumbering::cleanup() {
    ui::SequenceNumbering::instance().setRelative(true);
}

void TestTcpNumbering::relativeRows_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<int>("flags");
    QTest::addColumn<bool>("data");
    QTest::addColumn<QString>("sequence"); // relative
    QTest::addColumn<QString>("ack");      // relative, empty: no ACK flag, no raw row
    // The handshake: each side counts from its own ISN; the ACK of a SYN is 1.
    QTest::newRow("SYN") << "tcp-handshake" << int(tcp::kSyn) << false << "0"
                         << "";
    QTest::newRow("SYN, ACK") << "tcp-handshake" << int(tcp::kSyn | tcp::kAck) << false << "0"
                              << "1";
    QTest::newRow("ACK") << "tcp-handshake" << int(tcp::kAck) << false << "1"
                         << "1";
    // Data: the first byte after the SYN is 1; the answer acknowledges the request's length.
    QTest::newRow("GET") << "http-get" << int(tcp::kAck | tcp::kPsh) << true << "1"
                         << "1";
    // Behind a NAT the outside flow has other addresses and its own count from 0.
    QTest::newRow("napt SYN, ACK") << "napt" << int(tcp::kSyn | tcp::kAck) << false << "0"
                                   << "1";
}

void TestTcpNumbering::relativeRows() {
    QFETCH(QString, lab);
    QFETCH(int, flags);
    QFETCH(bool, data);
    QFETCH(QString, sequence);
    QFETCH(QString, ack);
    const ui::RecordedRun& run = test::recordBuiltin(lab);
    const std::size_t event = frameWithFlags(run, static_cast<std::uint8_t>(flags), data);
    QVERIFY2(event < run.events().size(), "no such frame");
    const auto* tx = std::get_if<FrameTxStart>(&run.events()[event].kind);
    QVERIFY(tx);
    const ByteView frame = tx->frame.view();
    const QString rawSeq = QString::number(readU32(frame, kSeqAt));
    const QString rawAck = QString::number(readU32(frame, kAckAt));
    QVERIFY(rawSeq != sequence); // an ISN of 0 or 1 would make this test blind

    const auto bases = tcpBasesOf(run, event);
    QVERIFY(bases);
    Dissection d = dissect(frame);
    showRelativeNumbers(d, *bases);
    QStringList want{QStringLiteral("Sequence number=%1 (relative sequence number)").arg(sequence),
                     QStringLiteral("Sequence number (raw)=") + rawSeq};
    if (ack.isEmpty())
        want << QStringLiteral("Acknowledgment number=") + rawAck;
    else
        want << QStringLiteral("Acknowledgment number=%1 (relative ack number)").arg(ack)
             << QStringLiteral("Acknowledgment number (raw)=") + rawAck;
    QCOMPARE(tcpRows(d), want);
}

void TestTcpNumbering::bareSegmentUsesItsCarrier() {
    // The SYN as TCP built it, before IP and Ethernet were added: no addresses of its own.
    const ui::RecordedRun& run = test::recordBuiltin(QStringLiteral("tcp-handshake"));
    std::size_t built = run.events().size();
    std::optional<EventPdu> pdu;
    for (std::size_t i = 0; i < run.events().size() && !pdu; ++i)
        if ((pdu = pduOf(run, i)) && pdu->protocol != Protocol::Tcp)
            pdu.reset();
        else if (pdu)
            built = i;
    QVERIFY(pdu);
    QCOMPARE(pdu->pdu.view()[13], std::uint8_t(tcp::kSyn));
    const auto bases = tcpBasesOf(run, built);
    QVERIFY(bases);
    QCOMPARE(bases->sequence, readU32(pdu->pdu.view(), 4));
    Dissection d = dissect(pdu->pdu.view(), Protocol::Tcp);
    showRelativeNumbers(d, *bases);
    QCOMPARE(tcpRows(d).value(0), QStringLiteral("Sequence number=0 (relative sequence number)"));
}

void TestTcpNumbering::toggleUpdatesAnOpenInspector() {
    auto& numbering = ui::SequenceNumbering::instance();
    numbering.setRelative(true);
    const ui::RecordedRun& run = test::recordBuiltin(QStringLiteral("tcp-handshake"));
    const std::size_t event = frameWithFlags(run, tcp::kSyn | tcp::kAck, false);
    const ByteView frame = std::get<FrameTxStart>(run.events()[event].kind).frame.view();
    const QString rawSeq = QString::number(readU32(frame, kSeqAt));
    PacketInspector inspector;
    QVERIFY(inspector.inspectEvent(run, event));
    QCOMPARE(tcpRows(inspector.model().dissection()).value(0),
             QStringLiteral("Sequence number=0 (relative sequence number)"));
    // The relative row and the raw row light the real bytes.
    QVERIFY(inspector.selectField(QStringLiteral("tcp"), QStringLiteral("sequence")));
    QCOMPARE(inspector.highlightedBytes(), std::make_pair(kSeqAt, 4));
    QTreeView* tree = inspector.tree();
    const QModelIndex raw = tree->currentIndex().siblingAtRow(tree->currentIndex().row() + 1);
    QCOMPARE(raw.data().toString(), QStringLiteral("Sequence number (raw)"));
    tree->setCurrentIndex(raw);
    QCOMPARE(inspector.highlightedBytes(), std::make_pair(kSeqAt, 4));

    numbering.setRelative(false); // the open inspector follows
    QCOMPARE(tcpRows(inspector.model().dissection()),
             (QStringList{QStringLiteral("Sequence number=") + rawSeq,
                          QStringLiteral("Acknowledgment number=") +
                              QString::number(readU32(frame, kAckAt))}));
    QCOMPARE(inspector.highlightedBytes(), std::make_pair(kSeqAt, 4)); // still on the field
    numbering.setRelative(true);
    QCOMPARE(tcpRows(inspector.model().dissection()).value(0),
             QStringLiteral("Sequence number=0 (relative sequence number)"));

    // Bytes without their run are shown as carried.
    inspector.inspectPdu(frame);
    QCOMPARE(tcpRows(inspector.model().dissection()).value(0),
             QStringLiteral("Sequence number=") + rawSeq);
}

QTEST_MAIN(TestTcpNumbering)
#include "test_tcp_numbering.moc"
