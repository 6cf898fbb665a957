#include "net/traceroute.h"

#include "net/ip_node.h"
#include "net/network.h"
#include "wire/udp.h"

namespace ww {

namespace {
constexpr std::size_t kDataBytes = TracerouteApp::kDatagramBytes - ipv4::kMinHeaderLen - 8;
}

TracerouteApp::TracerouteApp(IpNode& node)
    : node_(node) {}

Bytes TracerouteApp::probeData() const {
    // Linux traceroute's data: 0x40, 0x41, ... ("@ABC...").
    Bytes data(kDataBytes);
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<std::uint8_t>(0x40 + (i & 0x3f));
    return data;
}

void TracerouteApp::start(const TracerouteOptions& options) {
    Run run;
    run.options = options;
    run.id = static_cast<std::uint32_t>(runs_.size());
    if (options.probe == TracerouteProbe::Udp)
        run.sourcePort = node_.allocateEphemeralPort();
    else // deterministic and distinct from ping's identifiers (0x57..)
        run.identifier = static_cast<std::uint16_t>(0x7400 + node_.id() * 0x10 + run.id);
    runs_.push_back(run);
    sendNext(runs_.back());
}

void TracerouteApp::sendNext(Run& run) {
    const std::uint32_t n = run.probesSent++;
    run.ttl = static_cast<std::uint8_t>(1 + n / kProbesPerHop);
    run.probeIndex = static_cast<std::uint8_t>(n % kProbesPerHop);
    run.outstanding = true;
    Network& net = node_.network();
    run.sentAt = net.now();
    TracerouteProbeSent sent{node_.id(),
                             run.id,
                             run.options.probe,
                             run.options.target,
                             run.ttl,
                             run.probeIndex,
                             static_cast<std::uint8_t>(run.options.maxHops),
                             0,
                             0,
                             0,
                             0,
                             kDatagramBytes};
    if (run.options.probe == TracerouteProbe::Udp) {
        sent.sourcePort = run.sourcePort;
        sent.destinationPort = static_cast<std::uint16_t>(kBasePort + n);
        net.emit(sent);
        UdpSend how;
        how.sourcePort = run.sourcePort;
        how.ttl = run.ttl;
        const Bytes data = probeData();
        node_.sendUdp(run.options.target, sent.destinationPort, data, how);
    } else {
        icmp::Repr echo;
        echo.type = icmp::kEchoRequest;
        echo.identifier = run.identifier;
        echo.sequence = static_cast<std::uint16_t>(n + 1);
        echo.data = probeData();
        sent.identifier = echo.identifier;
        sent.sequence = echo.sequence;
        net.emit(sent);
        const PduRef message = net.makePdu(icmp::emit(echo));
        net.emit(PduBuilt{node_.id(), Layer::Internet, Protocol::Icmp, PduName::Message, message});
        node_.sendDatagram(run.options.target, ipv4::kIcmp, message.view(), run.ttl, false);
    }
    const std::uint32_t id = run.id;
    net.sim().schedule(run.options.wait, [this, id, n] {
        Run& r = runs_[id];
        if (r.outstanding && r.probesSent == n + 1)
            conclude(r, false, Ipv4Address{}, 0, 0);
    });
}

void TracerouteApp::conclude(Run& run, bool answered, Ipv4Address from, std::uint8_t type,
                             std::uint8_t code) {
    run.outstanding = false;
    if (answered) {
        const bool portUnreachable =
            type == icmp::kDestinationUnreachable && code == icmp::kPortUnreachable;
        // Reached: the echo reply or port unreachable from the target; any other unreachable
        // ends the run too (traceroute prints !H, !N ... and stops after the hop).
        if (type == icmp::kEchoReply ||
            (type == icmp::kDestinationUnreachable && !portUnreachable) ||
            (portUnreachable && from == run.options.target))
            run.lastHop = true;
    }
    const bool hopDone = run.probeIndex + 1 == kProbesPerHop;
    run.done = hopDone && (run.lastHop || run.ttl >= run.options.maxHops);
    Network& net = node_.network();
    net.emit(TracerouteProbeResult{node_.id(), run.id, run.ttl, run.probeIndex, answered, from,
                                   type, code, answered ? net.now() - run.sentAt : 0, run.done});
    if (run.done)
        return;
    // The next probe leaves once this one is settled, as its own simulator event.
    const std::uint32_t id = run.id;
    net.sim().schedule(0, [this, id] { sendNext(runs_[id]); });
}

TracerouteApp::Run* TracerouteApp::findOutstanding(ByteView quoted) {
    // The quoted IPv4 header and the first 8 bytes of our probe (RFC 792).
    if (quoted.size() < ipv4::kMinHeaderLen)
        return nullptr;
    const std::size_t at = (quoted[0] & 0x0f) * 4u;
    if (at < ipv4::kMinHeaderLen || quoted.size() < at + 8)
        return nullptr;
    const std::uint8_t protocol = quoted[9];
    const Ipv4Address destination{readU32(quoted, 16)};
    for (Run& run : runs_) {
        if (!run.outstanding || destination != run.options.target)
            continue;
        const std::uint16_t n = static_cast<std::uint16_t>(run.probesSent - 1);
        if (run.options.probe == TracerouteProbe::Udp && protocol == ipv4::kUdp &&
            readU16(quoted, at) == run.sourcePort && readU16(quoted, at + 2) == kBasePort + n)
            return &run;
        if (run.options.probe == TracerouteProbe::Icmp && protocol == ipv4::kIcmp &&
            quoted[at] == icmp::kEchoRequest && readU16(quoted, at + 4) == run.identifier &&
            readU16(quoted, at + 6) == n + 1)
            return &run;
    }
    return nullptr;
}

bool TracerouteApp::onEchoReply(const ipv4::Repr& ip, const icmp::Repr& reply) {
    for (Run& run : runs_)
        if (run.outstanding && run.options.probe == TracerouteProbe::Icmp &&
            reply.identifier == run.identifier && reply.sequence == run.probesSent) {
            conclude(run, true, ip.source, reply.type, reply.code);
            return true;
        }
    return false;
}

void TracerouteApp::onError(Ipv4Address from, const icmp::Repr& error) {
    if (Run* run = findOutstanding(error.data))
        conclude(*run, true, from, error.type, error.code);
}

} // namespace ww
