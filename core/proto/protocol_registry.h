#pragma once

#include "trace/event.h"
#include "wire/bytes.h"
#include "wire/field.h"

#include <QString>
#include <array>
#include <span>
#include <string_view>

namespace ww::proto {

// How a protocol is recognised in the PDU that carries it.
enum class Carrier : std::uint8_t {
    None,         // never carried (Ethernet starts a frame; data is what is left)
    EtherType,    // Ethernet type field
    IpProtocol,   // IPv4 protocol field
    UdpPort,      // either UDP port
    TcpPort,      // either TCP port
    UdpOrTcpPort, // either port, over UDP and over TCP alike (DNS, RFC 1035 §4.2)
};

// One protocol, described once: every view (inspector, header diagrams, event
// list, encapsulation story) reads its name, layer and fields from here.
// Adding a protocol is one ww::Protocol value plus one entry in the table.
struct Descriptor {
    Protocol id;
    const char* key;          // stable: the trace's protocol name, `export --header NAME`
    const char* name;         // short name, translated in context "Protocols" ("DHCP")
    const char* fullName;     // translated in context "Protocols" (inspector tree)
    const char* diagramTitle; // translated in context "HeaderDiagram"; null: no diagram
    Layer layer;              // in the notes' four-layer model
    PduName pdu;              // what the notes call its PDU
    Carrier carrier;
    std::array<std::uint16_t, 2> numbers; // EtherType, IP protocol or ports; 0 = unused
    // Content recognition on any port (HTTP's request or status line); null: none.
    bool (*sniff)(ByteView payload);
    // The header's field table for a PDU of this protocol; null: no fixed fields.
    FieldTable (*fields)(ByteView pdu);
    // Bits a row in the header diagram: 32 as most RFCs draw; 16 where the RFC's own
    // figure is 16 wide (RFC 1035 §4.1.1).
    int diagramRowBits = 32;
};

std::span<const Descriptor> all();
// Every ww::Protocol has a descriptor (checked at compile time).
const Descriptor& describe(Protocol protocol);
const Descriptor* byKey(std::string_view key);
const Descriptor* byEtherType(std::uint16_t type);
const Descriptor* byIpProtocol(std::uint8_t protocol);
// The application protocol in a UDP (carrier UdpPort) or TCP (TcpPort) payload (or
// UdpOrTcpPort on either):
// by a well-known port in either direction, else by its content; null when neither.
const Descriptor* byPorts(Carrier transport, std::uint16_t source, std::uint16_t destination,
                          ByteView payload);

QString displayName(Protocol protocol); // "DHCP", translated where it is a word ("Ethernet")
QString fullName(Protocol protocol);    // "Dynamic Host Configuration Protocol (DHCP)"
// The four layers by the notes' names, translated in context "Protocols".
QString layerName(Layer layer);
// Why ARP sits where it does, one sentence for a tooltip or callout.
QString arpPlacement();

// An HTTP/1.x request or status line starts the bytes (RFC 9112 §3, §4).
bool looksLikeHttp(ByteView payload);

} // namespace ww::proto
