#include "lab/lab_builder_dns.h"

#include "apps/dns_stub_answer.h"
#include "net/ip_node.h"
#include "net/network.h"

namespace ww::lab {

dns::StubConfig toStubConfig(const Resolver& r) {
    dns::StubConfig c;
    c.servers = r.servers;
    c.order.clear();
    for (ResolverSource s : r.order)
        c.order.push_back(s == ResolverSource::Files ? dns::StubSource::Files
                                                     : dns::StubSource::Dns);
    for (const HostsEntry& h : r.hosts)
        c.hosts.emplace_back(h.name, h.address);
    c.timeout = static_cast<SimTime>(r.timeout) * kSecond;
    c.attempts = r.attempts;
    return c;
}

void scheduleByName(Network& net, IpNode& node, const Action& a, RunAction run) {
    if (a.type == ActionType::Ping || a.type == ActionType::Traceroute) {
        net.sim().scheduleAt(secondsToTime(a.at), [&net, &node, a, run] {
            // The step without an address: the name is being resolved (DNS events follow).
            net.emit(ScenarioStep{
                node.id(), a.type == ActionType::Ping ? ActionKind::Ping : ActionKind::Traceroute,
                Ipv4Address{}, 0});
            node.resolver().lookup(a.name, dns::kTypeA, [&net, a, run](const dns::StubResult& r) {
                if (r.addresses.empty())
                    return; // "Name or service not known": in the trace
                Action resolved = a;
                resolved.to = r.addresses.front();
                for (int i = 0; i < a.count; ++i)
                    net.sim().schedule(secondsToTime(a.interval * i),
                                       [run, resolved, i] { run(resolved, i); });
            });
        });
        return;
    }
    for (int i = 0; i < a.count; ++i) {
        net.sim().scheduleAt(secondsToTime(a.at + a.interval * i), [&net, &node, a, run, i] {
            const bool lookupOnly = a.type == ActionType::Dns;
            std::string name = a.name;
            std::uint16_t qtype = lookupOnly ? a.qtype : std::uint16_t{dns::kTypeA};
            // nslookup given an address asks for its PTR record (RFC 1035 §3.5).
            if (auto address = parseIpv4(name); lookupOnly && address) {
                name = dns::reverseName(*address);
                qtype = dns::kTypePtr;
            }
            const auto servers = node.resolver().servers();
            net.emit(ScenarioStep{node.id(),
                                  lookupOnly ? ActionKind::DnsLookup : ActionKind::HttpGet,
                                  lookupOnly && !servers.empty() ? servers.front() : Ipv4Address{},
                                  static_cast<std::uint32_t>(i)});
            node.resolver().lookup(name, qtype, [a, run, i](const dns::StubResult& r) {
                if (a.type != ActionType::HttpGet || r.addresses.empty())
                    return;
                Action resolved = a; // the browser connects once the name is resolved
                resolved.to = r.addresses.front();
                run(resolved, i);
            });
        });
    }
}

} // namespace ww::lab
