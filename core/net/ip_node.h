#pragma once

#include "net/arp_cache.h"
#include "net/device.h"
#include "net/reassembly.h"
#include "net/routing_table.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace ww {

class PingApp;
class TracerouteApp;
class Napt;
struct NatConfig;
namespace tcp {
class TcpLayer;
}
namespace dns {
class Stub;
}

// An IPv4 interface: a port's MAC and address, its ARP cache, and (for an
// L3 switch) the VLAN it routes for.
struct IpInterface {
    PortIndex port; // the device port, or for an L3 switch the VLAN's index
    MacAddress mac;
    std::optional<Ipv4Prefix> address;
    std::unique_ptr<ArpCache> arp;
};

// A UDP datagram handed to the application bound to its port.
struct UdpReceived {
    std::size_t ifIndex; // the interface it came in on
    Ipv4Address source;
    std::uint16_t sourcePort;
    Ipv4Address destination;
    std::uint16_t destinationPort;
    ByteView payload;
};

// How an application sends one UDP datagram; defaults suit an ordinary socket.
struct UdpSend {
    std::uint16_t sourcePort = 0; // 0: a fresh ephemeral port
    std::uint8_t ttl = 64;
    std::optional<std::size_t> outInterface;  // broadcasts on a chosen network (DHCP)
    std::optional<Ipv4Address> sourceAddress; // e.g. 0.0.0.0 before DHCP
};

struct IpNodeOptions {
    bool forwarding = false;        // router: forward packets not addressed to us
    bool directedBroadcast = false; // router: forward directed broadcasts (RFC 2644: off)
    bool internet = false;          // router on "the internet": drop RFC 1918 destinations
};

// Where an outgoing packet came from: made here, or forwarded (then the
// frame it arrived in, for the "frame rebuilt" event and ICMP errors).
struct PacketOrigin {
    bool forwarded = false;
    std::optional<std::size_t> inInterface;
    MacAddress inSource, inDestination;
};

// The IPv4 stack shared by hosts, routers and the L3 switch's routing part:
// ARP, IPv4 input/output with fragmentation and reassembly, ICMP, a minimal UDP
// demultiplexer, and forwarding when enabled. Split over ip_node*.cpp by job.
class IpNode : public Device {
public:
    IpNode(Network& net, DeviceId id, std::string name, IpNodeOptions options);
    ~IpNode() override;

    // Adds an interface on an existing port with an optional address; adds its connected route.
    std::size_t addInterface(PortIndex port, MacAddress mac, std::optional<Ipv4Prefix> address);
    void addRoute(Ipv4Prefix destination, Ipv4Address via);
    void setDefaultGateway(Ipv4Address gateway);
    void joinGroup(Ipv4Address group) { groups_.insert(group); }
    using UdpHandler = std::function<void(const UdpReceived&)>;
    // An application on a UDP port; without a handler it is a sink (data delivered, no answer).
    void bindUdp(std::uint16_t port, UdpHandler handler = {}) {
        udpPorts_[port] = std::move(handler);
    }
    // Closes a UDP port: datagrams to it get ICMP port unreachable again.
    void unbindUdp(std::uint16_t port) { udpPorts_.erase(port); }
    // Gives an interface its address at run time (DHCP), with its connected route.
    void configureInterface(std::size_t ifIndex, Ipv4Prefix address);

    const std::vector<IpInterface>& interfaces() const { return interfaces_; }
    const RoutingTable& routingTable() const { return routes_; }
    const IpNodeOptions& options() const { return options_; }
    PingApp& ping();
    TracerouteApp& traceroute();
    tcp::TcpLayer& tcp();
    bool hasTcp() const { return tcp_ != nullptr; }
    // The stub resolver every IP node has (apps/dns_stub.h), made on first use.
    dns::Stub& resolver();
    const dns::Stub* resolverIfAny() const { return resolver_.get(); }
    // NAPT between two interfaces (routers); the global address is the outside one's.
    void enableNat(std::size_t insideInterface, std::size_t outsideInterface, SimTime idleTimeout,
                   std::vector<std::pair<Ipv4Address, Ipv4Address>> statics = {});
    const Napt* nat() const { return nat_.get(); }

    // For transport protocols: the address a datagram to `destination` leaves
    // from (nullopt: no route), the MTU on the way out, a fresh ephemeral port.
    std::optional<Ipv4Address> sourceAddressFor(Ipv4Address destination) const;
    std::uint32_t mtuToward(Ipv4Address destination) const;
    std::uint16_t allocateEphemeralPort();

    // Originates a datagram: IP header pushed, routed, fragmented, resolved, framed.
    // Returns false when there is no route (the drop is published).
    bool sendDatagram(Ipv4Address destination, std::uint8_t protocol, ByteView payload,
                      std::uint8_t ttl, bool dontFragment,
                      std::optional<Ipv4Address> source = std::nullopt,
                      std::optional<std::size_t> outInterface = std::nullopt);
    // The same for a payload already in a PDU: the IP header goes in front of it in place.
    bool sendDatagramPdu(Ipv4Address destination, std::uint8_t protocol, const PduRef& payload,
                         std::uint8_t ttl, bool dontFragment,
                         std::optional<Ipv4Address> source = std::nullopt);
    // Sends a UDP datagram (application data -> datagram -> packet); returns the source port.
    std::uint16_t sendUdp(Ipv4Address destination, std::uint16_t port, ByteView payload,
                          const UdpSend& how = {});

    void receiveFrame(PortIndex port, const PduRef& frame, std::uint64_t frameId) override;

protected:
    // Frame handling after the link-layer checks, for an interface index.
    void receiveOnInterface(std::size_t ifIndex, const PduRef& frame, std::uint64_t frameId);
    // Puts a finished frame on the wire; the L3 switch switches it within the VLAN.
    virtual void transmitOnInterface(std::size_t ifIndex, const PduRef& frame);
    // Largest IP packet the interface's link carries.
    virtual std::uint32_t interfaceMtu(std::size_t ifIndex) const;
    bool isOwnMac(std::size_t ifIndex, const MacAddress& mac) const;

private:
    struct Pending {
        std::uint32_t attempts = 0;
        std::size_t queuedBytes = 0;
        std::deque<std::pair<PduRef, PacketOrigin>> packets;
    };

    // ip_node.cpp: input
    void receiveArp(std::size_t ifIndex, ByteView payload, const PduRef& frame);
    void receiveIpv4(std::size_t ifIndex, ByteView payload, const PduRef& frame,
                     const ethernet::Repr& eth);
    void deliverLocally(std::size_t ifIndex, const ipv4::Repr& ip, ByteView payload,
                        const PduRef& packet);
    void receiveUdp(std::size_t ifIndex, const ipv4::Repr& ip, ByteView payload,
                    const PduRef& packet);
    void reassemblyTimeout(Reassembly::Key key, SimTime started);
    bool isLocalDestination(Ipv4Address destination) const;
    bool isOwnAddress(Ipv4Address a) const;

    // ip_node_forward.cpp: routing, fragmentation, ARP resolution, framing
    void forward(std::size_t inIf, const ipv4::Repr& ip, const PduRef& packet,
                 const ethernet::Repr& eth);
    // Output interface and next hop for a destination; nullopt: no route.
    std::optional<std::pair<std::size_t, Ipv4Address>> selectRoute(Ipv4Address destination,
                                                                   RouteView* used) const;
    bool isBroadcastFor(std::size_t ifIndex, Ipv4Address a) const;
    // Fragments (RFC 791 §3.2) when the packet exceeds the interface's MTU, from the
    // header the packet carries.
    bool originate(Ipv4Address destination, std::uint8_t protocol, const PduRef* payloadPdu,
                   ByteView payload, std::uint8_t ttl, bool dontFragment,
                   std::optional<Ipv4Address> source, std::optional<std::size_t> outInterface);
    void sendVia(std::size_t outIf, Ipv4Address nextHop, const PduRef& packet,
                 const PacketOrigin& origin);
    void resolveAndSend(std::size_t outIf, Ipv4Address nextHop, const PduRef& packet,
                        const PacketOrigin& origin);
    void sendArpRequest(std::size_t outIf, Ipv4Address target);
    void arpRetry(std::size_t outIf, Ipv4Address target);
    void frameAndSend(std::size_t outIf, const MacAddress& destination, const PduRef& packet,
                      std::uint16_t etherType, const PacketOrigin& origin);
    std::optional<std::size_t> interfaceForPort(PortIndex port) const;
    std::optional<std::size_t> interfaceOnLink(Ipv4Address a) const;

    // ip_node_icmp.cpp
    void receiveIcmp(const ipv4::Repr& ip, ByteView payload, const PduRef& packet);
    // RFC 1122 §3.2.2 / RFC 1812 §4.3.2.7: errors about `offending` to its source.
    void sendIcmpError(ByteView offending, std::uint8_t type, std::uint8_t code,
                       std::uint16_t nextHopMtu, std::optional<std::size_t> inInterface);
    // The local stack tells its own application (e.g. ARP gave up: host unreachable).
    void reportLocalError(ByteView offending, std::uint8_t type, std::uint8_t code,
                          std::uint16_t nextHopMtu = 0);

    IpNodeOptions options_;
    std::vector<IpInterface> interfaces_;
    RoutingTable routes_;
    Reassembly reassembly_;
    std::map<std::pair<std::size_t, Ipv4Address>, Pending> pending_;
    std::set<Ipv4Address> groups_;
    std::map<std::uint16_t, UdpHandler> udpPorts_;
    std::uint16_t nextIdentification_;
    std::uint16_t nextEphemeralPort_ = 49152;
    std::unique_ptr<PingApp> ping_;
    std::unique_ptr<TracerouteApp> traceroute_;
    std::unique_ptr<tcp::TcpLayer> tcp_;
    std::unique_ptr<Napt> nat_;
    std::unique_ptr<dns::Stub> resolver_;

    friend class PingApp;
};

class Host : public IpNode {
public:
    Host(Network& net, DeviceId id, std::string name)
        : IpNode(net, id, std::move(name), IpNodeOptions{}) {}
    NetDeviceType kind() const override { return NetDeviceType::Host; }
};

class Router : public IpNode {
public:
    Router(Network& net, DeviceId id, std::string name, IpNodeOptions options)
        : IpNode(net, id, std::move(name), withForwarding(options)) {}
    NetDeviceType kind() const override { return NetDeviceType::Router; }

private:
    static IpNodeOptions withForwarding(IpNodeOptions o) {
        o.forwarding = true;
        return o;
    }
};

} // namespace ww
