// ns-3 (3.37) counterpart of `wirewalk bench --tcp 10000000 [--loss 0.01]`, for
// tests/bench/compare_ns3.sh. Not part of Wirewalk's build: see build.sh.
//
// Scenario (as close to app/cli/bench_lab.cpp as ns-3 allows):
//   A(10.1.0.10) - S1 - R(10.1.0.1 | 10.2.0.1) - S2 - B(10.2.0.10)
//   four links, 100 Mb/s, 1 ms propagation each, IP MTU 1500, FIFO queues of 1000 frames
//   per device, no queue discs (Wirewalk has no traffic control layer).
//   --links=p2p (default, the one compared): full-duplex PointToPoint links, as Wirewalk's.
//     ns-3's BridgeNetDevice needs SendFrom, which PointToPointNetDevice lacks, so S1 and
//     S2 are nodes that store and forward each frame out of their other port (with two
//     ports a learning switch does the same). PPP framing (2 bytes) instead of Ethernet
//     (14 + 4 FCS), no ARP.
//   --links=csma: S1 and S2 are BridgeNetDevices over two-device CsmaChannels (Ethernet
//     framing, ARP, MAC learning). ns-3 3.37's CSMA channel is half duplex and busy for the
//     propagation delay, so a 1 ms link carries about one frame per millisecond: shown for
//     reference, not comparable.
//   TCP: NewReno with classic (RFC 6582) recovery, MSS 1460, IW 3 segments (RFC 5681
//   for MSS 1460, as Wirewalk), SACK, timestamps, window scaling and limited transmit
//   off, an ACK for every segment (DelAckCount 1), 65535-byte send/receive buffers,
//   min RTO 1 s, initial (SYN) RTO 1 s. BulkSend of BYTES from A at 0.1 s to a
//   PacketSink on B:5001.
//   --loss P: a RateErrorModel (per packet) on the receiving side of every device,
//   i.e. each frame is lost with probability P on each link it crosses, as Wirewalk.
//   "Trace on": every callback below only counts (and sums sizes), like Wirewalk's
//   bench subscriber. Connected: on all 8 devices MacTx, MacTxDrop, MacRx,
//   MacPromiscRx, PhyTxBegin, PhyTxEnd, PhyTxDrop, PhyRxEnd, PhyRxDrop; Ipv4L3Protocol
//   Tx, Rx, Drop on A, R, B; ArpL3Protocol Drop on A, R, B; sender socket Tx, Rx,
//   CongestionWindow, SlowStartThreshold, CongState, State, RTO, RTT; receiver socket
//   Tx, Rx, State (connected when it delivers its first bytes); PacketSink Rx; each
//   switch forward (p2p).
//   No pcap or ascii output.
#include "ns3/applications-module.h"
#include "ns3/bridge-module.h"
#include "ns3/core-module.h"
#include "ns3/csma-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/traffic-control-module.h"
#include "ns3/version-defines.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace ns3;

namespace {

std::uint64_t g_events = 0;    // trace callbacks
std::uint64_t g_bytesSeen = 0; // sizes touched by callbacks (keeps them honest)
std::uint64_t g_frames = 0;    // PhyTxBegin: frames put on a wire
std::uint64_t g_drops = 0;     // PhyRxDrop: frames lost by the error model
std::uint64_t g_rx = 0;        // bytes at the sink
std::uint64_t g_target = 0;
Time g_done = Seconds(0);
bool g_receiverHooked = false;
std::uint64_t g_timeouts = 0, g_fastRetransmits = 0; // sender, from CongState

void OnPacket(Ptr<const Packet> p) {
    ++g_events;
    g_bytesSeen += p->GetSize();
}
void OnFrame(Ptr<const Packet> p) {
    ++g_frames;
    OnPacket(p);
}
void OnDrop(Ptr<const Packet> p) {
    ++g_drops;
    OnPacket(p);
}
void OnIp(Ptr<const Packet> p, Ptr<Ipv4>, uint32_t) {
    OnPacket(p);
}
void OnIpDrop(const Ipv4Header&, Ptr<const Packet> p, Ipv4L3Protocol::DropReason, Ptr<Ipv4>,
              uint32_t) {
    OnPacket(p);
}
void OnTcp(Ptr<const Packet> p, const TcpHeader&, Ptr<const TcpSocketBase>) {
    OnPacket(p);
}
void OnU32(uint32_t, uint32_t) {
    ++g_events;
}
void OnTime(Time, Time) {
    ++g_events;
}
void OnState(TcpSocket::TcpStates_t, TcpSocket::TcpStates_t) {
    ++g_events;
}
void OnCong(TcpSocketState::TcpCongState_t, TcpSocketState::TcpCongState_t to) {
    ++g_events;
    if (to == TcpSocketState::CA_LOSS)
        ++g_timeouts;
    if (to == TcpSocketState::CA_RECOVERY)
        ++g_fastRetransmits;
}

// A switch port received a frame: send it out of the other port.
void SwitchForward(Ptr<NetDevice> out, Ptr<NetDevice>, Ptr<const Packet> p, uint16_t protocol,
                   const Address&, const Address&, NetDevice::PacketType) {
    ++g_events; // Wirewalk's switch emits a forwarding event too
    out->Send(p->Copy(), out->GetBroadcast(), protocol);
}

void HookSender() {
    const std::string s = "/NodeList/0/$ns3::TcpL4Protocol/SocketList/*/";
    Config::ConnectWithoutContext(s + "Tx", MakeCallback(&OnTcp));
    Config::ConnectWithoutContext(s + "Rx", MakeCallback(&OnTcp));
    Config::ConnectWithoutContext(s + "CongestionWindow", MakeCallback(&OnU32));
    Config::ConnectWithoutContext(s + "SlowStartThreshold", MakeCallback(&OnU32));
    Config::ConnectWithoutContext(s + "CongState", MakeCallback(&OnCong));
    Config::ConnectWithoutContext(s + "State", MakeCallback(&OnState));
    Config::ConnectWithoutContext(s + "RTO", MakeCallback(&OnTime));
    Config::ConnectWithoutContext(s + "RTT", MakeCallback(&OnTime));
}

void OnSinkRx(Ptr<PacketSink> sink, Ptr<const Packet> p, const Address&) {
    OnPacket(p);
    if (!g_receiverHooked) {
        g_receiverHooked = true;
        for (const auto& sock : sink->GetAcceptedSockets()) {
            sock->TraceConnectWithoutContext("Tx", MakeCallback(&OnTcp));
            sock->TraceConnectWithoutContext("Rx", MakeCallback(&OnTcp));
            sock->TraceConnectWithoutContext("State", MakeCallback(&OnState));
        }
    }
    g_rx += p->GetSize();
    if (g_rx >= g_target && g_done.IsZero())
        g_done = Simulator::Now();
}

} // namespace

int main(int argc, char** argv) {
    uint64_t bytes = 10'000'000;
    double loss = 0;
    bool trace = true;
    std::string links = "p2p";
    CommandLine cmd(__FILE__);
    cmd.AddValue("bytes", "bytes to send", bytes);
    cmd.AddValue("loss", "frame loss probability per link (RateErrorModel, per packet)", loss);
    cmd.AddValue("links", "p2p (full duplex, default) or csma (half duplex, bridged)", links);
    cmd.AddValue("trace", "connect the trace sinks (default true)", trace);
    cmd.Parse(argc, argv);
    g_target = bytes;

    Config::SetDefault("ns3::TcpL4Protocol::SocketType", StringValue("ns3::TcpNewReno"));
    Config::SetDefault("ns3::TcpL4Protocol::RecoveryType",
                       TypeIdValue(TypeId::LookupByName("ns3::TcpClassicRecovery")));
    Config::SetDefault("ns3::TcpSocket::SegmentSize", UintegerValue(1460));
    Config::SetDefault("ns3::TcpSocket::InitialCwnd", UintegerValue(3));
    Config::SetDefault("ns3::TcpSocket::DelAckCount", UintegerValue(1));
    Config::SetDefault("ns3::TcpSocket::SndBufSize", UintegerValue(65535));
    Config::SetDefault("ns3::TcpSocket::RcvBufSize", UintegerValue(65535));
    Config::SetDefault("ns3::TcpSocket::ConnTimeout", TimeValue(Seconds(1)));
    Config::SetDefault("ns3::TcpSocket::ConnCount", UintegerValue(6));
    Config::SetDefault("ns3::TcpSocketBase::Sack", BooleanValue(false));
    Config::SetDefault("ns3::TcpSocketBase::Timestamp", BooleanValue(false));
    Config::SetDefault("ns3::TcpSocketBase::WindowScaling", BooleanValue(false));
    Config::SetDefault("ns3::TcpSocketBase::LimitedTransmit", BooleanValue(false));
    Config::SetDefault("ns3::TcpSocketBase::MinRto", TimeValue(Seconds(1)));

    NodeContainer nodes;
    nodes.Create(5);
    Ptr<Node> a = nodes.Get(0), s1 = nodes.Get(1), r = nodes.Get(2), s2 = nodes.Get(3),
              b = nodes.Get(4);

    NetDeviceContainer l1, l2, l3, l4; // A-S1, R-S1, R-S2, B-S2 (switch side second)
    if (links == "csma") {
        CsmaHelper csma;
        csma.SetChannelAttribute("DataRate", DataRateValue(DataRate("100Mbps")));
        csma.SetChannelAttribute("Delay", TimeValue(MilliSeconds(1)));
        csma.SetDeviceAttribute("Mtu", UintegerValue(1500));
        csma.SetQueue("ns3::DropTailQueue<Packet>", "MaxSize", StringValue("1000p"));
        l1 = csma.Install(NodeContainer(a, s1));
        l2 = csma.Install(NodeContainer(r, s1));
        l3 = csma.Install(NodeContainer(r, s2));
        l4 = csma.Install(NodeContainer(b, s2));
        BridgeHelper bridge;
        bridge.Install(s1, NetDeviceContainer(l1.Get(1), l2.Get(1)));
        bridge.Install(s2, NetDeviceContainer(l3.Get(1), l4.Get(1)));
    } else if (links == "p2p") {
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", DataRateValue(DataRate("100Mbps")));
        p2p.SetDeviceAttribute("Mtu", UintegerValue(1500));
        p2p.SetChannelAttribute("Delay", TimeValue(MilliSeconds(1)));
        p2p.SetQueue("ns3::DropTailQueue<Packet>", "MaxSize", StringValue("1000p"));
        l1 = p2p.Install(a, s1);
        l2 = p2p.Install(r, s1);
        l3 = p2p.Install(r, s2);
        l4 = p2p.Install(b, s2);
        // The switch: store and forward to the other port (2 ports, so MAC learning
        // would send every frame there too). PointToPointNetDevice has no SendFrom,
        // hence no BridgeNetDevice.
        for (auto [x, y] : {std::pair{l1.Get(1), l2.Get(1)}, std::pair{l3.Get(1), l4.Get(1)}}) {
            x->GetNode()->RegisterProtocolHandler(MakeBoundCallback(&SwitchForward, y), 0, x);
            y->GetNode()->RegisterProtocolHandler(MakeBoundCallback(&SwitchForward, x), 0, y);
        }
    } else {
        std::fprintf(stderr, "--links must be p2p or csma\n");
        return 2;
    }

    InternetStackHelper stack;
    stack.Install(NodeContainer(a, r, b));
    NetDeviceContainer lan1(l1.Get(0), l2.Get(0)); // A, R eth0
    NetDeviceContainer lan2(l3.Get(0), l4.Get(0)); // R eth1, B
    Ipv4AddressHelper addr;
    addr.SetBase("10.1.0.0", "255.255.255.0", "0.0.0.1");
    Ipv4InterfaceContainer i1 = addr.Assign(lan1);
    addr.SetBase("10.2.0.0", "255.255.255.0", "0.0.0.1");
    Ipv4InterfaceContainer i2 = addr.Assign(lan2);
    // Addresses as Wirewalk's lab: hosts .10, router .1. Assign() numbered R .2/.1
    // and the hosts .1/.2, so set them explicitly.
    auto setAddr = [](Ptr<Node> n, uint32_t ifIndex, const char* ip) {
        Ptr<Ipv4> ipv4 = n->GetObject<Ipv4>();
        ipv4->RemoveAddress(ifIndex, 0);
        ipv4->AddAddress(ifIndex, Ipv4InterfaceAddress(Ipv4Address(ip), Ipv4Mask("/24")));
    };
    setAddr(a, i1.Get(0).second, "10.1.0.10");
    setAddr(r, i1.Get(1).second, "10.1.0.1");
    setAddr(r, i2.Get(0).second, "10.2.0.1");
    setAddr(b, i2.Get(1).second, "10.2.0.10");
    Ipv4StaticRoutingHelper srh;
    srh.GetStaticRouting(a->GetObject<Ipv4>())->SetDefaultRoute(Ipv4Address("10.1.0.1"), 1);
    srh.GetStaticRouting(b->GetObject<Ipv4>())->SetDefaultRoute(Ipv4Address("10.2.0.1"), 1);
    // No queue discs: plain device FIFOs, as Wirewalk.
    TrafficControlHelper tch;
    tch.Uninstall(lan1);
    tch.Uninstall(lan2);

    if (loss > 0) {
        for (NetDeviceContainer* c : {&l1, &l2, &l3, &l4}) {
            for (uint32_t i = 0; i < c->GetN(); ++i) {
                Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
                em->SetAttribute("ErrorUnit", StringValue("ERROR_UNIT_PACKET"));
                em->SetAttribute("ErrorRate", DoubleValue(loss));
                c->Get(i)->SetAttribute("ReceiveErrorModel", PointerValue(em));
            }
        }
    }

    PacketSinkHelper sinkHelper("ns3::TcpSocketFactory",
                                InetSocketAddress(Ipv4Address::GetAny(), 5001));
    ApplicationContainer sinkApp = sinkHelper.Install(b);
    sinkApp.Start(Seconds(0));
    Ptr<PacketSink> sink = DynamicCast<PacketSink>(sinkApp.Get(0));
    BulkSendHelper bulk("ns3::TcpSocketFactory", InetSocketAddress(Ipv4Address("10.2.0.10"), 5001));
    bulk.SetAttribute("MaxBytes", UintegerValue(bytes));
    bulk.SetAttribute("SendSize", UintegerValue(1460));
    ApplicationContainer src = bulk.Install(a);
    src.Start(Seconds(0.1));

    sink->TraceConnectWithoutContext("Rx", MakeBoundCallback(&OnSinkRx, sink));
    if (trace) {
        const std::string d = links == "csma"
                                  ? "/NodeList/*/DeviceList/*/$ns3::CsmaNetDevice/"
                                  : "/NodeList/*/DeviceList/*/$ns3::PointToPointNetDevice/";
        for (const char* t :
             {"MacTx", "MacTxDrop", "MacRx", "MacPromiscRx", "PhyTxEnd", "PhyTxDrop", "PhyRxEnd"})
            Config::ConnectWithoutContext(d + t, MakeCallback(&OnPacket));
        Config::ConnectWithoutContext(d + "PhyTxBegin", MakeCallback(&OnFrame));
        Config::ConnectWithoutContext(d + "PhyRxDrop", MakeCallback(&OnDrop));
        const std::string ip = "/NodeList/*/$ns3::Ipv4L3Protocol/";
        Config::ConnectWithoutContext(ip + "Tx", MakeCallback(&OnIp));
        Config::ConnectWithoutContext(ip + "Rx", MakeCallback(&OnIp));
        Config::ConnectWithoutContext(ip + "Drop", MakeCallback(&OnIpDrop));
        Config::ConnectWithoutContext("/NodeList/*/$ns3::ArpL3Protocol/Drop",
                                      MakeCallback(&OnPacket));
        // BulkSend creates its socket at 0.1 s; hook it right after.
        Simulator::Schedule(Seconds(0.1) + NanoSeconds(1), &HookSender);
    }

    Simulator::Stop(Seconds(600));
    auto cpuNow = [] {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
    };
    const double cpu0 = cpuNow();
    const auto t0 = std::chrono::steady_clock::now();
    Simulator::Run();
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double cpu = cpuNow() - cpu0;
    const uint64_t scheduled = Simulator::GetEventCount();
    Simulator::Destroy();

    const double done = g_done.GetSeconds();
    std::printf("ns-3 %d.%d (%s profile) TCP: %llu bytes with loss %g per link; %llu bytes "
                "arrived, the last at "
                "%.3f s simulated (%.1f Mb/s).\n",
                NS3_VERSION_MAJOR, NS3_VERSION_MINOR, NS3_VERSION_BUILD_PROFILE,
                static_cast<unsigned long long>(bytes), loss, static_cast<unsigned long long>(g_rx),
                done, done > 0.1 ? static_cast<double>(bytes) * 8 / (done - 0.1) / 1e6 : 0.0);
    std::printf("Wall time: %.3f s.\n", wall);
    std::printf("CPU time: %.3f s (user + system).\n", cpu);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("Peak memory: %.1f MB (resident, whole process).\n",
                static_cast<double>(usage.ru_maxrss) / 1024.0);
    std::printf("Frames: %llu; %llu lost on links.\n", static_cast<unsigned long long>(g_frames),
                static_cast<unsigned long long>(g_drops));
    std::printf("Sender: %llu fast retransmits, %llu retransmission timeouts.\n",
                static_cast<unsigned long long>(g_fastRetransmits),
                static_cast<unsigned long long>(g_timeouts));
    std::printf("Trace events: %llu; %.0f per wall second (%llu bytes seen).\n",
                static_cast<unsigned long long>(g_events), static_cast<double>(g_events) / wall,
                static_cast<unsigned long long>(g_bytesSeen));
    std::printf("Scheduler events: %llu; %.0f per wall second.\n",
                static_cast<unsigned long long>(scheduled), static_cast<double>(scheduled) / wall);
    return g_rx >= bytes ? 0 : 1;
}
