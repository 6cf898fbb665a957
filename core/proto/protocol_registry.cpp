#include "proto/protocol_registry.h"

#include "wire/arp.h"
#include "wire/dhcp.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>

namespace ww::proto {

namespace {

constexpr std::uint16_t kHttpPort = 80;
constexpr std::uint16_t kHttpAltPort = 8080; // the usual second web port (labs use it)

// Ordered by ww::Protocol value (checked below).
constexpr Descriptor kProtocols[] = {
    {Protocol::Ethernet,
     "ethernet",
     QT_TRANSLATE_NOOP("Protocols", "Ethernet"),
     QT_TRANSLATE_NOOP("Protocols", "Ethernet II"),
     QT_TRANSLATE_NOOP("HeaderDiagram", "Ethernet II header (IEEE 802.3)"),
     Layer::NetworkInterface,
     PduName::Frame,
     Carrier::None,
     {0, 0},
     nullptr,
     [](ByteView) { return ethernet::headerFields(); }},
    {Protocol::Arp,
     "arp",
     QT_TRANSLATE_NOOP("Protocols", "ARP"),
     QT_TRANSLATE_NOOP("Protocols", "Address Resolution Protocol (ARP)"),
     QT_TRANSLATE_NOOP("HeaderDiagram", "ARP packet (RFC 826)"),
     Layer::Internet,
     PduName::Packet,
     Carrier::EtherType,
     {ethernet::kArp, 0},
     nullptr,
     [](ByteView) { return arp::fields(); }},
    {Protocol::Ipv4,
     "ipv4",
     QT_TRANSLATE_NOOP("Protocols", "IPv4"),
     QT_TRANSLATE_NOOP("Protocols", "Internet Protocol version 4 (IPv4)"),
     QT_TRANSLATE_NOOP("HeaderDiagram", "IPv4 header (RFC 791)"),
     Layer::Internet,
     PduName::Packet,
     Carrier::EtherType,
     {ethernet::kIpv4, 0},
     nullptr,
     [](ByteView) { return ipv4::fields(); }},
    {Protocol::Icmp,
     "icmp",
     QT_TRANSLATE_NOOP("Protocols", "ICMP"),
     QT_TRANSLATE_NOOP("Protocols", "Internet Control Message Protocol (ICMP)"),
     QT_TRANSLATE_NOOP("HeaderDiagram", "ICMP header (RFC 792)"),
     Layer::Internet,
     PduName::Message,
     Carrier::IpProtocol,
     {ipv4::kIcmp, 0},
     nullptr,
     [](ByteView b) { return icmp::fields(b.empty() ? std::uint8_t{0} : b[0]); }},
    {Protocol::Udp,
     "udp",
     QT_TRANSLATE_NOOP("Protocols", "UDP"),
     QT_TRANSLATE_NOOP("Protocols", "User Datagram Protocol (UDP)"),
     QT_TRANSLATE_NOOP("HeaderDiagram", "UDP header (RFC 768)"),
     Layer::Transport,
     PduName::Datagram,
     Carrier::IpProtocol,
     {ipv4::kUdp, 0},
     nullptr,
     [](ByteView) { return udp::fields(); }},
    {Protocol::Tcp,
     "tcp",
     QT_TRANSLATE_NOOP("Protocols", "TCP"),
     QT_TRANSLATE_NOOP("Protocols", "Transmission Control Protocol (TCP)"),
     QT_TRANSLATE_NOOP("HeaderDiagram", "TCP header (RFC 9293)"),
     Layer::Transport,
     PduName::Segment,
     Carrier::IpProtocol,
     {ipv4::kTcp, 0},
     nullptr,
     [](ByteView) { return tcp::fields(); }},
    {Protocol::Http,
     "http",
     QT_TRANSLATE_NOOP("Protocols", "HTTP"),
     QT_TRANSLATE_NOOP("Protocols", "Hypertext Transfer Protocol (HTTP)"),
     nullptr,
     Layer::Application,
     PduName::Message,
     Carrier::TcpPort,
     {kHttpPort, kHttpAltPort},
     looksLikeHttp,
     nullptr},
    {Protocol::Data,
     "data",
     QT_TRANSLATE_NOOP("Protocols", "Data"),
     QT_TRANSLATE_NOOP("Protocols", "Data"),
     nullptr,
     Layer::Application,
     PduName::Message,
     Carrier::None,
     {0, 0},
     nullptr,
     nullptr},
    {Protocol::Dhcp,
     "dhcp",
     QT_TRANSLATE_NOOP("Protocols", "DHCP"),
     QT_TRANSLATE_NOOP("Protocols", "Dynamic Host Configuration Protocol (DHCP)"),
     QT_TRANSLATE_NOOP("HeaderDiagram", "DHCP message (RFC 2131)"),
     Layer::Application,
     PduName::Message,
     Carrier::UdpPort,
     {dhcp::kServerPort, dhcp::kClientPort},
     nullptr,
     [](ByteView) { return dhcp::fields(); }},
    {Protocol::Dns,
     "dns",
     QT_TRANSLATE_NOOP("Protocols", "DNS"),
     QT_TRANSLATE_NOOP("Protocols", "Domain Name System (DNS)"),
     QT_TRANSLATE_NOOP("HeaderDiagram", "DNS message header (RFC 1035)"),
     Layer::Application,
     PduName::Message,
     Carrier::UdpOrTcpPort,
     {dns::kPort, 0},
     nullptr,
     [](ByteView) { return dns::fields(); },
     16},
};

// A switch without a default: a new ww::Protocol value stops the build here
// (-Wswitch is an error) until it has a descriptor.
constexpr bool isProtocol(Protocol p) {
    switch (p) {
    case Protocol::Ethernet:
    case Protocol::Arp:
    case Protocol::Ipv4:
    case Protocol::Icmp:
    case Protocol::Udp:
    case Protocol::Tcp:
    case Protocol::Http:
    case Protocol::Data:
    case Protocol::Dhcp:
    case Protocol::Dns:
        return true;
    }
    return false;
}

constexpr bool tableMatchesEnum() {
    std::size_t values = 0;
    for (int i = 0; i < 256; ++i)
        values += isProtocol(static_cast<Protocol>(i)) ? 1 : 0;
    if (values != std::size(kProtocols))
        return false;
    for (std::size_t i = 0; i < std::size(kProtocols); ++i)
        if (kProtocols[i].id != static_cast<Protocol>(i) || kProtocols[i].key == nullptr ||
            kProtocols[i].name == nullptr || kProtocols[i].fullName == nullptr ||
            (kProtocols[i].diagramRowBits != 16 && kProtocols[i].diagramRowBits != 32))
            return false;
    return true;
}
static_assert(tableMatchesEnum(), "one descriptor per ww::Protocol, in enum order");

QString translated(const char* context, const char* text) {
    return text ? QCoreApplication::translate(context, text) : QString();
}

bool rides(const Descriptor& d, Carrier transport) {
    return d.carrier == transport ||
           (d.carrier == Carrier::UdpOrTcpPort &&
            (transport == Carrier::UdpPort || transport == Carrier::TcpPort));
}

bool carries(const Descriptor& d, std::uint16_t number) {
    return number != 0 && std::find(d.numbers.begin(), d.numbers.end(), number) != d.numbers.end();
}

} // namespace

std::span<const Descriptor> all() {
    return kProtocols;
}

const Descriptor& describe(Protocol protocol) {
    const auto i = static_cast<std::size_t>(protocol);
    return kProtocols[i < std::size(kProtocols) ? i : static_cast<std::size_t>(Protocol::Data)];
}

const Descriptor* byKey(std::string_view key) {
    for (const Descriptor& d : kProtocols)
        if (key == d.key)
            return &d;
    return nullptr;
}

const Descriptor* byEtherType(std::uint16_t type) {
    for (const Descriptor& d : kProtocols)
        if (d.carrier == Carrier::EtherType && carries(d, type))
            return &d;
    return nullptr;
}

const Descriptor* byIpProtocol(std::uint8_t protocol) {
    for (const Descriptor& d : kProtocols)
        if (d.carrier == Carrier::IpProtocol && carries(d, protocol))
            return &d;
    return nullptr;
}

const Descriptor* byPorts(Carrier transport, std::uint16_t source, std::uint16_t destination,
                          ByteView payload) {
    for (const Descriptor& d : kProtocols)
        if (rides(d, transport) && (carries(d, source) || carries(d, destination)))
            return &d;
    if (payload.empty())
        return nullptr;
    for (const Descriptor& d : kProtocols)
        if (rides(d, transport) && d.sniff && d.sniff(payload))
            return &d;
    return nullptr;
}

QString displayName(Protocol protocol) {
    return translated("Protocols", describe(protocol).name);
}

QString fullName(Protocol protocol) {
    return translated("Protocols", describe(protocol).fullName);
}

QString layerName(Layer layer) {
    switch (layer) {
    case Layer::Application:
        return QCoreApplication::translate("Protocols", "Application");
    case Layer::Transport:
        return QCoreApplication::translate("Protocols", "Transport");
    case Layer::Internet:
        return QCoreApplication::translate("Protocols", "Internet");
    case Layer::NetworkInterface:
        return QCoreApplication::translate("Protocols", "Network interface");
    }
    return {};
}

QString arpPlacement() {
    return QCoreApplication::translate(
        "Protocols",
        "ARP is in the Internet layer: it finds the MAC address for an IPv4 address on behalf of "
        "IP, yet it travels straight inside an Ethernet frame (EtherType 0x0806) with no IP "
        "header. RFC 1122 describes it alongside the link layer.");
}

bool looksLikeHttp(ByteView payload) {
    // RFC 9110 §9 methods and the status line's "HTTP/1.x".
    static constexpr std::string_view kStarts[] = {"GET ",    "HEAD ",    "POST ",  "PUT ",
                                                   "DELETE ", "OPTIONS ", "PATCH ", "CONNECT ",
                                                   "TRACE ",  "HTTP/1."};
    const std::string_view text(reinterpret_cast<const char*>(payload.data()), payload.size());
    return std::any_of(std::begin(kStarts), std::end(kStarts),
                       [&](std::string_view s) { return text.starts_with(s); });
}

} // namespace ww::proto
