#pragma once

// Every host's stub resolver (docs/dns.md "Stub resolver"): its cache first, then the hosts
// file and the DNS server in the configured order (nsswitch.conf "hosts: files dns"), the
// server asked with RD=1 over UDP port 53, again over TCP when the answer is truncated.
#include "apps/dns_stub_cache.h"
#include "sim/time.h"
#include "trace/event.h"
#include "wire/dns.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ww {
class IpNode;
}

namespace ww::dns {

enum class StubSource : std::uint8_t { Files, Dns };

struct StubConfig {
    std::vector<Ipv4Address> servers; // tried in order; empty: the one DHCP option 6 gave
    std::vector<StubSource> order{StubSource::Files, StubSource::Dns};
    std::vector<std::pair<std::string, Ipv4Address>> hosts; // the hosts file, first match wins
    SimTime timeout = 5 * kSecond;                          // resolv.conf "options timeout:5"
    int attempts = 2;                                       // resolv.conf "options attempts:2"
};

struct StubResult {
    std::uint32_t lookup = 0; // the run-unique lookup number of its events
    DnsOutcome outcome = DnsOutcome::Timeout;
    DnsPlace source = DnsPlace::StubCache; // where the answer came from
    std::vector<Record> records;           // the answer chain: CNAMEs, then the data
    std::string canonical;                 // the name at the end of the chain
    std::vector<Ipv4Address> addresses;    // A data
    Ipv4Address server;                    // the server that answered (source Server)
    bool authoritative = false;            // its AA bit
    bool triedServer = false;              // a DNS server was asked (source Server)
};

class Stub {
public:
    explicit Stub(IpNode& node);
    ~Stub();
    Stub(const Stub&) = delete;
    Stub& operator=(const Stub&) = delete;

    void configure(StubConfig config) { config_ = std::move(config); }
    const StubConfig& config() const { return config_; }
    // DHCP option 6 (RFC 2132 §3.8): used while the lab names no server.
    void learnServer(Ipv4Address server) { dhcpServer_ = server; }
    std::vector<Ipv4Address> servers() const;

    using Done = std::function<void(const StubResult&)>;
    // Looks `name` up; `done` runs when the answer is known (at once from the cache or the
    // hosts file, later from a server), with every step published as DNS events.
    void lookup(const std::string& name, std::uint16_t qtype, Done done);

    const StubCache& cache() const { return cache_; }

private:
    void finish(const Done& done, StubResult result, const std::string& name, std::uint16_t qtype,
                SimTime started);
    void continueAt(std::size_t step, std::shared_ptr<StubResult> r, std::string name,
                    std::uint16_t qtype, SimTime started, Done done);
    // The answer a server gave, into the cache and the result.
    void learn(const Message& response, const std::string& name, std::uint16_t qtype,
               StubResult& result);

    IpNode& node_;
    StubConfig config_;
    std::optional<Ipv4Address> dhcpServer_;
    StubCache cache_;
};

} // namespace ww::dns
