#pragma once

#include "sim/time.h"
#include "wire/bytes.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <map>

namespace ww {

class IpNode;

// The ping application. Each session is one run of `ping`: an ICMP identifier
// of its own and sequence numbers from 1, matched with replies to measure the
// round-trip time.
class PingApp {
public:
    explicit PingApp(IpNode& node);

    // Starts a session and returns its identifier.
    std::uint16_t openSession();
    void sendEcho(std::uint16_t session, Ipv4Address destination, std::uint16_t dataSize,
                  std::uint8_t ttl, bool dontFragment);
    // True when the reply answers one of our requests.
    bool onEchoReply(const ipv4::Repr& ip, const icmp::Repr& reply);
    // An ICMP error quoting one of our requests.
    void onError(ByteView quoted);

    std::uint32_t sent() const { return sent_; }
    std::uint32_t received() const { return received_; }
    std::uint32_t errors() const { return errors_; }

private:
    struct Session {
        std::uint16_t nextSequence = 1;
        std::map<std::uint16_t, SimTime> outstanding; // sequence -> sent at
    };
    IpNode& node_;
    std::uint16_t nextIdentifier_;
    std::map<std::uint16_t, Session> sessions_;
    std::uint32_t sent_ = 0, received_ = 0, errors_ = 0;
};

} // namespace ww
