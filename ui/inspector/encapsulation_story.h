#pragma once

#include "lab/lab.h"
#include "models/recorded_run.h"
#include "net/device.h"
#include "trace/event.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ww::inspector {

// The recording the playback views use: every event of a run, with the devices.
using RecordedRun = ui::RecordedRun;

// The PDU an event carries, and at which protocol its bytes start; nullopt for
// events without one (a MAC table change, a TCP state change ...).
struct EventPdu {
    PduRef pdu;
    Protocol protocol;
    DeviceId device;
};
std::optional<EventPdu> pduOf(const RecordedRun& run, std::size_t eventIndex);

enum class StepKind : std::uint8_t {
    Built,         // data created at a layer (PduBuilt)
    Pushed,        // encapsulation: header (+ trailer) added
    Fragmented,    // IPv4 split to fit the MTU
    OnWire,        // bits onto the link
    Checked,       // a receive check, passed or failed
    SwitchForward, // an L2 switch read the Ethernet header only
    Popped,        // decapsulation: header removed
    RouterForward, // a router: TTL n -> n-1, checksum recomputed
    FrameRebuilt,  // a router: new frame with new MACs
    Delivered,     // handed to its user: see Delivery
    Dropped,
    CacheUpdated, // ARP: the sender's address went into the cache
    Answered,     // the receiving stack built a reply (ARP reply, ICMP echo reply)
    Held,         // a fragment kept until all have arrived
    Reassembled,  // the fragments joined into one datagram again
    Notified,     // the application that sent the offending packet learns of an ICMP error
};

// Who a received PDU is handed to. Only data for a port, and an echo reply for
// the ping that asked, reach a program; ARP and an echo request stay in the
// Internet layer, and an ICMP error goes to the protocol that sent the packet.
enum class Delivery : std::uint8_t {
    Application, // UDP/TCP data to the program on the port (HTTP to the server)
    ArpModule,   // RFC 826: the ARP module updates its cache and answers a request
    IcmpEcho,    // RFC 792/1122 §3.2.2.6: ICMP itself answers an echo request
    PingProgram, // an echo reply to the ping that sent the request
    IcmpError,   // to the IP/transport protocol of the offending packet (RFC 1122 §3.2.2)
};

struct StoryStep {
    StepKind kind = StepKind::Built;
    std::size_t eventIndex = 0;
    Layer layer = Layer::NetworkInterface;
    Protocol protocol = Protocol::Data;
    PduName name = PduName::Frame;
    int headerLen = 0;
    int trailerLen = 0;
    PduRef pdu; // the PDU after the step (pushed/built), or the one opened (popped/checked)
    // Checked
    Check check = Check::Fcs;
    bool passed = true;
    std::uint64_t expected = 0, actual = 0;
    // RouterForward / FrameRebuilt / SwitchForward
    int ttlBefore = 0, ttlAfter = 0;
    std::uint16_t checksumBefore = 0, checksumAfter = 0;
    PduRef frameBefore; // the frame as it arrived at the router
    DropReason dropReason = DropReason::Malformed;
    SwitchAction switchAction = SwitchAction::Forwarded;
    std::uint32_t mtu = 0;
    int fragmentCount = 0;
    // Steps whose PDU is one fragment of the journey's packet: which one (1-based), else 0.
    int fragmentIndex = 0;
    // Delivered
    Delivery delivery = Delivery::Application;
    std::uint8_t offendingProtocol = 0; // IcmpError: IPv4 protocol of the packet that failed
    // CacheUpdated
    Ipv4Address cacheIp;
    MacAddress cacheMac;
    // Held: the fragment's place in the original datagram
    std::uint32_t offsetBytes = 0, dataLen = 0;
    bool lastFragment = false;

    int totalLen() const { return static_cast<int>(pdu.size()); }
    int payloadLen() const { return totalLen() - headerLen - trailerLen; }
};

enum class HopRole : std::uint8_t { Sender, Switch, Router, L3Switch, Receiver, Bystander };

// One device on the PDU's way, with what happened to the PDU there.
struct StoryHop {
    DeviceId device = kNoDevice;
    QString deviceName;
    HopRole role = HopRole::Sender;
    std::vector<StoryStep> steps;
};

// Who the PDU is addressed to, for the title: a broadcast or a multicast has
// no single receiver.
enum class AudienceKind : std::uint8_t {
    Unicast,
    LanBroadcast,      // ARP request, limited broadcast 255.255.255.255: this LAN only
    DirectedBroadcast, // every host of a (possibly remote) network
    Multicast,
};
struct Audience {
    AudienceKind kind = AudienceKind::Unicast;
    QString receiver;    // Unicast: the host it is for
    QString network;     // broadcasts: "10.0.1.0/24"
    QString group;       // Multicast: "239.1.1.1"
    QStringList members; // Multicast: the hosts that joined the group
};

struct EncapsulationStory {
    std::vector<StoryHop> hops;
    Audience audience;
    // The story of one fragment a router made: which one (1-based) of how many, else 0.
    int fragmentIndex = 0, fragmentCount = 0;
    PduRef frame;    // the frame as the sender put it on the wire
    QString problem; // why there is no story (translated), empty when there is one

    bool empty() const { return hops.empty(); }
    // Steps flattened in order, for step-by-step animation: (hop, step) pairs.
    std::vector<std::pair<int, int>> stepOrder() const;
};

// Follows the PDU of event `eventIndex` from the host that built it, through
// switches and routers, to the host that opened it. Frames, packets and
// transport PDUs are linked by content (IPv4 identification, destination and
// transport bytes, which routers do not change), not by ids.
EncapsulationStory buildStory(const RecordedRun& run, std::size_t eventIndex);

} // namespace ww::inspector
