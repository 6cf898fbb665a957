#pragma once

#include "wire/address.h"
#include "wire/bytes.h"

#include <QCoreApplication>
#include <QString>
#include <map>
#include <optional>
#include <tuple>

namespace ww::ui {

// What a protocol analyser's packet list says about one PDU.
struct PduSummary {
    QString protocol; // the highest protocol recognised: "ARP", "ICMP", "TCP", "HTTP", "UDP",
                      // "DNS", "IPv4"
    QString token;    // a short label for a token on the canvas: "ARP", "TCP SYN", "HTTP"
    QString text;     // one line: "ARP Who has 10.0.1.1? Tell 10.0.1.10"
};

// Describes frames and IPv4 packets with the core/wire parsers. Keeps each TCP
// flow's initial sequence number so Seq/Ack are shown relative, as Wireshark
// does by default: describe PDUs in trace order.
class PduDescriber {
    Q_DECLARE_TR_FUNCTIONS(PduDescriber)
public:
    PduSummary frame(ByteView frame);
    PduSummary packet(ByteView packet);
    // An ARP packet without its frame; empty when it does not parse as one.
    PduSummary arpPacket(ByteView packet);
    // TCP Seq/Ack relative to each flow's ISN (the default) or as carried.
    void setRelativeSequence(bool relative) { relative_ = relative; }

    // The Seq and Ack bases a TCP segment was shown with. Describing one PDU out of trace
    // order (a lazily filled packet list) pins the bases it had in order; all zero when absolute.
    struct TcpBases {
        std::uint32_t sequence = 0;
        std::uint32_t acknowledgment = 0;
    };
    // The bases of the last TCP segment described since clearLastTcpBases(), if any.
    const std::optional<TcpBases>& lastTcpBases() const { return lastBases_; }
    void clearLastTcpBases() { lastBases_.reset(); }
    // Use these bases instead of the flows seen so far (and learn nothing); nullopt: in order.
    void pinTcpBases(std::optional<TcpBases> bases) { pinned_ = bases; }

private:
    PduSummary tcp(ByteView segment, Ipv4Address source, Ipv4Address destination);
    PduSummary udp(ByteView datagram, Ipv4Address source, Ipv4Address destination);
    PduSummary icmp(ByteView message, int ttl);

    using Flow = std::tuple<std::uint32_t, std::uint16_t, std::uint32_t, std::uint16_t>;
    std::map<Flow, std::uint32_t> initialSequence_;
    bool relative_ = true;
    std::optional<TcpBases> lastBases_;
    std::optional<TcpBases> pinned_;
};

// An ICMP error in iputils ping's words ("Destination Port Unreachable"), translated.
QString icmpErrorText(std::uint8_t type, std::uint8_t code, std::uint16_t mtu);

} // namespace ww::ui
