// The built-in transport labs, checked against the RFCs: each connection's state
// sequence (RFC 9293 §3.3.2), the handshake's numbers, retransmission times, the
// UDP stream's losses, the DHCP lease and the static NAT translation.
#include "lab/lab_builder.h"
#include "lab/lab_json.h"
#include "lab_fixtures.h"
#include "net/ip_node.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"

#include <QtTest>
#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace ww;
using namespace ww::test;
using S = TcpState;
using States = std::vector<TcpState>;
Q_DECLARE_METATYPE(States)

namespace {

struct LabRun {
    std::unique_ptr<Network> net;
    Recorder rec;
    lab::Lab lab;

    explicit LabRun(const QString& name, std::uint64_t seed = 1)
        : LabRun(load(name), seed) {}
    explicit LabRun(lab::Lab l, std::uint64_t seed = 1)
        : lab(std::move(l)) {
        net = lab::buildNetwork(lab, seed);
        rec.attach(*net);
        net->runUntil(secondsToTime(lab.duration));
    }
    static lab::Lab load(const QString& name) {
        auto loaded = lab::loadLab("builtin:" + name);
        if (!loaded.lab)
            qFatal("cannot load builtin:%s", qPrintable(name));
        return *loaded.lab;
    }
    DeviceId id(const char* name) const { return net->findDevice(name)->id(); }
    // The states one device's first connection went through, starting with CLOSED.
    States states(const char* device) const {
        States out;
        const DeviceId d = id(device);
        for (const auto& c : rec.all<TcpStateChanged>()) {
            if (c.conn.device != d || c.conn.connection != firstConnection(d))
                continue;
            if (out.empty())
                out.push_back(c.from);
            out.push_back(c.to);
        }
        return out;
    }
    std::uint32_t firstConnection(DeviceId d) const {
        for (const auto& c : rec.all<TcpStateChanged>())
            if (c.conn.device == d)
                return c.conn.connection;
        return 0;
    }
    // TCP segments a device put on the wire, in order.
    // TCP segments with data a device put on the wire: (time, sequence, length).
    struct Data {
        SimTime time;
        std::uint32_t seq, len;
    };
    std::vector<Data> dataFrom(const char* device) const {
        std::vector<Data> out;
        const DeviceId d = id(device);
        for (const Event& e : rec.events) {
            auto* tx = std::get_if<FrameTxStart>(&e.kind);
            if (!tx || tx->from != d)
                continue;
            auto f = ethernet::parseFrame(tx->frame.view());
            if (!f || f->repr.etherType != ethernet::kIpv4)
                continue;
            auto p = ipv4::parse(f->payload);
            if (!p || p->repr.protocol != ipv4::kTcp)
                continue;
            auto s = tcp::parse(p->payload, p->repr.source, p->repr.destination);
            if (s && !s->payload.empty())
                out.push_back({e.time, s->repr.sequence, std::uint32_t(s->payload.size())});
        }
        return out;
    }
    std::vector<std::pair<SimTime, tcp::Repr>> segmentsFrom(const char* device) const {
        std::vector<std::pair<SimTime, tcp::Repr>> out;
        const DeviceId d = id(device);
        for (const Event& e : rec.events) {
            auto* tx = std::get_if<FrameTxStart>(&e.kind);
            if (!tx || tx->from != d)
                continue;
            auto f = ethernet::parseFrame(tx->frame.view());
            if (!f || f->repr.etherType != ethernet::kIpv4)
                continue;
            auto p = ipv4::parse(f->payload);
            if (!p || p->repr.protocol != ipv4::kTcp)
                continue;
            auto s = tcp::parse(p->payload, p->repr.source, p->repr.destination);
            if (s)
                out.emplace_back(e.time, s->repr);
        }
        return out;
    }
};

} // namespace

class TestTransportLabs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stateSequences_data();
    void stateSequences();
    void handshakeNumbers();
    void lostSynRetriedAfterInitialRto();
    void fastRetransmitBeforeTheTimer();
    void zeroWindowProbesBackOff();
    void udpStreamLossesStayLost();
    void fullSizedSegments_data();
    void fullSizedSegments();
    void afterLostSyns_data();
    void afterLostSyns();
    void windowUnchangedByFin();
    void congestionEventsOnlyOnChange_data();
    void congestionEventsOnlyOnChange();
    void checksumCheckValues();
    void dhcpLeases();
    void staticNatTranslatesBothWays();
};

void TestTransportLabs::stateSequences_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("client");
    QTest::addColumn<States>("clientStates");
    QTest::addColumn<QString>("server");
    QTest::addColumn<States>("serverStates");
    const States activeClose{S::Closed,   S::SynSent,  S::Established, S::FinWait1,
                             S::FinWait2, S::TimeWait, S::Closed};
    const States passiveClose{S::Closed,    S::Listen,  S::SynReceived, S::Established,
                              S::CloseWait, S::LastAck, S::Closed};
    // RFC 9293 §3.5 figure 6 (handshake), §3.6 figures 12 and 13 (close).
    QTest::newRow("tcp-handshake")
        << "tcp-handshake"
        << "PC1" << States{S::Closed, S::SynSent, S::Established} << "Server"
        << States{S::Closed, S::Listen, S::SynReceived, S::Established};
    QTest::newRow("tcp-close") << "tcp-close"
                               << "PC1" << activeClose << "Server" << passiveClose;
    QTest::newRow("tcp-fast-retransmit") << "tcp-fast-retransmit"
                                         << "PC1" << activeClose << "Server" << passiveClose;
    QTest::newRow("tcp-zero-window") << "tcp-zero-window"
                                     << "PC1" << activeClose << "Server" << passiveClose;
    QTest::newRow("tcp-lost-syn") << "tcp-lost-syn"
                                  << "PC1" << activeClose << "Server" << passiveClose;
    QTest::newRow("http-get") << "http-get"
                              << "PC1" << activeClose << "Web" << passiveClose;
    // Figure 7: simultaneous open, both sides through SYN-RECEIVED.
    QTest::newRow("tcp-simultaneous-open")
        << "tcp-simultaneous-open"
        << "PC1" << States{S::Closed, S::SynSent, S::SynReceived, S::Established} << "Server"
        << States{S::Closed, S::SynSent, S::SynReceived, S::Established};
    // Figure 13: simultaneous close, both through CLOSING and TIME-WAIT.
    QTest::newRow("tcp-simultaneous-close")
        << "tcp-simultaneous-close"
        << "PC1" << States{S::Closed,  S::SynSent,  S::Established, S::FinWait1,
                           S::Closing, S::TimeWait, S::Closed}
        << "Server" << States{S::Closed,   S::Listen,  S::SynReceived, S::Established,
                              S::FinWait1, S::Closing, S::TimeWait,    S::Closed};
    // §3.10.7.3: a RST in SYN-SENT that acknowledges our SYN closes the connection.
    QTest::newRow("tcp-rst") << "tcp-rst"
                             << "PC1" << States{S::Closed, S::SynSent, S::Closed} << "Server"
                             << States{};
}

void TestTransportLabs::stateSequences() {
    QFETCH(QString, lab);
    QFETCH(QString, client);
    QFETCH(States, clientStates);
    QFETCH(QString, server);
    QFETCH(States, serverStates);
    LabRun r(lab);
    QCOMPARE(r.states(qPrintable(client)), clientStates);
    QCOMPARE(r.states(qPrintable(server)), serverStates);
}

void TestTransportLabs::handshakeNumbers() {
    LabRun r("tcp-handshake");
    const auto c = r.segmentsFrom("PC1");
    const auto s = r.segmentsFrom("Server");
    QCOMPARE(c.size(), std::size_t{2});
    QCOMPARE(s.size(), std::size_t{1});
    const tcp::Repr& syn = c[0].second;
    const tcp::Repr& synAck = s[0].second;
    const tcp::Repr& ack = c[1].second;
    QVERIFY(syn.has(tcp::kSyn) && !syn.has(tcp::kAck));
    QCOMPARE(syn.options.mss, std::optional<std::uint16_t>(1460)); // 1500 - 20 - 20
    QVERIFY(synAck.has(tcp::kSyn) && synAck.has(tcp::kAck));
    QCOMPARE(synAck.acknowledgment, syn.sequence + 1); // the SYN takes one sequence number
    QVERIFY(ack.has(tcp::kAck) && !ack.has(tcp::kSyn));
    QCOMPARE(ack.sequence, syn.sequence + 1);
    QCOMPARE(ack.acknowledgment, synAck.sequence + 1);
    // Different seeds, different initial sequence numbers (never a fixed 0).
    LabRun other("tcp-handshake", 2);
    QVERIFY(other.segmentsFrom("PC1")[0].second.sequence != syn.sequence);
}

void TestTransportLabs::lostSynRetriedAfterInitialRto() {
    LabRun r("tcp-lost-syn");
    const auto c = r.segmentsFrom("PC1");
    QVERIFY(c.size() >= 2);
    QVERIFY(c[0].second.has(tcp::kSyn) && c[1].second.has(tcp::kSyn));
    QCOMPARE(c[1].second.sequence, c[0].second.sequence);
    // RFC 6298 §2.1: InitRTO = 1 s from when the SYN was sent (entering SYN-SENT); the first
    // copy reached the wire a little later, after ARP.
    SimTime synSent = -1, resent = -1;
    for (const Event& e : r.rec.events) {
        if (auto* st = std::get_if<TcpStateChanged>(&e.kind);
            st && st->to == S::SynSent && synSent < 0)
            synSent = e.time;
        if (auto* rt = std::get_if<TcpRetransmit>(&e.kind); rt && resent < 0) {
            QCOMPARE(rt->reason, RetransmitReason::Timeout);
            resent = e.time;
        }
    }
    QCOMPARE(resent - synSent, 1 * kSecond);
}

void TestTransportLabs::fastRetransmitBeforeTheTimer() {
    LabRun r("tcp-fast-retransmit");
    auto rtx = r.rec.all<TcpRetransmit>();
    QCOMPARE(rtx.size(), std::size_t{1});
    QCOMPARE(rtx[0].reason, RetransmitReason::FastRetransmit);
    // The server's ACKs: the same acknowledgment number at least four times in a row
    // (the original and three duplicates) before the retransmission fills the hole.
    const auto s = r.segmentsFrom("Server");
    int run = 1, longest = 1;
    for (std::size_t i = 1; i < s.size(); ++i) {
        run = s[i].second.acknowledgment == s[i - 1].second.acknowledgment ? run + 1 : 1;
        longest = std::max(longest, run);
    }
    QVERIFY(longest >= 4);
    auto cc = r.rec.where<TcpCongestion>(
        [](const TcpCongestion& c) { return c.change == CongestionChange::FastRetransmit; });
    QCOMPARE(cc.size(), std::size_t{1});
    // The receiver's check "is this the next byte expected?" fails for the segments behind
    // the hole (expected = RCV.NXT, the first missing byte) and passes for the retransmission.
    const DeviceId server = r.id("Server");
    auto checks = r.rec.where<ReceiveCheck>([server](const ReceiveCheck& c) {
        return c.device == server && c.check == Check::SequenceNumber;
    });
    std::size_t failed = 0;
    std::uint64_t hole = 0;
    for (const auto& c : checks)
        if (!c.passed) {
            ++failed;
            QVERIFY(c.actual > c.expected || c.actual < c.expected);
            hole = c.expected;
        }
    QVERIFY(failed >= 3);
    QCOMPARE(std::uint64_t{rtx[0].sequence}, hole);
    bool filled = false;
    for (const auto& c : checks)
        filled = filled || (c.passed && c.actual == hole);
    QVERIFY(filled);
}

void TestTransportLabs::zeroWindowProbesBackOff() {
    LabRun r("tcp-zero-window");
    const auto s = r.segmentsFrom("Server");
    const auto c = r.segmentsFrom("PC1");
    bool zero = false;
    for (const auto& [t, seg] : s)
        zero = zero || (seg.window == 0 && !seg.has(tcp::kSyn));
    QVERIFY(zero);
    // Probes: one byte at SND.UNA while the window is shut; never counted as retransmissions.
    int probes = 0;
    for (std::size_t i = 0; i + 1 < c.size(); ++i)
        if (c[i + 1].second.sequence == c[i].second.sequence)
            ++probes; // the probe's byte goes again with the data
    QVERIFY(probes >= 1);
    QVERIFY(r.rec.all<TcpRetransmit>().empty());
    // The receiver's SWS avoidance (RFC 9293 §3.8.6.2.2): the server reads 1024 bytes a
    // second from a 4096-byte buffer, but reopens the window only by min(2048, MSS) = 1460
    // or more, so after a zero window the next offer is at least that.
    bool wasZero = false;
    for (const auto& [t, seg] : s) {
        if (wasZero && seg.window != 0)
            QVERIFY2(seg.window >= 1460, qPrintable(QString::number(seg.window)));
        wasZero = seg.window == 0;
    }
}

void TestTransportLabs::fullSizedSegments_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<int>("size");
    // Bulk transfers with PC1 sending `size` bytes; MSS 1460.
    QTest::newRow("tcp-loss") << "tcp-loss" << 1000000;
    QTest::newRow("tcp-fast-retransmit") << "tcp-fast-retransmit" << 30000;
    QTest::newRow("tcp-basics") << "tcp-basics" << 5000;
    QTest::newRow("tcp-lost-syn") << "tcp-lost-syn" << 2000;
}

void TestTransportLabs::fullSizedSegments() {
    QFETCH(QString, lab);
    QFETCH(int, size);
    LabRun r(lab);
    const auto d = r.dataFrom("PC1");
    QVERIFY(!d.empty());
    // Sender SWS avoidance (RFC 9293 §3.8.6.2.1): every segment is a full MSS except the
    // one that ends the data, originals and retransmissions alike.
    const std::uint32_t end = d.front().seq + static_cast<std::uint32_t>(size);
    std::set<std::uint32_t> starts;
    for (const auto& s : d) {
        starts.insert(s.seq);
        if (s.seq + s.len == end)
            QCOMPARE(s.len, static_cast<std::uint32_t>(size % 1460 ? size % 1460 : 1460));
        else
            QVERIFY2(
                s.len == 1460,
                qPrintable(QStringLiteral("%1 bytes at %2").arg(s.len).arg(s.seq - d.front().seq)));
    }
    QCOMPARE(starts.size(), static_cast<std::size_t>((size + 1459) / 1460));
}

void TestTransportLabs::afterLostSyns_data() {
    QTest::addColumn<QList<int>>("lostSyns"); // frames on PC1-SW1: 1-2 are ARP, 3 the SYN
    QTest::newRow("1 lost SYN") << QList<int>{3};
    QTest::newRow("2 lost SYNs") << QList<int>{3, 4};
    QTest::newRow("3 lost SYNs") << QList<int>{3, 4, 5};
}

void TestTransportLabs::afterLostSyns() {
    QFETCH(QList<int>, lostSyns);
    lab::Lab base = LabRun::load("tcp-lost-syn");
    base.duration = 20;
    base.links[0].loseFrames.assign(lostSyns.begin(), lostSyns.end());
    {
        LabRun r(base);
        const DeviceId pc = r.id("PC1");
        std::size_t synRetransmits = 0;
        for (const auto& t : r.rec.all<TcpRetransmit>())
            synRetransmits += t.conn.device == pc && t.length == 0;
        QCOMPARE(synRetransmits, static_cast<std::size_t>(lostSyns.size()));
        // RFC 5681 §3.1: after a lost SYN the initial window is one segment, so the second
        // segment waits for the ACK of the first.
        const auto d = r.dataFrom("PC1");
        QCOMPARE(d.size(), std::size_t{2});
        QCOMPARE(d[0].len, 1460u);
        SimTime firstAcked = -1;
        for (const auto& [t, seg] : r.segmentsFrom("Server"))
            if (firstAcked < 0 && seg.acknowledgment == d[0].seq + d[0].len)
                firstAcked = t;
        QVERIFY(firstAcked > d[0].time);
        QVERIFY(d[1].time > firstAcked);
        // Karn (RFC 6298 §3): no sample from the resent SYN, none of 0 ns; PC1's first
        // measurement is of its first data segment.
        const auto samples = r.rec.all<TcpRttSample>();
        for (const auto& s : samples)
            QVERIFY(s.rtt > 0);
        const auto pcSample = std::find_if(samples.begin(), samples.end(),
                                           [pc](const auto& s) { return s.conn.device == pc; });
        QVERIFY(pcSample != samples.end());
        SimTime sampleTime = -1;
        for (const Event& e : r.rec.events)
            if (auto* s = std::get_if<TcpRttSample>(&e.kind); s && s->conn.device == pc) {
                sampleTime = e.time;
                break;
            }
        QVERIFY(sampleTime > d[0].time);
    }
    // RFC 6298 §5.7: the handshake timed out, so data starts with RTO = 3 s whatever the
    // back-off reached (2, 4 or 8 s): lose the first data segment too and time its resend.
    // After the lost SYNs come the good SYN, SYN-ACK, ACK, then the data.
    base.links[0].loseFrames.push_back(lostSyns.back() + 4);
    LabRun r(base);
    const auto d = r.dataFrom("PC1");
    QVERIFY(d.size() >= 2);
    QCOMPARE(d[1].seq, d[0].seq);
    // (the timer starts when TCP hands the segment down; the frame left 5 us later, after
    // the handshake's ACK)
    QVERIFY2(std::llabs(d[1].time - d[0].time - 3 * kSecond) < kMillisecond,
             qPrintable(QString::number(timeToSeconds(d[1].time - d[0].time))));
    auto fallback = r.rec.where<TcpRtoChanged>(
        [](const TcpRtoChanged& c) { return c.change == RtoChange::HandshakeFallback; });
    QCOMPARE(fallback.size(), std::size_t{1});
    QCOMPARE(fallback[0].rto, 3 * kSecond);
}

void TestTransportLabs::windowUnchangedByFin() {
    // A FIN takes a sequence number but no buffer space: the window the server offers
    // after PC1's FIN is the one it offered before (Linux's too), not one byte less.
    LabRun r("tcp-close");
    const auto s = r.segmentsFrom("Server");
    const auto c = r.segmentsFrom("PC1");
    auto fin =
        std::find_if(c.begin(), c.end(), [](const auto& x) { return x.second.has(tcp::kFin); });
    QVERIFY(fin != c.end());
    const std::uint32_t finAck = fin->second.sequence + 1;
    std::optional<std::uint16_t> before, after;
    for (const auto& [t, seg] : s) {
        if (seg.has(tcp::kSyn))
            continue;
        if (seg.acknowledgment == finAck) {
            after = seg.window;
            break;
        }
        before = seg.window;
    }
    QVERIFY(before && after);
    QCOMPARE(*after, *before);
}

void TestTransportLabs::congestionEventsOnlyOnChange_data() {
    QTest::addColumn<QString>("lab");
    for (const char* lab : {"tcp-basics", "tcp-close", "http-get", "tcp-zero-window", "tcp-loss",
                            "tcp-fast-retransmit"})
        QTest::newRow(lab) << lab;
}

void TestTransportLabs::congestionEventsOnlyOnChange() {
    QFETCH(QString, lab);
    LabRun r(lab);
    // Each tcp_congestion event reports a change of cwnd or ssthresh: from the initial
    // window (3 segments of 1460, ssthresh unbounded) for a connection's first one.
    std::map<std::pair<DeviceId, std::uint32_t>, std::pair<std::uint32_t, std::uint32_t>> last;
    std::size_t events = 0;
    for (const auto& c : r.rec.all<TcpCongestion>()) {
        const auto key = std::pair{c.conn.device, c.conn.connection};
        const auto before = last.count(key) ? last[key] : std::pair{3u * 1460u, 0xffffffffu};
        QVERIFY2(before != std::pair(c.cwnd, c.ssthresh),
                 qPrintable(QStringLiteral("%1: cwnd %2 ssthresh %3 unchanged")
                                .arg(toString(c.change))
                                .arg(c.cwnd)
                                .arg(c.ssthresh)));
        last[key] = {c.cwnd, c.ssthresh};
        ++events;
    }
    QVERIFY(events > 0);
}

void TestTransportLabs::checksumCheckValues() {
    // The receiver's transport checksum check shows the value it computed next to the
    // carried one: passed exactly when they are equal, and never a made-up 0.
    for (const char* lab : {"http-get", "udp-voice", "tcp-basics", "unreachable"}) {
        LabRun r(lab);
        std::size_t checks = 0;
        for (const auto& c : r.rec.all<ReceiveCheck>()) {
            if (c.check != Check::TransportChecksum)
                continue;
            ++checks;
            QCOMPARE(c.passed, c.expected == c.actual);
            QVERIFY2(c.expected != 0, lab);
        }
        QVERIFY2(checks > 0, lab);
    }
}

void TestTransportLabs::udpStreamLossesStayLost() {
    LabRun r("udp-voice");
    const DeviceId pc2 = r.id("PC2");
    auto delivered = r.rec.where<Delivered>(
        [pc2](const Delivered& d) { return d.device == pc2 && d.protocol == Protocol::Udp; });
    auto lost = r.rec.where<Drop>([](const Drop& d) { return d.reason == DropReason::LinkLoss; });
    const auto sent = r.rec.where<ScenarioStep>(
        [](const ScenarioStep& s) { return s.action == ActionKind::UdpSend; });
    QCOMPARE(sent.size(), std::size_t{250});
    QVERIFY(!lost.empty());
    // Each lost frame is one datagram that never arrives: UDP does not resend (RFC 768).
    QCOMPARE(delivered.size() + lost.size(), sent.size());
    for (const auto& d : delivered)
        QCOMPARE(d.pdu.size(), std::size_t{160});
}

void TestTransportLabs::dhcpLeases() {
    LabRun r("dhcp");
    auto configured = r.rec.all<InterfaceConfigured>();
    QCOMPARE(configured.size(), std::size_t{2});
    std::map<DeviceId, InterfaceConfigured> byDevice;
    for (const auto& c : configured)
        byDevice.emplace(c.device, c);
    const auto& pc1 = byDevice.at(r.id("PC1"));
    const auto& pc2 = byDevice.at(r.id("PC2"));
    QCOMPARE(pc1.address, ip("10.0.1.100")); // the lowest free pool address first
    QCOMPARE(pc2.address, ip("10.0.1.101"));
    QCOMPARE(pc1.prefixLength, 24);
    QCOMPARE(pc1.gateway, ip("10.0.1.1"));
    QCOMPARE(pc1.dns, ip("10.0.2.53"));
    QCOMPARE(pc1.server, ip("10.0.1.1"));
    QCOMPARE(pc1.leaseSeconds, 3600u);
    // The four steps on the client's side, in RFC 2131 order.
    std::vector<std::pair<bool, int>> steps;
    for (const auto& x : r.rec.all<DhcpExchange>())
        if (x.device == r.id("PC1") && !x.server)
            steps.emplace_back(x.sent, x.type);
    const std::vector<std::pair<bool, int>> expected{{true, 1}, {false, 2}, {true, 3}, {false, 5}};
    QCOMPARE(steps, expected);
    // The configuration is in force: the interface has the address, the default route works.
    auto* node = dynamic_cast<IpNode*>(r.net->findDevice("PC1"));
    QCOMPARE(node->interfaces()[0].address->address, ip("10.0.1.100"));
    auto replies =
        r.rec.where<PingReply>([&r](const PingReply& p) { return p.device == r.id("PC1"); });
    QCOMPARE(replies.size(), std::size_t{2});
    QCOMPARE(r.rec.all<DhcpLeaseGranted>().size(), std::size_t{2});
}

void TestTransportLabs::staticNatTranslatesBothWays() {
    LabRun r("static-nat");
    auto statics =
        r.rec.where<NatMappingChanged>([](const NatMappingChanged& m) { return m.protocol == 0; });
    QCOMPARE(statics.size(), std::size_t{1});
    QCOMPARE(statics[0].insideAddress, ip("192.168.1.80"));
    QCOMPARE(statics[0].globalAddress, ip("198.51.100.80"));
    QCOMPARE(r.states("Client").back(), S::Closed);
    QCOMPARE(r.net->findDevice("Client")->name(), std::string("Client"));
    // The client talked to the global address and got every byte of the page.
    auto clientStates = r.states("Client");
    QVERIFY(std::find(clientStates.begin(), clientStates.end(), S::Established) !=
            clientStates.end());
    const LinkId wan = 3;
    QCOMPARE(r.net->link(wan).name(), std::string("Edge-Internet"));
    int fromGlobal = 0;
    for (const auto& tx : r.rec.all<FrameTxStart>()) {
        if (tx.link != wan)
            continue;
        auto f = ethernet::parseFrame(tx.frame.view());
        if (f->repr.etherType != ethernet::kIpv4)
            continue;
        auto p = ipv4::parse(f->payload);
        QVERIFY(p.ok() && p->checksumOk);
        QVERIFY(!p->repr.source.isPrivate() && !p->repr.destination.isPrivate());
        if (p->repr.protocol == ipv4::kTcp && p->repr.source == ip("198.51.100.80")) {
            auto s = tcp::parse(p->payload, p->repr.source, p->repr.destination);
            QVERIFY(s.ok() && s->checksumOk);                // adjusted for the new pseudo-header
            QCOMPARE(s->repr.sourcePort, std::uint16_t(80)); // static NAT keeps ports
            ++fromGlobal;
        }
    }
    QVERIFY(fromGlobal >= 3);
}

QTEST_GUILESS_MAIN(TestTransportLabs)
#include "test_transport_labs.moc"
