#pragma once

#include "sim/time.h"
#include "trace/dns_event.h"
#include "wire/address.h"
#include "wire/bytes.h"

#include <cstdint>
#include <memory>
#include <variant>
#include <vector>

namespace ww {

using DeviceId = std::uint32_t;
using LinkId = std::uint32_t;
using PortIndex = std::uint16_t;
inline constexpr DeviceId kNoDevice = 0xffffffffu;
inline constexpr LinkId kNoLink = 0xffffffffu;

// Storage shared by PDUs: a PDU is a slice of one. Decapsulation cuts a slice (no copy);
// encapsulation writes the header into the free room in front of its payload and the trailer
// behind it, when that room is free (Network::wrapPdu). [front, back) is every byte some PDU
// shows; bytes there are never written again, so an event's PDU never changes.
struct PduBuffer {
    Bytes storage; // sized once, never reallocated
    std::uint32_t front = 0;
    std::uint32_t back = 0;
    // The CRC-32 of [crcFrom, crcFrom + crcLen) (crcLen 0: none yet): a frame's FCS is
    // computed by its sender and reused by every receiver of the same, unchanged bytes (a
    // corrupted frame is a new buffer, so its receivers compute theirs).
    std::uint32_t crcFrom = 0;
    std::uint32_t crcLen = 0;
    std::uint32_t crc = 0;
};

// The exact bytes of a PDU, shared by every event that refers to it.
// id is unique per PDU within a run, so views can tell PDUs apart cheaply.
struct PduRef {
    std::uint64_t id = 0;
    std::shared_ptr<PduBuffer> bytes; // null: no PDU
    std::uint32_t offset = 0;
    std::uint32_t length = 0;

    ByteView view() const {
        return bytes ? ByteView(bytes->storage.data() + offset, length) : ByteView();
    }
    std::size_t size() const { return length; }
    Bytes copy() const {
        const ByteView v = view();
        return Bytes(v.begin(), v.end());
    }
    // Only for the PDU just made by Network (before any event shows it): its bytes to fill.
    MutableByteView fill() const { return {bytes->storage.data() + offset, length}; }
};

// TCP/IP four-layer model (RFC 1122 §1.1.3).
enum class Layer : std::uint8_t { NetworkInterface, Internet, Transport, Application };

// What the notes call the PDU at each layer.
enum class PduName : std::uint8_t { Message, Segment, Datagram, Packet, Frame };

// Every value has a descriptor (name, layer, recognition, fields) in
// proto/protocol_registry.cpp; the build fails until it does.
enum class Protocol : std::uint8_t { Ethernet, Arp, Ipv4, Icmp, Udp, Tcp, Http, Data, Dhcp, Dns };

// ---- encapsulation ----------------------------------------------------------

// A PDU created at a layer from nothing below it (an ICMP message, app data, an ARP packet).
struct PduBuilt {
    DeviceId device;
    Layer layer;
    Protocol protocol;
    PduName name;
    PduRef pdu;
};

// Encapsulation: a header (and trailer) added; pdu is the result.
struct HeaderPushed {
    DeviceId device;
    Layer layer;
    Protocol protocol;
    PduName name;
    std::uint32_t headerLen;
    std::uint32_t trailerLen;
    PduRef pdu;
};

// Decapsulation: a header (and trailer) removed; pdu is what was opened.
struct HeaderPopped {
    DeviceId device;
    Layer layer;
    Protocol protocol;
    PduName name;
    std::uint32_t headerLen;
    std::uint32_t trailerLen;
    PduRef pdu;
};

// ---- links ------------------------------------------------------------------

struct FrameTxStart {
    LinkId link;
    DeviceId from;
    PortIndex port;
    std::uint64_t frameId;
    PduRef frame;
    SimTime txEnd;   // last bit leaves the sender
    SimTime arrival; // last bit reaches the receiver
};

struct FrameTxEnd {
    LinkId link;
    DeviceId from;
    PortIndex port;
    std::uint64_t frameId;
};

struct FrameArrival {
    LinkId link;
    DeviceId to;
    PortIndex port;
    std::uint64_t frameId;
    PduRef frame;   // as received: differs from what was sent when corrupted
    bool corrupted; // the link flipped at least one bit
};

// ---- receive checks ---------------------------------------------------------

enum class Check : std::uint8_t {
    DestinationMac,    // is the frame for this interface (its MAC, broadcast, a joined group)?
    Fcs,               // does the CRC-32 match?
    IpHeaderChecksum,  // does the IPv4 header checksum verify?
    DestinationIp,     // is the packet for this host (one of its addresses, broadcast, group)?
    TransportChecksum, // UDP/TCP/ICMP checksum
    Port,              // is an application bound to the destination port?
    SequenceNumber,    // TCP: does the data start at the next byte expected (RCV.NXT)?
};

// expected/actual: MACs and IPv4 addresses as integers, checksums as carried/computed.
struct ReceiveCheck {
    DeviceId device;
    PortIndex port;
    Check check;
    bool passed;
    std::uint64_t expected;
    std::uint64_t actual;
    PduRef pdu;
};

// ---- switching --------------------------------------------------------------

enum class SwitchAction : std::uint8_t { Forwarded, Flooded, Filtered };

struct SwitchDecision {
    DeviceId device;
    PortIndex inPort;
    std::uint64_t frameId;
    MacAddress destination;
    SwitchAction action;
    bool tableHit;                   // a MAC table entry decided it
    std::vector<PortIndex> outPorts; // empty when filtered
};

enum class MacTableChange : std::uint8_t { Learned, Moved, Refreshed, Aged };

struct MacTableChanged {
    DeviceId device;
    MacAddress mac;
    PortIndex port;
    MacTableChange change;
};

// ---- IP ---------------------------------------------------------------------

enum class RouteKind : std::uint8_t { Connected, Static, Default };

struct RouteView {
    Ipv4Address prefix;
    int length;
    Ipv4Address nextHop; // 0.0.0.0 for connected routes
    PortIndex port;
    RouteKind kind;
};

// A router forwarding a packet: route chosen, next hop, TTL and checksum before/after.
struct RouterDecision {
    DeviceId device;
    PortIndex inPort;
    Ipv4Address destination;
    RouteView route;
    Ipv4Address nextHop;
    std::uint8_t ttlBefore;
    std::uint8_t ttlAfter;
    std::uint16_t checksumBefore;
    std::uint16_t checksumAfter;
    PduRef packet; // after the TTL update
};

// The router's new frame around a forwarded packet.
struct FrameRebuilt {
    DeviceId device;
    MacAddress oldSource, oldDestination;
    MacAddress newSource, newDestination;
    PortIndex outPort;
    PduRef frame;
};

struct Fragmented {
    DeviceId device;
    PduRef original;
    std::uint32_t mtu;
    std::vector<PduRef> fragments;
};

struct FragmentHeld {
    DeviceId device;
    Ipv4Address source;
    std::uint16_t identification;
    std::uint32_t offsetBytes;
    std::uint32_t length;
    bool last; // MF clear
};

struct Reassembled {
    DeviceId device;
    std::uint32_t fragmentCount;
    PduRef datagram;
};

// ---- ARP --------------------------------------------------------------------

enum class ArpCacheChange : std::uint8_t { Inserted, Updated, Expired };

struct ArpCacheChanged {
    DeviceId device;
    PortIndex port;
    Ipv4Address ip;
    MacAddress mac;
    ArpCacheChange change;
};

enum class ArpResolutionStep : std::uint8_t { Started, Retried, Resolved, Failed };

struct ArpResolution {
    DeviceId device;
    PortIndex port;
    Ipv4Address ip;
    ArpResolutionStep step;
    std::uint32_t attempt; // requests sent so far
    std::uint32_t queued;  // packets waiting for the answer
};

// ---- delivery and applications ---------------------------------------------

// Data handed up to its user: ICMP to the ping application, UDP payload to a
// listener on a port, ARP to the ARP module.
struct Delivered {
    DeviceId device;
    Protocol protocol;
    std::uint16_t port; // UDP/TCP destination port, 0 otherwise
    PduRef pdu;
};

struct PingReply {
    DeviceId device;
    Ipv4Address from;
    std::uint16_t identifier;
    std::uint16_t sequence;
    std::uint8_t ttl;
    SimTime rtt;
    std::uint32_t bytes;
};

// An ICMP error arrived at the host that sent the offending datagram.
struct IcmpErrorReceived {
    DeviceId device;
    Ipv4Address from;
    std::uint8_t type;
    std::uint8_t code;
    std::uint16_t nextHopMtu;
    Ipv4Address originalDestination;
};

// DnsLookup: the dns action (nslookup); its target is the first DNS server, 0.0.0.0 when
// none is known. A ping or http by name first steps with target 0.0.0.0 while the name is
// looked up (DNS events follow), then with the address for each repetition.
enum class ActionKind : std::uint8_t { Ping, UdpSend, TcpConnect, HttpGet, DnsLookup, Traceroute };

struct ScenarioStep {
    DeviceId device;
    ActionKind action;
    Ipv4Address target;
    std::uint32_t index; // which repetition (0-based)
};

// ---- traceroute ------------------------------------------------------------------

enum class TracerouteProbe : std::uint8_t { Udp, Icmp };

// One probe of a traceroute run (core/net/traceroute.h): UDP to port (base + probe number) or an
// ICMP echo, with TTL 1, 2, 3 ... and three probes a hop.
struct TracerouteProbeSent {
    DeviceId device;
    std::uint32_t run; // per device, from 0 (one traceroute action's repetition)
    TracerouteProbe probe;
    Ipv4Address target;
    std::uint8_t ttl;
    std::uint8_t probeIndex; // 0-2 within the hop
    std::uint8_t maxHops;
    std::uint16_t sourcePort;      // UDP (0 for ICMP)
    std::uint16_t destinationPort; // UDP: 33434 upward, one a probe (0 for ICMP)
    std::uint16_t identifier;      // ICMP echo (0 for UDP)
    std::uint16_t sequence;        // ICMP echo, from 1, one a probe (0 for UDP)
    std::uint32_t bytes;           // the IPv4 datagram's length (60, like Linux)
};

// The probe's answer (time exceeded from a router, port unreachable or echo reply from the
// destination, another unreachable) or its timeout.
struct TracerouteProbeResult {
    DeviceId device;
    std::uint32_t run;
    std::uint8_t ttl;
    std::uint8_t probeIndex;
    bool answered;     // false: no answer before the timeout ("*")
    Ipv4Address from;  // who answered
    std::uint8_t type; // ICMP type of the answer
    std::uint8_t code;
    SimTime rtt;   // 0 when not answered
    bool finished; // the run ends with this probe (destination reached, unreachable, max hops)
};

// ---- TCP (RFC 9293, 6298, 5681) -----------------------------------------------

enum class TcpState : std::uint8_t {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

// One TCP connection seen from one host: (local address, port) to (remote address, port).
struct TcpConnectionRef {
    DeviceId device;
    std::uint32_t connection; // unique per device
    Ipv4Address localAddress;
    std::uint16_t localPort;
    Ipv4Address remoteAddress;
    std::uint16_t remotePort;
};

struct TcpStateChanged {
    TcpConnectionRef conn;
    TcpState from;
    TcpState to;
};

// An RTT measurement and the retransmission timeout it gives (RFC 6298). Only real
// measurements: never of a retransmitted segment (Karn), so never 0.
struct TcpRttSample {
    TcpConnectionRef conn;
    SimTime rtt;
    SimTime srtt;
    SimTime rttvar;
    SimTime rto;
};

enum class RtoChange : std::uint8_t {
    BackOff,           // the timer expired: RTO doubled (RFC 6298 §5.5)
    HandshakeFallback, // a SYN was resent, no sample: 3 s when data begins (§5.7)
};

// The retransmission timeout changed without an RTT measurement.
struct TcpRtoChanged {
    TcpConnectionRef conn;
    RtoChange change;
    SimTime srtt; // 0 while there is no sample yet
    SimTime rttvar;
    SimTime rto;
};

enum class CongestionChange : std::uint8_t {
    Grew,           // slow start or congestion avoidance
    FastRetransmit, // third duplicate ACK: ssthresh = flight/2, cwnd = ssthresh + 3 SMSS
    PartialAck,     // NewReno: still recovering
    RecoveryEnded,  // full ACK: cwnd = ssthresh
    Timeout,        // cwnd = 1 SMSS
};

struct TcpCongestion {
    TcpConnectionRef conn;
    CongestionChange change;
    std::uint32_t cwnd;
    std::uint32_t ssthresh;
};

enum class RetransmitReason : std::uint8_t { Timeout, FastRetransmit, PartialAck, Probe };

struct TcpRetransmit {
    TcpConnectionRef conn;
    RetransmitReason reason;
    std::uint32_t sequence;
    std::uint32_t length;
};

// ---- NAT (RFC 3022) ---------------------------------------------------------------

// A NAPT mapping created (inside address:port -> global address:port) or removed when idle.
struct NatMappingChanged {
    DeviceId device;
    std::uint8_t protocol; // IPv4 protocol number: 1 ICMP (echo identifier), 6 TCP, 17 UDP
    Ipv4Address insideAddress;
    std::uint16_t insidePort;
    Ipv4Address globalAddress;
    std::uint16_t globalPort;
    bool created;
};

// ---- DHCP (RFC 2131) --------------------------------------------------------------

// A DHCP message sent or received by a client or server (the protocol's steps).
struct DhcpExchange {
    DeviceId device;
    bool server;             // the server's side (else the client's)
    bool sent;               // sent (else received)
    std::uint8_t type;       // option 53: 1 DISCOVER, 2 OFFER, 3 REQUEST, 5 ACK, 6 NAK...
    std::uint32_t xid;       // transaction id
    MacAddress client;       // chaddr
    Ipv4Address yourAddress; // yiaddr (offered / assigned)
};

// The server committed a lease (it sent DHCPACK).
struct DhcpLeaseGranted {
    DeviceId device;
    MacAddress client;
    Ipv4Address address;
    std::uint32_t leaseSeconds;
};

// An interface got its configuration from a DHCP server (the client entered BOUND).
struct InterfaceConfigured {
    DeviceId device;
    PortIndex port;
    Ipv4Address address;
    int prefixLength;
    Ipv4Address gateway; // 0.0.0.0 when none was given
    Ipv4Address dns;     // 0.0.0.0 when none was given
    Ipv4Address server;
    std::uint32_t leaseSeconds;
};

// ---- drops ------------------------------------------------------------------

enum class DropReason : std::uint8_t {
    LinkLoss,            // lost on the link (loss probability)
    Injected,            // lost on purpose: clicked by the teacher, or a test
    QueueFull,           // transmit queue full
    FcsError,            // CRC-32 mismatch: corrupted frame
    NotForThisMac,       // destination MAC is not ours
    SameSegment,         // switch: destination is on the ingress port (filtered)
    Malformed,           // bytes did not parse
    HeaderChecksum,      // IPv4 header checksum wrong
    NotForThisHost,      // IP destination not ours and we do not forward
    NoRoute,             // no matching route
    TtlExpired,          // TTL reached 0 at a router
    ArpFailed,           // next hop did not answer ARP
    ArpQueueFull,        // too many packets waiting for one ARP answer
    FragmentationNeeded, // DF set, packet larger than the MTU
    ReassemblyTimeout,   // not every fragment arrived in time
    BroadcastNotForwarded,
    PortUnreachable, // no application on the destination port
    ProtocolUnreachable,
    PrivateDestination, // "internet" router: RFC 1918 destination
    NoListener,         // e.g. an unsolicited echo reply
    TransportChecksum,  // UDP/ICMP checksum wrong
    TcpNoConnection,    // TCP segment for no connection or listener (answered with RST)
    TcpUnacceptable,    // TCP segment outside the receive window (answered with ACK)
    NatUntranslatable,  // NAPT: no ports to translate (a fragment, an ICMP error) or none free
    FrameTooBig,        // switch: frame larger than the egress link's MTU (an L2 MTU mismatch)
};

struct Drop {
    DeviceId device; // kNoDevice when lost on a link
    LinkId link;     // kNoLink when dropped inside a device
    DropReason reason;
    std::uint64_t frameId; // 0 when the drop is of a packet, not a frame
    PduRef pdu;
};

// ---- the event ----------------------------------------------------------------

using EventKind =
    std::variant<PduBuilt, HeaderPushed, HeaderPopped, FrameTxStart, FrameTxEnd, FrameArrival,
                 ReceiveCheck, SwitchDecision, MacTableChanged, RouterDecision, FrameRebuilt,
                 Fragmented, FragmentHeld, Reassembled, ArpCacheChanged, ArpResolution, Delivered,
                 PingReply, IcmpErrorReceived, ScenarioStep, Drop, TcpStateChanged, TcpRttSample,
                 TcpCongestion, TcpRetransmit, NatMappingChanged, DhcpExchange, DhcpLeaseGranted,
                 InterfaceConfigured, TcpRtoChanged, DnsLookupStarted, DnsPlaceChecked,
                 DnsQuerySent, DnsQueryReceived, DnsResponseSent, DnsResponseReceived,
                 DnsCacheChanged, DnsLookupFinished, TracerouteProbeSent, TracerouteProbeResult>;

struct Event {
    SimTime time;
    std::uint64_t seq; // position in the trace, from 0
    EventKind kind;
};
// A recording keeps every event: the largest types (a PDU slice is 32 bytes) set the variant at
// 80; a new event type bigger than that belongs behind Shared (trace/shared_value.h) for its
// bulky members, as the DNS events do.
static_assert(sizeof(EventKind) <= 80, "an event type grew the variant: share its bulk");

// Stable snake_case names used by the JSON Lines trace (documented in docs/trace-format.md).
const char* eventTypeName(const EventKind& kind);
const char* toString(Layer);
const char* toString(PduName);
const char* toString(Protocol);
const char* toString(Check);
const char* toString(SwitchAction);
const char* toString(MacTableChange);
const char* toString(RouteKind);
const char* toString(ArpCacheChange);
const char* toString(ArpResolutionStep);
const char* toString(ActionKind);
const char* toString(TracerouteProbe);
const char* toString(DropReason);
const char* toString(TcpState);
const char* toString(CongestionChange);
const char* toString(RtoChange);
const char* toString(RetransmitReason);

} // namespace ww
