#pragma once

#include "lab/lab_dns.h"
#include "lab/lab_resolver.h"
#include "lab/local_text.h"
#include "wire/address.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ww::lab {

// The in-memory form of a lab file (docs/lab-format.md). Plain values: the
// loader fills it from JSON after validation, the writer turns it back into
// JSON, the engine builds a network from it, the GUI edits it.

inline constexpr const char* kFormatName = "wirewalk-lab";
inline constexpr int kFormatVersion = 1;

enum class DeviceType { Host, Switch, Router, L3Switch };

struct Interface {
    std::string name;                  // unique within the device ("eth0", "p1")
    std::optional<MacAddress> mac;     // generated deterministically when absent
    std::optional<Ipv4Prefix> address; // host/router interfaces; "10.0.1.10/24"
    int vlan = 0;                      // L3 switch ports: the VLAN the port belongs to

    bool operator==(const Interface&) const = default;
};

struct Route {
    Ipv4Prefix destination; // network; host bits must be zero
    Ipv4Address via;        // next hop, on a connected network

    bool operator==(const Route&) const = default;
};

struct Vlan { // L3 switch: a network with its routed (SVI) interface
    int id = 0;
    Ipv4Prefix address;
    std::optional<MacAddress> mac;

    bool operator==(const Vlan&) const = default;
};

struct StaticNat { // one-to-one NAT (RFC 3022 §2.1 "static address assignment")
    Ipv4Address inside;
    Ipv4Address global;

    bool operator==(const StaticNat&) const = default;
};

struct Nat {             // routers: NAPT between two of their interfaces (RFC 3022)
    std::string inside;  // interface name
    std::string outside; // interface name; its address is the global address
    double timeout = 60; // seconds a mapping lives without traffic
    std::vector<StaticNat> statics; // one-to-one mappings, tried before NAPT

    bool operator==(const Nat&) const = default;
};

// A TCP application listening on a port (hosts, routers). By default a sink that reads
// everything at once and closes when the peer does; a slow reader (flow control) reads
// readBytes every readInterval seconds from a small receive buffer.
struct TcpListen {
    std::uint16_t port = 0;
    int buffer = 65535;                 // receive buffer, bytes: the largest window advertised
    int readBytes = 0;                  // 0: read all as it arrives
    double readInterval = 1;            // seconds between reads when readBytes > 0
    std::optional<double> closeAt;      // close at this time (s) instead of after the peer

    bool isPlainSink() const { return *this == sink(port); }
    static TcpListen sink(std::uint16_t p) {
        TcpListen t;
        t.port = p;
        return t;
    }
    bool operator==(const TcpListen&) const = default;
};

struct DhcpServer { // RFC 2131 server on one interface of a host or router
    std::string interface;
    Ipv4Address poolStart, poolEnd;
    std::optional<Ipv4Address> gateway; // option 3 (router)
    std::optional<Ipv4Address> dns;     // option 6
    double lease = 3600;                // seconds (option 51)

    bool operator==(const DhcpServer&) const = default;
};

struct Device {
    std::string name; // unique in the lab
    DeviceType type = DeviceType::Host;
    std::string role;    // optional hint for the GUI icon: "pc", "laptop", "server", "internet"...
    double x = 0, y = 0; // canvas position
    std::vector<Interface> interfaces;
    std::optional<Ipv4Address> gateway;       // hosts
    std::vector<Route> routes;                // hosts, routers, L3 switches
    std::vector<Vlan> vlans;                  // L3 switches
    std::vector<Ipv4Address> multicastGroups; // hosts: joined groups (224.0.0.1 always)
    std::vector<std::uint16_t> udpListen;     // hosts: ports with a listening application
    std::vector<TcpListen> tcpListen; // hosts, routers: TCP applications by port
    bool httpServer = false;          // hosts: a web server on port 80
    bool delayedAck = false;          // hosts, routers: TCP delays ACKs (settings.ack_delay)
    bool dhcpClient = false;          // hosts: the first interface is configured by DHCP
    std::optional<Resolver> resolver; // hosts: the stub resolver's settings (defaults when absent)
    std::optional<DhcpServer> dhcpServer; // hosts, routers
    bool directedBroadcast = false; // routers: forward directed broadcasts (RFC 2644 default off)
    bool internet = false;          // routers: drop RFC 1918 destinations
    std::optional<Nat> nat;         // routers
    std::optional<DnsServerEntry> dns; // hosts, routers: a DNS server (lab_dns.h)

    bool operator==(const Device&) const = default;
};

struct Endpoint {
    std::string device;
    std::string interface;

    bool operator==(const Endpoint&) const = default;
};

struct Link {
    std::string name; // unique; the pcapng interface name
    Endpoint a, b;
    std::uint64_t bandwidthBps = 100'000'000;
    double delaySeconds = 0.0001; // propagation, one way
    int mtu = 1500;               // IP MTU of the link (Ethernet payload)
    double loss = 0.0;            // probability a frame is lost, 0-1
    double bitErrorRate = 0.0;    // probability each bit flips, 0-1
    int queueFrames = 1000;       // transmit queue length per direction
    std::vector<int> loseFrames;  // lose the Nth frame sent on this link (1-based, both directions)

    bool operator==(const Link&) const = default;
};

enum class ActionType { Ping, UdpSend, TcpTransfer, HttpGet, Dns, Traceroute };

// traceroute: UDP probes to port 33434 upward (Linux's default) or ICMP echo (traceroute -I).
enum class ProbeKind { Udp, Icmp };

struct Action {
    double at = 0; // seconds
    ActionType type = ActionType::Ping;
    std::string from; // device name
    Ipv4Address to;
    int count = 1;
    double interval = 1.0; // seconds between repetitions
    int size = 56;         // ping: ICMP data bytes; udp: payload bytes
    int ttl = 64;
    bool dontFragment = false;
    std::uint16_t port = 9; // udp/tcp destination port
    bool close = true;      // tcp: close after sending (active close)
    std::string path = "/"; // http: the target of the GET
    std::uint16_t localPort = 0;   // udp/tcp: source port (0: ephemeral, 49152-65535)
    std::optional<double> closeAt; // tcp: close at this time (s) instead of after sending
    std::string name;              // ping, http: resolve this instead of `to`; dns: the name
    std::uint16_t qtype = 1;       // dns: the record type asked for (A)

    ProbeKind probe = ProbeKind::Udp; // traceroute
    int maxHops = 30;                 // traceroute: largest TTL tried
    double wait = 5.0;                // traceroute: seconds to wait for each probe's answer

    bool operator==(const Action&) const = default;
};

struct Settings {
    double arpTimeout = 60;        // seconds an ARP cache entry lives
    double arpRetryInterval = 1;   // seconds between ARP requests
    int arpRetries = 3;            // requests before giving up
    double macAgeing = 300;        // seconds (IEEE 802.1D default)
    double reassemblyTimeout = 30; // seconds
    double msl = 30;               // TCP maximum segment lifetime; TIME-WAIT = 2 x MSL
    double ackDelay = 0.2;         // TCP delayed ACK timer on devices with delayed_ack

    bool operator==(const Settings&) const = default;
};

struct Lab {
    std::string name;  // short identifier ("two-lans")
    LocalText title; // one line for people
    LocalText description;
    Settings settings;
    std::vector<Device> devices;
    std::vector<Link> links;
    std::vector<Action> scenario;
    double duration = 10; // seconds the lab runs by default

    const Device* findDevice(const std::string& deviceName) const;
    bool operator==(const Lab&) const = default;
};

} // namespace ww::lab
