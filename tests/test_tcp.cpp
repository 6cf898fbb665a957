// TCP end to end across switches and a router: the handshake, RST to a closed
// port, the 4-way close with TIME-WAIT, data in MSS-sized segments, a lost
// SYN (RTO 1 s), a lost data segment (duplicate ACKs, fast retransmit).
#include "lab/lab_json.h"
#include "lab_fixtures.h"
#include "net/ip_node.h"
#include "trace/trace_stats.h"
#include "transport/tcp_layer.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"

#include <QtTest>

using namespace ww;
using namespace ww::test;

namespace {

struct Segment {
    SimTime time;
    DeviceId from;
    tcp::Repr repr;
    std::size_t payload;
    std::uint64_t frameId;
};

// A client (PC1) and a server (Server, port 80) on two LANs joined by R1.
struct TcpRun {
    std::unique_ptr<Network> net;
    Recorder rec;
    TraceStats stats;
    IpNode* client;
    IpNode* server;
    tcp::Connection* clientConn = nullptr;
    tcp::Connection* serverConn = nullptr;
    Bytes received;

    explicit TcpRun(const std::set<std::uint64_t>& lose = {}, std::uint16_t listenPort = 80,
                    SimTime serverAckDelay = 0)
        : net(lab::buildNetwork(twoLans().lab(), 1)) {
        rec.attach(*net);
        net->bus().subscribe([this](const Event& e) { stats.onEvent(e); });
        for (auto id : lose)
            net->loseFrame(id);
        client = dynamic_cast<IpNode*>(net->findDevice("PC1"));
        server = dynamic_cast<IpNode*>(net->findDevice("Server"));
        tcp::ConnectionOptions options;
        options.msl = 2 * kSecond; // a class need not wait 2 minutes
        options.ackDelay = serverAckDelay;
        server->tcp().listen(
            listenPort,
            [this](tcp::Connection& c) {
                serverConn = &c;
                c.onReadable = [this, &c] {
                    Bytes b = c.read(1 << 20);
                    received.insert(received.end(), b.begin(), b.end());
                };
                c.onPeerClosed = [&c] { c.close(); };
            },
            options);
    }
    void connectAt(double t, std::uint16_t port = 80, Bytes data = {}, bool closeAfter = false) {
        net->sim().scheduleAt(secondsToTime(t), [this, port, data, closeAfter] {
            tcp::ConnectionOptions options;
            options.msl = 2 * kSecond;
            clientConn = client->tcp().connect(ip("10.0.2.20"), port, options);
            clientConn->onEstablished = [this, data, closeAfter] {
                if (!data.empty())
                    clientConn->send(data);
                if (closeAfter)
                    clientConn->close();
            };
        });
    }
    void run(double seconds) { net->runUntil(secondsToTime(seconds)); }

    // Segments as they left their sender (each counted once: first link only).
    std::vector<Segment> segments() const {
        std::vector<Segment> out;
        for (const Event& e : rec.events) {
            auto* tx = std::get_if<FrameTxStart>(&e.kind);
            if (!tx || net->device(tx->from).kind() == NetDeviceType::Switch ||
                net->device(tx->from).kind() == NetDeviceType::Router)
                continue;
            auto f = ethernet::parseFrame(tx->frame.view());
            if (f->repr.etherType != ethernet::kIpv4)
                continue;
            auto p = ipv4::parse(f->payload);
            if (p->repr.protocol != ipv4::kTcp)
                continue;
            auto s = tcp::parse(p->payload, p->repr.source, p->repr.destination);
            QTest::qVerify(s.ok() && s->checksumOk, "tcp checksum", "", __FILE__, __LINE__);
            out.push_back({e.time, tx->from, s->repr, s->payload.size(), tx->frameId});
        }
        return out;
    }
    std::vector<TcpState> states(DeviceId device) const {
        std::vector<TcpState> out;
        for (const auto& c : rec.all<TcpStateChanged>())
            if (c.conn.device == device)
                out.push_back(c.to);
        return out;
    }
};

Bytes pattern(std::size_t n) {
    Bytes b(n);
    for (std::size_t i = 0; i < n; ++i)
        b[i] = static_cast<std::uint8_t>(i * 7 + 3);
    return b;
}

using S = TcpState;

} // namespace

class TestTcp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void threeWayHandshake();
    void resetForClosedPort();
    void fourWayCloseWithTimeWait();
    void dataInMssSegments();
    void lostSynRetriedAfterOneSecond();
    void lostSegmentFastRetransmit();
    void simultaneousOpen();
    void simultaneousClose();
    void zeroWindowSlowReader();
    void delayedAck_data();
    void delayedAck();
    void lossLabSlowStartHalvingRecovery();
    void lossyLinksStillDeliverEverything_data();
    void lossyLinksStillDeliverEverything();
};

void TestTcp::threeWayHandshake() {
    TcpRun r;
    r.connectAt(0.5);
    r.run(3);
    QVERIFY(r.clientConn && r.serverConn);
    QCOMPARE(r.states(r.client->id()), (std::vector<S>{S::SynSent, S::Established}));
    QCOMPARE(r.states(r.server->id()), (std::vector<S>{S::Listen, S::SynReceived, S::Established}));
    auto segs = r.segments();
    QVERIFY(segs.size() >= 3);
    const auto& syn = segs[0].repr;
    const auto& synAck = segs[1].repr;
    const auto& ack = segs[2].repr;
    QCOMPARE(syn.flags, std::uint8_t(tcp::kSyn));
    QCOMPARE(synAck.flags, std::uint8_t(tcp::kSyn | tcp::kAck));
    QCOMPARE(ack.flags, std::uint8_t(tcp::kAck));
    QCOMPARE(synAck.acknowledgment, syn.sequence + 1); // SYN takes one sequence number
    QCOMPARE(ack.sequence, syn.sequence + 1);
    QCOMPARE(ack.acknowledgment, synAck.sequence + 1);
    QCOMPARE(*syn.options.mss, std::uint16_t(1460)); // 1500 - 20 - 20
    QCOMPARE(*synAck.options.mss, std::uint16_t(1460));
    QVERIFY(syn.sourcePort >= 49152); // ephemeral
    QCOMPARE(syn.destinationPort, std::uint16_t(80));
    QCOMPARE(r.clientConn->effectiveMss(), std::uint16_t(1460));
    // RTT samples: the client on the SYN-ACK, the server on the final ACK (RFC 6298).
    auto samples = r.rec.all<TcpRttSample>();
    QCOMPARE(samples.size(), std::size_t{2});
    QCOMPARE(samples[0].conn.device, r.client->id());
    QCOMPARE(samples[1].conn.device, r.server->id());
    QVERIFY(samples[0].rtt > 0 && samples[1].rtt > 0);
    QCOMPARE(samples[0].rto, kSecond); // RTO floor of 1 s
}

void TestTcp::resetForClosedPort() {
    TcpRun r;
    r.connectAt(0.5, 81);
    r.run(3);
    QCOMPARE(r.states(r.client->id()), (std::vector<S>{S::SynSent, S::Closed}));
    auto segs = r.segments();
    QCOMPARE(segs.size(), std::size_t{2});
    const auto& rst = segs[1].repr;
    QCOMPARE(rst.flags, std::uint8_t(tcp::kRst | tcp::kAck));
    QCOMPARE(rst.sequence, 0u);
    QCOMPARE(rst.acknowledgment, segs[0].repr.sequence + 1);
    QCOMPARE(
        r.rec.where<Drop>([](const Drop& d) { return d.reason == DropReason::TcpNoConnection; })
            .size(),
        std::size_t{1});
}

void TestTcp::fourWayCloseWithTimeWait() {
    TcpRun r;
    r.connectAt(0.5, 80, {}, true);
    r.run(10);
    QCOMPARE(r.states(r.client->id()), (std::vector<S>{S::SynSent, S::Established, S::FinWait1,
                                                       S::FinWait2, S::TimeWait, S::Closed}));
    QCOMPARE(r.states(r.server->id()), (std::vector<S>{S::Listen, S::SynReceived, S::Established,
                                                       S::CloseWait, S::LastAck, S::Closed}));
    // TIME-WAIT lasts 2 x MSL (here 2 x 2 s) and belongs to the active closer.
    SimTime enter = 0, leave = 0;
    for (const Event& e : r.rec.events)
        if (auto* c = std::get_if<TcpStateChanged>(&e.kind);
            c && c->conn.device == r.client->id()) {
            if (c->to == S::TimeWait)
                enter = e.time;
            if (c->to == S::Closed)
                leave = e.time;
        }
    QCOMPARE(leave - enter, 4 * kSecond);
    // FIN takes one sequence number: the ACK of a FIN is its sequence + 1.
    auto segs = r.segments();
    std::uint32_t clientFin = 0;
    bool sawAckOfFin = false;
    for (const auto& s : segs) {
        if (s.from == r.client->id() && s.repr.has(tcp::kFin))
            clientFin = s.repr.sequence;
        if (s.from == r.server->id() && clientFin && s.repr.acknowledgment == clientFin + 1)
            sawAckOfFin = true;
    }
    QVERIFY(sawAckOfFin);
}

void TestTcp::dataInMssSegments() {
    TcpRun r;
    const Bytes data = pattern(10000);
    r.connectAt(0.5, 80, data, true);
    r.run(10);
    QCOMPARE(r.received, data);
    std::size_t total = 0;
    std::uint32_t expectedSeq = 0;
    for (const auto& s : r.segments()) {
        if (s.from != r.client->id() || s.payload == 0)
            continue;
        QVERIFY(s.payload <= 1460);
        if (total == 0)
            expectedSeq = s.repr.sequence;
        QCOMPARE(s.repr.sequence, expectedSeq); // no gaps, no retransmissions
        expectedSeq += static_cast<std::uint32_t>(s.payload);
        total += s.payload;
    }
    QCOMPARE(total, data.size());
    // Every ACK names the next byte expected: seq + bytes received (not seq + 1).
    std::set<std::uint32_t> acks;
    for (const auto& s : r.segments())
        if (s.from == r.server->id())
            acks.insert(s.repr.acknowledgment);
    QVERIFY(acks.count(expectedSeq)); // all data acknowledged
    QVERIFY(r.stats.conservationViolations().empty());
}

void TestTcp::lostSynRetriedAfterOneSecond() {
    std::uint64_t synFrame = 0;
    {
        TcpRun probe;
        probe.connectAt(0.5);
        probe.run(2);
        synFrame = probe.segments()[0].frameId;
    }
    TcpRun r({synFrame});
    r.connectAt(0.5);
    r.run(5);
    auto segs = r.segments();
    QVERIFY(segs.size() >= 2);
    QVERIFY(segs[0].repr.has(tcp::kSyn) && segs[1].repr.has(tcp::kSyn));
    QCOMPARE(segs[1].repr.sequence, segs[0].repr.sequence);
    // TCP sent the SYN at 0.5 s (its frame left after ARP); InitRTO = 1 s (RFC 6298 §2.1)
    // later the SYN goes again, with the gateway's MAC now cached.
    QVERIFY(segs[0].time > secondsToTime(0.5));
    QCOMPARE(segs[1].time, secondsToTime(1.5));
    QCOMPARE(r.states(r.client->id()), (std::vector<S>{S::SynSent, S::Established}));
    auto rtx = r.rec.all<TcpRetransmit>();
    QCOMPARE(rtx.size(), std::size_t{1});
    QCOMPARE(rtx[0].reason, RetransmitReason::Timeout);
    // Karn's rule: no RTT sample from the retransmitted SYN (and no data here to time);
    // the timer's back-off is its own event, never a sample of 0 ns.
    for (const auto& s : r.rec.all<TcpRttSample>())
        QVERIFY(s.conn.device != r.client->id());
    auto rto = r.rec.where<TcpRtoChanged>(
        [&](const TcpRtoChanged& c) { return c.conn.device == r.client->id(); });
    QCOMPARE(rto.size(), std::size_t{2});
    QCOMPARE(rto[0].change, RtoChange::BackOff);
    QCOMPARE(rto[0].rto, 2 * kSecond);
    // RFC 6298 §5.7: when the handshake completes, 3 s (not the backed-off 2 s).
    QCOMPARE(rto[1].change, RtoChange::HandshakeFallback);
    QCOMPARE(rto[1].rto, 3 * kSecond);
    QCOMPARE(r.clientConn->rto().rto(), 3 * kSecond);
}

void TestTcp::lostSegmentFastRetransmit() {
    const Bytes data = pattern(30 * 1460);
    std::uint64_t lostFrame = 0;
    std::uint32_t lostSeq = 0;
    {
        TcpRun probe;
        probe.connectAt(0.5, 80, data);
        probe.run(5);
        int dataSegs = 0;
        for (const auto& s : probe.segments())
            if (s.from == probe.client->id() && s.payload > 0 && ++dataSegs == 5) {
                lostFrame = s.frameId;
                lostSeq = s.repr.sequence;
            }
    }
    QVERIFY(lostFrame);
    TcpRun r({lostFrame});
    r.connectAt(0.5, 80, data);
    r.run(10);
    QCOMPARE(r.received, data); // everything arrives, in order
    auto rtx = r.rec.all<TcpRetransmit>();
    QVERIFY(!rtx.empty());
    QCOMPARE(rtx[0].reason, RetransmitReason::FastRetransmit);
    QCOMPARE(rtx[0].sequence, lostSeq);
    // Three duplicate ACKs for the hole came before it.
    int dupAcks = 0;
    for (const auto& s : r.segments())
        if (s.from == r.server->id() && s.payload == 0 && s.repr.acknowledgment == lostSeq)
            ++dupAcks;
    QVERIFY(dupAcks >= 4); // the original ACK plus at least three duplicates
    auto cc = r.rec.where<TcpCongestion>([](const TcpCongestion& c) {
        return c.change == CongestionChange::FastRetransmit ||
               c.change == CongestionChange::RecoveryEnded;
    });
    QVERIFY(cc.size() >= 2);
    QCOMPARE(cc.back().cwnd, cc.back().ssthresh); // recovery ends with cwnd = ssthresh
}

void TestTcp::simultaneousOpen() {
    TcpRun r;
    // Both ends actively open to each other's port at the same instant (RFC 9293 §3.5, figure 7).
    r.net->sim().scheduleAt(secondsToTime(0.5), [&r] {
        r.clientConn = r.client->tcp().connect(ip("10.0.2.20"), 6000, {}, 5000);
        r.serverConn = r.server->tcp().connect(ip("10.0.1.10"), 5000, {}, 6000);
    });
    r.run(3);
    const std::vector<S> expected{S::SynSent, S::SynReceived, S::Established};
    QCOMPARE(r.states(r.client->id()), expected);
    QCOMPARE(r.states(r.server->id()), expected);
    QCOMPARE(r.clientConn->sndNxt(), r.serverConn->rcvNxt());
    QCOMPARE(r.serverConn->sndNxt(), r.clientConn->rcvNxt());
}

void TestTcp::simultaneousClose() {
    TcpRun r;
    r.connectAt(0.5);
    r.net->sim().scheduleAt(secondsToTime(2), [&r] {
        r.serverConn->onPeerClosed = nullptr; // both close on their own, at once
        r.clientConn->close();
        r.serverConn->close();
    });
    r.run(10);
    // Each FIN crosses the other: FIN-WAIT-1 -> CLOSING -> TIME-WAIT on both sides.
    const std::vector<S> tail{S::FinWait1, S::Closing, S::TimeWait, S::Closed};
    auto client = r.states(r.client->id());
    auto server = r.states(r.server->id());
    QVERIFY(client.size() >= 4 && server.size() >= 4);
    QCOMPARE(std::vector<S>(client.end() - 4, client.end()), tail);
    QCOMPARE(std::vector<S>(server.end() - 4, server.end()), tail);
}

void TestTcp::delayedAck_data() {
    QTest::addColumn<int>("bytes");
    QTest::addColumn<bool>("delayed");
    QTest::addColumn<int>("dataAcks"); // ACKs the server sends for the data
    QTest::addColumn<qint64>("lastAckDelayNs"); // from the last data segment to its ACK
    // Every segment ACKed at once (Wirewalk's default): one ACK per segment.
    QTest::newRow("off, 10 full segments") << 14600 << false << 10 << qint64(0);
    // RFC 1122 §4.2.3.2: an ACK for at least every second full-sized segment.
    QTest::newRow("on, 10 full segments") << 14600 << true << 5 << qint64(0);
    // A lone small segment waits for the timer (200 ms here), then is ACKed.
    QTest::newRow("on, one small segment") << 100 << true << 1 << qint64(200'000'000);
}

void TestTcp::delayedAck() {
    QFETCH(int, bytes);
    QFETCH(bool, delayed);
    QFETCH(int, dataAcks);
    QFETCH(qint64, lastAckDelayNs);
    TcpRun r({}, 80, delayed ? 200 * kMillisecond : 0);
    r.connectAt(0.5, 80, pattern(static_cast<std::size_t>(bytes)));
    r.run(3);
    QCOMPARE(r.received.size(), std::size_t(bytes));
    int acks = 0;
    SimTime lastData = 0, lastAck = 0;
    std::uint32_t highest = 0;
    for (const Segment& seg : r.segments()) {
        if (seg.from == r.client->id() && seg.payload > 0)
            lastData = seg.time;
        if (seg.from == r.server->id() && seg.payload == 0 && !seg.repr.has(tcp::kSyn) &&
            seg.repr.acknowledgment != highest) {
            highest = seg.repr.acknowledgment;
            if (lastData > 0) {
                ++acks;
                lastAck = seg.time;
            }
        }
    }
    QCOMPARE(acks, dataAcks);
    const SimTime delay = lastAck - lastData;
    // The path from PC1's transmitter to the server is well under a millisecond.
    QVERIFY2(delay >= lastAckDelayNs && delay < lastAckDelayNs + kMillisecond,
             qPrintable(QString::number(delay)));
}

void TestTcp::zeroWindowSlowReader() {
    auto net = lab::buildNetwork(twoLans().lab(), 1);
    Recorder rec;
    rec.attach(*net);
    auto* client = dynamic_cast<IpNode*>(net->findDevice("PC1"));
    auto* server = dynamic_cast<IpNode*>(net->findDevice("Server"));
    tcp::Connection* serverConn = nullptr;
    tcp::ConnectionOptions small;
    small.receiveBuffer = 4000; // a slow application with a small buffer
    server->tcp().listen(
        80, [&serverConn](tcp::Connection& c) { serverConn = &c; }, small);
    const Bytes data = pattern(12000);
    net->sim().scheduleAt(secondsToTime(0.5), [&] {
        tcp::Connection* c = client->tcp().connect(ip("10.0.2.20"), 80);
        c->onEstablished = [c, &data] { c->send(data); };
    });
    Bytes got;
    // The application reads only every 3 seconds.
    for (int k = 1; k <= 8; ++k)
        net->sim().scheduleAt(secondsToTime(3.0 * k), [&] {
            Bytes b = serverConn->read(1 << 20);
            got.insert(got.end(), b.begin(), b.end());
        });
    net->runUntil(secondsToTime(30));
    QCOMPARE(got, data);
    // The server advertised a zero window, and the client probed it (RFC 9293 §3.8.6.1).
    bool zeroWindow = false;
    for (const Event& e : rec.events) {
        auto* tx = std::get_if<FrameTxStart>(&e.kind);
        if (!tx || tx->from != server->id())
            continue;
        auto f = ethernet::parseFrame(tx->frame.view());
        auto p = ipv4::parse(f->payload);
        if (p.ok() && p->repr.protocol == ipv4::kTcp) {
            auto seg = tcp::parse(p->payload, p->repr.source, p->repr.destination);
            zeroWindow = zeroWindow || (seg->repr.window == 0 && !seg->repr.has(tcp::kRst));
        }
    }
    QVERIFY(zeroWindow);
}

void TestTcp::lossLabSlowStartHalvingRecovery() {
    auto loaded = lab::loadLab("builtin:tcp-loss");
    QVERIFY(loaded.lab);
    auto net = lab::buildNetwork(*loaded.lab, 1);
    Recorder rec;
    rec.attach(*net);
    net->runUntil(secondsToTime(loaded.lab->duration));
    const DeviceId pc1 = net->findDevice("PC1")->id();
    auto cc =
        rec.where<TcpCongestion>([pc1](const TcpCongestion& c) { return c.conn.device == pc1; });
    QVERIFY(cc.size() > 10);
    const std::uint32_t smss = 1460;
    // Slow start: +1 SMSS per ACK from the initial window of 3 segments.
    QCOMPARE(cc[0].change, CongestionChange::Grew);
    QCOMPARE(cc[0].cwnd, 4 * smss);
    std::size_t fr = 0;
    while (fr < cc.size() && cc[fr].change == CongestionChange::Grew) {
        if (fr > 0)
            QCOMPARE(cc[fr].cwnd, cc[fr - 1].cwnd + smss);
        ++fr;
    }
    QVERIFY(fr < cc.size());
    QCOMPARE(cc[fr].change, CongestionChange::FastRetransmit);
    const std::uint32_t before = cc[fr - 1].cwnd;
    QVERIFY(cc[fr].ssthresh <= before / 2 + smss && cc[fr].ssthresh >= before / 2 - smss); // halved
    QCOMPARE(cc[fr].cwnd, cc[fr].ssthresh + 3 * smss);
    std::size_t end = fr + 1;
    while (end < cc.size() && cc[end].change != CongestionChange::RecoveryEnded)
        ++end;
    QVERIFY(end < cc.size());
    QCOMPARE(cc[end].cwnd, cc[end].ssthresh);
    // Congestion avoidance afterwards: one SMSS at a time, each after a full window of ACKs.
    int grew = 0;
    for (std::size_t i = end + 1; i < cc.size(); ++i) {
        QCOMPARE(cc[i].change, CongestionChange::Grew);
        QCOMPARE(cc[i].cwnd, cc[i - 1].cwnd + smss);
        ++grew;
    }
    QVERIFY(grew > 0);
    QCOMPARE(rec.where<TcpRetransmit>([](const TcpRetransmit&) { return true; }).size(),
             std::size_t{1});
}

void TestTcp::lossyLinksStillDeliverEverything_data() {
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1ull, 2ull, 3ull, 4ull})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestTcp::lossyLinksStillDeliverEverything() {
    // Losses hit data, ACKs and retransmissions alike: timeouts, go-back-N and
    // ACKs for data sent before the timeout must all work together.
    QFETCH(quint64, seed);
    auto b = twoLans();
    for (auto& l : b.lab().links)
        l.loss = 0.03;
    b.find("Server").tcpListen = {lab::TcpListen::sink(80)};
    lab::Action send;
    send.type = lab::ActionType::TcpTransfer;
    send.at = 0.5;
    send.from = "PC1";
    send.to = ip("10.0.2.20");
    send.port = 80;
    send.size = 300000;
    b.lab().scenario = {send};
    b.lab().settings.msl = 1;
    auto net = lab::buildNetwork(b.lab(), seed);
    Recorder rec;
    rec.attach(*net);
    net->runUntil(secondsToTime(900));
    auto* server = dynamic_cast<IpNode*>(net->findDevice("Server"));
    QCOMPARE(server->tcp().allConnections().size(), std::size_t{1});
    const auto& conn = *server->tcp().allConnections()[0];
    QCOMPARE(conn.bytesReceived(), std::uint64_t{300000});
    QCOMPARE(conn.state(), S::Closed);
    QVERIFY(!rec.all<TcpRetransmit>().empty());
}

QTEST_GUILESS_MAIN(TestTcp)
#include "test_tcp.moc"
