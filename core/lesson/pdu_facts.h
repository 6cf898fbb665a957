#pragma once

#include "trace/event.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"

#include <optional>
#include <vector>

namespace ww::lesson {

// What is inside the PDU an event carries, read from its bytes: the protocols
// from the outside in, and the IPv4 and TCP headers when there are any.
struct PduFacts {
    std::vector<Protocol> protocols;
    std::optional<ipv4::Repr> ip;
    std::optional<tcp::Repr> tcp;
    std::size_t tcpPayload = 0;

    bool has(Protocol p) const;
};

// Empty facts for events without a PDU (state changes, timers, DNS steps).
PduFacts pduFacts(const EventKind& kind);

// "SYN+ACK": the set TCP flags joined by '+', in the order CWR ECE URG SYN FIN RST PSH
// ACK, so the set reads as people say it ("SYN+ACK", "FIN+ACK", "PSH+ACK").
std::string tcpFlagSet(std::uint8_t flags);

} // namespace ww::lesson
