#pragma once

// One stub query's exchange with its servers (docs/dns.md "Timeouts and retries"): RD=1 over
// UDP 53 from a source port per server, each server in order waiting `timeout`, the list
// `attempts` times; a truncated answer is asked again over TCP 53 (RFC 7766 §5); SERVFAIL,
// REFUSED and NOTIMP move on to the next server at once, as glibc's res_send does.
#include "sim/time.h"
#include "wire/dns.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace ww {
class IpNode;
struct UdpReceived;
namespace tcp {
class Connection;
}
} // namespace ww

namespace ww::dns {

class StubQuery : public std::enable_shared_from_this<StubQuery> {
public:
    struct Outcome {
        std::optional<Message> response; // a final answer (NOERROR or NXDOMAIN)
        Ipv4Address server;              // who gave it
        bool serverFailed = false;       // no answer, but a server said SERVFAIL/REFUSED/NOTIMP
    };
    using Done = std::function<void(const Outcome&)>;

    StubQuery(IpNode& node, std::uint32_t lookup, std::string name, std::uint16_t qtype,
              std::vector<Ipv4Address> servers, SimTime timeout, int attempts, Done done);
    void start();

private:
    void send();
    void receiveUdp(const UdpReceived& in);
    void overTcp();
    void tcpBytes(tcp::Connection& c);
    // A message from the current server that answers our question.
    void accept(const Message& m, bool tcp, std::size_t server);
    void next();
    void finish(Outcome outcome);
    void armTimer();

    IpNode& node_;
    std::uint32_t lookup_;
    std::string name_;
    std::uint16_t qtype_;
    std::vector<Ipv4Address> servers_;
    SimTime timeout_;
    int attempts_;
    Done done_;
    Message query_;
    Bytes wire_;
    std::map<std::size_t, std::uint16_t> ports_; // server index -> our UDP source port
    std::size_t server_ = 0;
    int attempt_ = 1;
    std::uint64_t token_ = 0; // the exchange a timer or a TCP callback belongs to
    bool finished_ = false;
    bool serverFailed_ = false;
    std::shared_ptr<Bytes> tcpBuffer_;
};

} // namespace ww::dns
