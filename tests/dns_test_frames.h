#pragma once
// DNS messages wrapped in whole Ethernet frames (client 10.0.1.100, server 10.0.0.53;
// a response goes server to client), for tests that read them back or hand them to tshark.
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

namespace ww::dns::test_frames {

inline const Ipv4Address kClient{0x0a000164}, kServer{0x0a000035}; // 10.0.1.100, 10.0.0.53

inline Record rr(const char* name, std::uint16_t type, std::uint32_t ttl, Rdata data) {
    return Record{name, type, kClassIn, ttl, std::move(data)};
}

inline Message query(std::uint16_t id, const char* name, std::uint16_t type) {
    Message m;
    m.header.id = id;
    m.header.rd = true;
    m.questions.push_back({name, type, kClassIn});
    return m;
}

inline Message response(std::uint16_t id, const char* name, std::uint16_t type) {
    Message m = query(id, name, type);
    m.header.qr = m.header.ra = true;
    return m;
}

inline Bytes frame(const Bytes& transport, std::uint8_t protocol, bool fromServer) {
    ipv4::Repr ip;
    ip.protocol = protocol;
    ip.source = fromServer ? kServer : kClient;
    ip.destination = fromServer ? kClient : kServer;
    const MacAddress client{{0x02, 0, 0, 0, 0, 0x64}}, server{{0x02, 0, 0, 0, 0, 0x35}};
    return ethernet::emitFrame(
        {fromServer ? client : server, fromServer ? server : client, ethernet::kIpv4},
        ipv4::emit(ip, transport));
}

inline Bytes onWire(const Message& m, bool overTcp) {
    const bool fromServer = m.header.qr;
    const Bytes message = emit(m).value();
    if (!overTcp) {
        const udp::Repr u{fromServer ? kPort : std::uint16_t{50000},
                          fromServer ? std::uint16_t{50000} : kPort};
        return frame(
            udp::emit(u, message, fromServer ? kServer : kClient, fromServer ? kClient : kServer),
            ipv4::kUdp, fromServer);
    }
    tcp::Repr t;
    t.sourcePort = fromServer ? kPort : std::uint16_t{50001};
    t.destinationPort = fromServer ? std::uint16_t{50001} : kPort;
    t.sequence = 1000;
    t.acknowledgment = 2000;
    t.flags = tcp::kPsh | tcp::kAck;
    t.window = 64240;
    return frame(tcp::emit(t, frameForTcp(message).value(), fromServer ? kServer : kClient,
                           fromServer ? kClient : kServer),
                 ipv4::kTcp, fromServer);
}

} // namespace ww::dns::test_frames
