#include "apps/dns_stub_answer.h"

#include <algorithm>

namespace ww::dns {

std::string absoluteName(const std::string& name) {
    return name == "." || (!name.empty() && name.back() == '.') ? name : name + ".";
}

std::string nameKey(std::string_view name) {
    std::string k(name);
    if (k.size() > 1 && k.back() == '.' && (k.size() < 2 || k[k.size() - 2] != '\\'))
        k.pop_back();
    std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    });
    return k;
}

Message stubQuery(std::uint16_t id, const std::string& name, std::uint16_t qtype) {
    Message m;
    m.header.id = id;
    m.header.opcode = kOpcodeQuery;
    m.header.rd = true;
    m.questions.push_back({name, qtype, kClassIn});
    return m;
}

bool answersQuery(const Message& response, const Message& query) {
    if (!response.header.qr || response.header.id != query.header.id ||
        response.header.opcode != query.header.opcode || response.questions.size() != 1 ||
        query.questions.size() != 1)
        return false;
    const Question& a = response.questions[0];
    const Question& b = query.questions[0];
    return nameKey(a.name) == nameKey(b.name) && a.type == b.type && a.klass == b.klass;
}

ResponseReading readResponse(const Message& response, const Question& question) {
    ResponseReading out;
    const Header& h = response.header;
    if (h.tc) {
        out.kind = ResponseKind::Truncated;
        return out;
    }
    if (h.rcode != kRcodeNoError && h.rcode != kRcodeNxDomain)
        return out; // TryNext
    std::string current = nameKey(question.name);
    out.canonical = question.name;
    for (int links = 0; links <= 16; ++links) {
        std::vector<Record> data;
        const Record* cname = nullptr;
        for (const Record& r : response.answers) {
            if (r.klass != question.klass || nameKey(r.name) != current)
                continue;
            if (r.type == question.type)
                data.push_back(r);
            else if (r.type == kTypeCname && !cname)
                cname = &r;
        }
        if (!data.empty()) {
            out.kind = ResponseKind::Answer;
            out.chain.insert(out.chain.end(), data.begin(), data.end());
            return out;
        }
        if (!cname || question.type == kTypeCname)
            break;
        out.chain.push_back(*cname);
        out.canonical = std::get<DomainName>(cname->data).name;
        current = nameKey(out.canonical);
    }
    // No data at the end of the chain: a negative answer, whose lifetime is the SOA's.
    for (const Record& r : response.authorities)
        if (r.type == kTypeSoa) {
            out.negativeTtl = std::min(r.ttl, std::get<Soa>(r.data).minimum);
            out.negativeCacheable = true;
            break;
        }
    if (h.rcode == kRcodeNxDomain) {
        out.kind = ResponseKind::NxDomain;
        return out;
    }
    // NOERROR, no data and neither SOA nor chain: a referral or a lame server (RFC 2308
    // §2.2 type 4 is NODATA too, but a stub that asked RD=1 must not get a referral).
    const bool referral = !out.negativeCacheable && out.chain.empty() &&
                          std::any_of(response.authorities.begin(), response.authorities.end(),
                                      [](const Record& r) { return r.type == kTypeNs; });
    out.kind = referral ? ResponseKind::TryNext : ResponseKind::NoData;
    return out;
}

std::string reverseName(Ipv4Address a) {
    const std::uint32_t v = a.value;
    return std::to_string(v & 0xff) + "." + std::to_string((v >> 8) & 0xff) + "." +
           std::to_string((v >> 16) & 0xff) + "." + std::to_string(v >> 24) + ".in-addr.arpa";
}

} // namespace ww::dns
