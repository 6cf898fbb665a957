#include "apps/dns_text.h"

#include "apps/dns_names.h"

namespace ww::dns {

std::string rdataText(const Record& r) {
    struct Visitor {
        std::string operator()(const Ipv4Address& a) const { return a.toString(); }
        std::string operator()(const DomainName& d) const { return absoluteText(d.name); }
        std::string operator()(const Soa& s) const {
            return absoluteText(s.mname) + " " + absoluteText(s.rname) + " " +
                   std::to_string(s.serial) + " " + std::to_string(s.refresh) + " " +
                   std::to_string(s.retry) + " " + std::to_string(s.expire) + " " +
                   std::to_string(s.minimum);
        }
        std::string operator()(const Mx& m) const {
            return std::to_string(m.preference) + " " + absoluteText(m.exchange);
        }
        std::string operator()(const Bytes& b) const { // RFC 3597 §5 unknown-type form
            static constexpr char kHex[] = "0123456789ABCDEF";
            std::string out = "\\# " + std::to_string(b.size()) + " ";
            for (std::uint8_t byte : b) {
                out += kHex[byte >> 4];
                out += kHex[byte & 15];
            }
            return out;
        }
    };
    return std::visit(Visitor{}, r.data);
}

std::string recordText(const Record& r) {
    const char* type = typeName(r.type);
    return absoluteText(r.name) + " " + std::to_string(r.ttl) + " " +
           (r.klass == kClassIn ? "IN" : "CLASS" + std::to_string(r.klass)) + " " +
           (*type ? std::string(type) : "TYPE" + std::to_string(r.type)) + " " + rdataText(r);
}

std::vector<DnsRecordText> messageRecords(const Message& m) {
    std::vector<DnsRecordText> out;
    for (const Record& r : m.answers)
        out.push_back({DnsSection::Answer, recordText(r)});
    for (const Record& r : m.authorities)
        out.push_back({DnsSection::Authority, recordText(r)});
    for (const Record& r : m.additionals)
        out.push_back({DnsSection::Additional, recordText(r)});
    return out;
}

} // namespace ww::dns
