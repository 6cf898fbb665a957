#pragma once

#include "models/recorded_run.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace ww::sequence {

// One IP-level hop of a message: from a host, router or NAT to the next one
// (switch hops merged), or to where it was lost. Event indices into the run.
struct Hop {
    DeviceId from = kNoDevice;
    DeviceId to = kNoDevice; // where it arrived, or the device it was heading to when lost
    SimTime start = 0;
    SimTime end = 0;
    std::size_t startEvent = 0;
    std::size_t endEvent = 0;
    bool lost = false;
};

// Where one copy of a message ended: at a device (delivered, or dropped there),
// or on a link (lost).
struct Leaf {
    DeviceId device = kNoDevice; // the device reached (for a link loss: the one it headed to)
    SimTime time = 0;
    std::size_t event = 0;             // arrival, or the drop
    std::optional<DropReason> dropped; // lost on the link or dropped at `device`
    std::vector<Hop> hops;             // IP-level hops from the origin, in order
    Ipv4Address source, destination;   // the IP addresses as they arrived (after any NAT)
    std::uint16_t sourcePort = 0, destinationPort = 0;
};

enum class MessageKind : std::uint8_t { Tcp, Udp, Icmp, Arp, Other };

// A packet (or ARP message) followed from the device that sent it through every
// switch and router to where each copy ended. Its fields as sent.
struct Message {
    MessageKind kind = MessageKind::Other;
    DeviceId from = kNoDevice;
    SimTime sent = 0;
    std::size_t sendEvent = 0; // the first frame's FrameTxStart
    PduRef packet;             // the first frame, as its sender put it on the link
    Ipv4Address source, destination;
    std::uint16_t sourcePort = 0, destinationPort = 0;
    bool broadcast = false; // IP limited/directed broadcast, multicast, or an ARP request
    bool fragment = false;
    // TCP
    std::uint32_t seq = 0, ack = 0;
    std::uint8_t flags = 0;
    std::uint16_t window = 0;
    std::optional<std::uint16_t> mss;
    std::uint32_t length = 0; // TCP/UDP payload bytes, ICMP data bytes
    // ICMP
    std::uint8_t icmpType = 0, icmpCode = 0;
    std::uint16_t icmpId = 0, icmpSeq = 0;
    // ICMP errors: the quoted datagram's addresses, protocol and ports
    std::optional<std::uint8_t> quotedProtocol;
    Ipv4Address quotedSource, quotedDestination;
    std::uint16_t quotedSourcePort = 0, quotedDestinationPort = 0;
    // ARP
    std::uint16_t arpOperation = 0;
    Ipv4Address arpSender, arpTarget;
    // DHCP (UDP 67/68)
    std::optional<std::uint32_t> dhcpXid;
    std::uint8_t dhcpType = 0;

    std::vector<Leaf> leaves;
};

// Every message of a run, in the order they were sent. Frames that carry no
// IPv4 or ARP are left out.
std::vector<Message> extractMessages(const ui::RecordedRun& run);

} // namespace ww::sequence
