#pragma once

#include "sim/time.h"
#include "trace/event.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <cstdint>
#include <vector>

namespace ww {

class IpNode;

struct TracerouteOptions {
    Ipv4Address target;
    TracerouteProbe probe = TracerouteProbe::Udp;
    int maxHops = 30;
    SimTime wait = 5 * kSecond; // Linux traceroute's -w default (5.0 s)
};

// The traceroute application (like Linux traceroute 2.x, `-I` for ICMP). Each run sends probes
// with TTL 1, 2, 3 ..., three a hop, 60-byte datagrams (32 data bytes 0x40, 0x41, ...). UDP probes
// go from one source port to port 33434 upward, one port a probe; ICMP probes are echo requests
// with the run's identifier and sequence numbers from 1. Probes go one at a time (Linux's -N 1):
// the next leaves when the previous is answered or after `wait`, so a run reads hop by hop. The
// run ends after the hop where the destination answered (or an unreachable other than port
// unreachable came back), or after max_hops.
class TracerouteApp {
public:
    explicit TracerouteApp(IpNode& node);

    void start(const TracerouteOptions& options);
    // True when the reply answers one of our ICMP probes.
    bool onEchoReply(const ipv4::Repr& ip, const icmp::Repr& reply);
    // An ICMP error (time exceeded, unreachable) from `from`, quoting one of our probes.
    void onError(Ipv4Address from, const icmp::Repr& error);

    static constexpr std::uint16_t kBasePort = 33434;
    static constexpr std::uint32_t kDatagramBytes = 60;
    static constexpr int kProbesPerHop = 3;

private:
    struct Run {
        TracerouteOptions options;
        std::uint32_t id = 0;
        std::uint16_t sourcePort = 0; // UDP
        std::uint16_t identifier = 0; // ICMP
        std::uint32_t probesSent = 0; // the outstanding probe is number probesSent - 1
        bool outstanding = false;
        SimTime sentAt = 0;
        std::uint8_t ttl = 0;
        std::uint8_t probeIndex = 0;
        bool lastHop = false; // the destination (or an unreachable) answered in this hop
        bool done = false;
    };
    void sendNext(Run& run);
    void conclude(Run& run, bool answered, Ipv4Address from, std::uint8_t type, std::uint8_t code);
    Run* findOutstanding(ByteView quoted);
    Bytes probeData() const;

    IpNode& node_;
    std::vector<Run> runs_; // by run id
};

} // namespace ww
