// Building blocks of the TCP implementation, each against its RFC:
// sequence arithmetic (RFC 9293 §3.4), the RTO estimator (RFC 6298),
// NewReno congestion control (RFC 5681, 6582), the receive buffer.
#include "transport/congestion.h"
#include "transport/receive_buffer.h"
#include "transport/rto_estimator.h"
#include "transport/seq.h"

#include <QtTest>

using namespace ww;
using namespace ww::tcp;

namespace {
Bytes data(std::size_t n, std::uint8_t first) {
    Bytes b(n);
    for (std::size_t i = 0; i < n; ++i)
        b[i] = static_cast<std::uint8_t>(first + i);
    return b;
}
} // namespace

class TestTcpParts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sequenceWraps();
    void rto_data();
    void rto();
    void rtoBacksOffAndCaps();
    void slowStartThenAvoidance();
    void fastRetransmitAndNewRecovery();
    void timeoutCollapsesWindow();
    void receiveInOrder();
    void receiveOutOfOrder_data();
    void receiveOutOfOrder();
    void receiveWindowShrinksUntilRead();
};

void TestTcpParts::sequenceWraps() {
    QVERIFY(seqLt(0xfffffff0u, 0x10u)); // across the wrap
    QVERIFY(seqGt(0x10u, 0xfffffff0u));
    QVERIFY(seqLe(5u, 5u) && seqGe(5u, 5u) && !seqLt(5u, 5u));
    QVERIFY(seqInWindow(0u, 0xffffff00u, 0x100u));
    QVERIFY(!seqInWindow(0x100u, 0xffffff00u, 0x100u));
}

void TestTcpParts::rto_data() {
    QTest::addColumn<QList<qint64>>("samplesMs");
    QTest::addColumn<qint64>("srttUs");
    QTest::addColumn<qint64>("rttvarUs");
    QTest::addColumn<qint64>("rtoMs");
    // First sample R: SRTT = R, RTTVAR = R/2, RTO = R + 4 * R/2 = 3R, at least 1 s.
    QTest::newRow("no sample: InitRTO 1 s")
        << QList<qint64>{} << qint64(-1) << qint64(0) << qint64(1000);
    QTest::newRow("first 100 ms") << QList<qint64>{100} << qint64(100000) << qint64(50000)
                                  << qint64(1000);
    QTest::newRow("first 500 ms") << QList<qint64>{500} << qint64(500000) << qint64(250000)
                                  << qint64(1500);
    // Second: RTTVAR = 3/4*250 + 1/4*|500-300| = 237.5; SRTT = 7/8*500 + 1/8*300 = 475; RTO = 475 +
    // 950.
    QTest::newRow("500 then 300") << QList<qint64>{500, 300} << qint64(475000) << qint64(237500)
                                  << qint64(1425);
}

void TestTcpParts::rto() {
    QFETCH(QList<qint64>, samplesMs);
    QFETCH(qint64, srttUs);
    QFETCH(qint64, rttvarUs);
    QFETCH(qint64, rtoMs);
    RtoEstimator e;
    for (qint64 ms : samplesMs)
        e.addSample(ms * kMillisecond);
    if (srttUs < 0)
        QVERIFY(!e.srtt());
    else
        QCOMPARE(*e.srtt(), srttUs * kMicrosecond);
    QCOMPARE(e.rttvar(), rttvarUs * kMicrosecond);
    QCOMPARE(e.rto(), rtoMs * kMillisecond);
}

void TestTcpParts::rtoBacksOffAndCaps() {
    RtoEstimator e;
    SimTime expected = kSecond;
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(e.rto(), std::min(expected, RtoEstimator::kMaxRto));
        e.backOff();
        expected *= 2;
    }
    QCOMPARE(e.rto(), RtoEstimator::kMaxRto);
    e.addSample(200 * kMillisecond); // a fresh sample recomputes (RFC 6298 §5.7)
    QCOMPARE(e.rto(), kSecond);
}

void TestTcpParts::slowStartThenAvoidance() {
    NewReno cc(1460, 8 * 1460);
    QCOMPARE(cc.cwnd(), 3u * 1460); // IW for SMSS 1460 (RFC 5681 eq. 1)
    QCOMPARE(cc.onNewAck(1460, 1461), NewReno::Change::Grew);
    QCOMPARE(cc.cwnd(), 4u * 1460);
    cc.onNewAck(2920, 4381); // a stretch ACK still grows by one SMSS at most
    QCOMPARE(cc.cwnd(), 5u * 1460);
    for (int i = 0; i < 3; ++i)
        cc.onNewAck(1460, 0);
    QCOMPARE(cc.cwnd(), 8u * 1460);
    // cwnd >= ssthresh: congestion avoidance, one SMSS per cwnd of ACKed bytes.
    for (int i = 0; i < 7; ++i)
        QCOMPARE(cc.onNewAck(1460, 0), NewReno::Change::None);
    QCOMPARE(cc.onNewAck(1460, 0), NewReno::Change::Grew);
    QCOMPARE(cc.cwnd(), 9u * 1460);
    QCOMPARE(cc.phase(), NewReno::Phase::CongestionAvoidance);
}

void TestTcpParts::fastRetransmitAndNewRecovery() {
    NewReno cc(1000);
    for (int i = 0; i < 16; ++i)
        cc.onNewAck(1000, 0); // slow start to 20 SMSS
    QCOMPARE(cc.cwnd(), 20000u);
    const std::uint32_t flight = 20000, sndNxt = 50000;
    QCOMPARE(cc.onDuplicateAck(flight, sndNxt), NewReno::Change::None);
    QCOMPARE(cc.onDuplicateAck(flight, sndNxt), NewReno::Change::None);
    QCOMPARE(cc.onDuplicateAck(flight, sndNxt), NewReno::Change::FastRetransmit);
    QCOMPARE(cc.ssthresh(), 10000u);         // FlightSize / 2
    QCOMPARE(cc.cwnd(), 10000u + 3 * 1000u); // ssthresh + 3 SMSS
    QVERIFY(cc.inRecovery());
    QCOMPARE(cc.onDuplicateAck(flight, sndNxt), NewReno::Change::Grew);
    QCOMPARE(cc.cwnd(), 14000u); // inflated
    // A partial ACK (below recover = 50000) keeps recovery: deflate by 3000, add one SMSS.
    QCOMPARE(cc.onNewAck(3000, 33000), NewReno::Change::PartialAck);
    QCOMPARE(cc.cwnd(), 12000u);
    QVERIFY(cc.inRecovery());
    // The full ACK ends it: cwnd = ssthresh (the "halving").
    QCOMPARE(cc.onNewAck(17000, 50000), NewReno::Change::RecoveryEnded);
    QCOMPARE(cc.cwnd(), 10000u);
    QCOMPARE(cc.phase(), NewReno::Phase::CongestionAvoidance);
}

void TestTcpParts::timeoutCollapsesWindow() {
    NewReno cc(1460);
    for (int i = 0; i < 10; ++i)
        cc.onNewAck(1460, 0);
    QCOMPARE(cc.onTimeout(3 * 1460, 9000), NewReno::Change::Timeout);
    QCOMPARE(cc.cwnd(), 1460u);         // one segment
    QCOMPARE(cc.ssthresh(), 2u * 1460); // max(FlightSize/2, 2 SMSS)
    QCOMPARE(cc.phase(), NewReno::Phase::SlowStart);
}

void TestTcpParts::receiveInOrder() {
    ReceiveBuffer rb(10000, 0xfffffffeu); // starts just before the wrap
    auto a = rb.insert(0xfffffffeu, data(100, 0));
    QCOMPARE(a.inOrder, 100u);
    QCOMPARE(rb.nextExpected(), 98u); // wrapped
    QCOMPARE(rb.read(1000), data(100, 0));
    QVERIFY(rb.insert(0xfffffffeu, data(100, 0)).duplicate); // old data again
}

void TestTcpParts::receiveOutOfOrder_data() {
    QTest::addColumn<QList<int>>("order"); // 100-byte segments by index
    QTest::newRow("in order") << QList<int>{0, 1, 2, 3};
    QTest::newRow("one hole") << QList<int>{0, 2, 3, 1};
    QTest::newRow("reversed") << QList<int>{3, 2, 1, 0};
    QTest::newRow("duplicates") << QList<int>{2, 2, 0, 0, 3, 1};
}

void TestTcpParts::receiveOutOfOrder() {
    QFETCH(QList<int>, order);
    const std::uint32_t isn = 1000;
    ReceiveBuffer rb(65535, isn);
    const Bytes all = data(400, 7);
    for (int i : order)
        rb.insert(isn + 100 * i, ByteView(all).subspan(100 * i, 100));
    QCOMPARE(rb.nextExpected(), isn + 400);
    QCOMPARE(rb.heldOutOfOrder(), std::size_t{0});
    QCOMPARE(rb.read(1000), all);
}

void TestTcpParts::receiveWindowShrinksUntilRead() {
    ReceiveBuffer rb(1000, 0);
    QCOMPARE(rb.window(), 1000u);
    rb.insert(0, data(600, 0));
    QCOMPARE(rb.window(), 400u);
    auto a = rb.insert(600, data(600, 0)); // only 400 fit
    QCOMPARE(a.inOrder, 400u);
    QCOMPARE(rb.window(), 0u); // zero window: a slow reader
    QVERIFY(rb.insert(1000, data(10, 0)).duplicate);
    // Receiver SWS avoidance (RFC 9293 §3.8.6.2.2): 300 free bytes are less than
    // min(half the buffer, MSS) = 500, so the window stays shut...
    rb.read(300);
    QCOMPARE(rb.window(), 0u);
    QVERIFY(rb.insert(1000, data(10, 0)).duplicate); // a probe's byte is not taken
    // ...and opens once it can move by 500 or more, by whole segments (600 free: one
    // 536-byte segment, as Linux offers it), so the sender's segments stay full-sized.
    rb.read(300);
    QCOMPARE(rb.window(), 536u);
    QCOMPARE(rb.insert(1000, data(600, 0)).inOrder, 536u);
    // A FIN takes a sequence number but no buffer space: the window stays.
    ReceiveBuffer fin(4096, 0, 1460);
    fin.insert(0, data(100, 0));
    const std::uint32_t before = fin.window();
    fin.consumeControl();
    QCOMPARE(fin.window(), before);
    QCOMPARE(fin.nextExpected(), 101u);
}

QTEST_APPLESS_MAIN(TestTcpParts)
#include "test_tcp_parts.moc"
