#pragma once

// A DNS server for the stub's tests, on a lab host, built on core/wire/dns alone: it
// answers from a list of records (following CNAMEs), says NXDOMAIN with an SOA for names
// it does not know, and can stay silent, fail, or truncate UDP answers (then answer in
// full over TCP). Not the engine's servers: the stub is tested against exact messages.
#include "net/ip_node.h"
#include "net/network.h"
#include "transport/tcp_layer.h"
#include "wire/dns.h"

#include <memory>

namespace ww::test {

struct DnsResponder {
    enum class Mode { Answer, Silent, ServFail, TruncateUdp, WrongId };
    Mode mode = Mode::Answer;
    std::vector<dns::Record> records;
    bool authoritative = false;
    std::uint32_t soaTtl = 3600, soaMinimum = 60; // the negative TTL: the smaller (RFC 2308)
    int udpQueries = 0, tcpQueries = 0;

    static dns::Record a(const std::string& name, const char* address, std::uint32_t ttl) {
        return {name, dns::kTypeA, dns::kClassIn, ttl, *parseIpv4(address)};
    }
    static dns::Record cname(const std::string& name, const std::string& target,
                             std::uint32_t ttl) {
        return {name, dns::kTypeCname, dns::kClassIn, ttl, dns::DomainName{target}};
    }

    dns::Message answer(const dns::Message& q, bool overTcp) const {
        dns::Message r;
        r.header = q.header;
        r.header.qr = true;
        r.header.ra = true;
        r.header.aa = authoritative;
        r.questions = q.questions;
        if (mode == Mode::ServFail) {
            r.header.rcode = dns::kRcodeServFail;
            return r;
        }
        if (mode == Mode::WrongId)
            r.header.id = static_cast<std::uint16_t>(q.header.id + 1);
        std::string name = q.questions.front().name;
        const std::uint16_t type = q.questions.front().type;
        for (int hops = 0; hops < 8; ++hops) {
            bool cnamed = false, found = false;
            for (const dns::Record& rec : records) {
                if (rec.name != name)
                    continue;
                if (rec.type == type) {
                    r.answers.push_back(rec);
                    found = true;
                } else if (rec.type == dns::kTypeCname && !cnamed) {
                    r.answers.push_back(rec);
                    name = std::get<dns::DomainName>(rec.data).name;
                    cnamed = true;
                }
            }
            if (found || !cnamed)
                break;
        }
        const bool known = std::any_of(records.begin(), records.end(),
                                       [&](const dns::Record& rec) { return rec.name == name; });
        if (r.answers.empty() || !known) {
            if (!known)
                r.header.rcode = dns::kRcodeNxDomain;
            r.authorities.push_back(
                {"example", dns::kTypeSoa, dns::kClassIn, soaTtl,
                 dns::Soa{"ns.example", "admin.example", 1, 7200, 900, 1209600, soaMinimum}});
        }
        if (mode == Mode::TruncateUdp && !overTcp) {
            r.header.tc = true; // RFC 2181 §9: the records that did not fit are left out
            r.answers.clear();
            r.authorities.clear();
        }
        return r;
    }

    // Serves UDP and TCP port 53 on `node` for the rest of the run.
    static void install(IpNode& node, std::shared_ptr<DnsResponder> self) {
        node.bindUdp(dns::kPort, [&node, self](const UdpReceived& in) {
            auto q = dns::parse(in.payload);
            if (!q)
                return;
            ++self->udpQueries;
            if (self->mode == Mode::Silent)
                return;
            UdpSend how;
            how.sourcePort = dns::kPort;
            node.sendUdp(in.source, in.sourcePort, *dns::emit(self->answer(*q, false)), how);
        });
        node.tcp().listen(dns::kPort, [self](tcp::Connection& c) {
            auto buffer = std::make_shared<Bytes>();
            c.onReadable = [self, &c, buffer] {
                const Bytes in = c.read(std::size_t{1} << 20);
                buffer->insert(buffer->end(), in.begin(), in.end());
                auto framed = dns::unframeTcp(*buffer);
                if (!framed)
                    return;
                auto q = dns::parse(framed->message);
                if (!q)
                    return;
                ++self->tcpQueries;
                auto out = dns::frameForTcp(*dns::emit(self->answer(*q, true)));
                c.send(*out);
            };
            c.onPeerClosed = [&c] { c.close(); };
        });
    }
};

} // namespace ww::test
