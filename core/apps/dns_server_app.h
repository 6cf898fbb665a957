#pragma once

// The DNS server application (dns_server.cpp: transport and authoritative answers;
// dns_recursion.cpp: the resolver's walk and the forwarder).

#include "apps/dns_cache.h"
#include "apps/dns_server.h"

#include <memory>

namespace ww {
class IpNode;
class Network;
namespace tcp {
class Connection;
}
} // namespace ww

namespace ww::dns {

// One client query a server works on, and where its answer goes.
struct ClientQuery {
    std::uint32_t lookup = 0;
    Ipv4Address client;
    std::uint16_t port = 0;
    bool tcp = false;
    tcp::Connection* connection = nullptr; // TCP: the client's connection
    Message query;
    SimTime started = 0;
};

// What a lookup ends with: the response's sections and how it is classified.
struct LookupResult {
    DnsAnswerKind kind = DnsAnswerKind::ServFail;
    std::uint8_t rcode = kRcodeServFail;
    std::vector<Record> answers, authorities, additionals;
    DnsPlace source = DnsPlace::Server;
};

class ServerApp : public std::enable_shared_from_this<ServerApp> {
public:
    ServerApp(IpNode& node, ServerConfig config);

    void start();

private:
    void receive(ClientQuery q);
    void answerFromZones(const ClientQuery& q);
    void respond(const ClientQuery& q, const LookupResult& r, bool aa);
    void sendMessage(const ClientQuery& q, const Message& m, DnsAnswerKind kind);

    // dns_recursion.cpp
    void resolve(const ClientQuery& q);
    void forward(const ClientQuery& q);
    struct Walk;
    void walkStart(const std::shared_ptr<Walk>& w);
    void walkAsk(const std::shared_ptr<Walk>& w);
    void walkReply(const std::shared_ptr<Walk>& w, const Message* m, bool tcp);
    void walkReferral(const std::shared_ptr<Walk>& w, const Message& m, const std::string& cut);
    void walkFinish(const std::shared_ptr<Walk>& w, LookupResult r);
    // Follows cached data for the name: true when it finished the walk from the cache.
    bool answerFromCache(const std::shared_ptr<Walk>& w);

    IpNode& node_;
    Network& net_;
    ServerConfig config_;
    Cache cache_;
};

} // namespace ww::dns
