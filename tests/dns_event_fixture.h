#pragma once

// DNS events as the engine records them for the notes' walk, written by hand: PC1 looks up
// www.naver.com through DNS1 (cache DNS server), which asks ROOT, COM and NAVER with
// iterative queries; then PC1 asks again and its stub cache answers.
#include "trace/event.h"

#include <QString>
#include <vector>

namespace ww::test {

inline constexpr DeviceId kPc1 = 0, kDns1 = 1, kRoot = 2, kCom = 3, kNaver = 4;
inline const Ipv4Address kPc1Ip = Ipv4Address::fromOctets(10, 0, 1, 10);
inline const Ipv4Address kDns1Ip = Ipv4Address::fromOctets(10, 0, 0, 53);
inline const Ipv4Address kRootIp = Ipv4Address::fromOctets(198, 41, 0, 4);
inline const Ipv4Address kComIp = Ipv4Address::fromOctets(192, 5, 6, 30);
inline const Ipv4Address kNaverIp = Ipv4Address::fromOctets(125, 209, 248, 6);

inline QString deviceName(DeviceId d) {
    static const char* names[] = {"PC1", "DNS1", "ROOT", "COM", "NAVER"};
    return d < 5 ? QString::fromLatin1(names[d]) : QStringLiteral("?");
}

inline DeviceId deviceWithAddress(Ipv4Address a) {
    const Ipv4Address all[] = {kPc1Ip, kDns1Ip, kRootIp, kComIp, kNaverIp};
    for (DeviceId d = 0; d < 5; ++d)
        if (all[d] == a)
            return d;
    return kNoDevice;
}

class DnsEvents {
public:
    std::vector<Event> events;

    void add(EventKind kind) {
        events.push_back(Event{time_ += 1000, events.size(), std::move(kind)});
    }
    void at(SimTime t) { time_ = t; }

    // A query from (device, lookup) to `server`, received there as lookup `serverLookup`.
    void query(DeviceId from, std::uint32_t lookup, Ipv4Address fromIp, DeviceId to,
               Ipv4Address server, std::uint32_t serverLookup, std::uint16_t port, std::uint16_t id,
               bool rd, DnsRole role) {
        add(DnsQuerySent{from, lookup, server, port, id, kName, 1, rd, false, 1});
        add(DnsQueryReceived{to, serverLookup, fromIp, port, id, kName, 1, rd, false});
        add(DnsLookupStarted{to, serverLookup, kName, 1, role, DnsServed{fromIp, port, id, false}});
    }
    void response(DeviceId from, std::uint32_t lookup, Ipv4Address peer, std::uint16_t port,
                  std::uint16_t id, DnsAnswerKind kind, bool aa, bool ra,
                  std::vector<DnsRecordText> records) {
        DnsResponseSent r;
        static_cast<DnsResponseInfo&>(r) = DnsResponseInfo{
            from, lookup, peer, port, id, kName, 1, kind, aa, ra, false, 0, false, records};
        add(r);
    }
    void received(DeviceId at, std::uint32_t lookup, Ipv4Address peer, std::uint16_t port,
                  std::uint16_t id, DnsAnswerKind kind) {
        DnsResponseReceived r;
        static_cast<DnsResponseInfo&>(r) = DnsResponseInfo{
            at, lookup, peer, port, id, kName, 1, kind, false, false, false, 0, false, {}};
        add(r);
    }

    inline static const std::string kName = "www.naver.com.";

private:
    SimTime time_ = 0;
};

// The notes' walk (lookup 1 on PC1, server lookups 2-5), then the short path (lookup 6).
inline std::vector<Event> notesWalk() {
    DnsEvents e;
    const std::string name = DnsEvents::kName;
    const Ipv4Address answer = Ipv4Address::fromOctets(223, 130, 200, 104);
    e.add(DnsLookupStarted{kPc1, 1, name, 1, DnsRole::Stub, {}});
    e.add(DnsPlaceChecked{kPc1, 1, DnsPlace::StubCache, name, 1, false, false, 0});
    e.add(DnsPlaceChecked{kPc1, 1, DnsPlace::HostsFile, name, 1, false, false, 0});
    e.query(kPc1, 1, kPc1Ip, kDns1, kDns1Ip, 2, 50000, 0x1a2b, true, DnsRole::Resolver);
    e.add(DnsPlaceChecked{kDns1, 2, DnsPlace::ResolverCache, name, 1, false, false, 0});
    // Root: a referral to com.
    e.query(kDns1, 2, kDns1Ip, kRoot, kRootIp, 3, 40000, 1, false, DnsRole::Authoritative);
    e.add(DnsPlaceChecked{kRoot, 3, DnsPlace::Zone, name, 1, false, false, 0});
    e.response(kRoot, 3, kDns1Ip, 40000, 1, DnsAnswerKind::Referral, false, false,
               {{DnsSection::Authority, "com. 172800 IN NS a.gtld-servers.net."},
                {DnsSection::Additional, "a.gtld-servers.net. 172800 IN A 192.5.6.30"}});
    e.add(DnsLookupFinished{kRoot, 3, name, 1, DnsOutcome::Referral, DnsPlace::Zone, {}, {}, 0});
    e.received(kDns1, 2, kRootIp, 40000, 1, DnsAnswerKind::Referral);
    e.add(DnsCacheChanged{kDns1, DnsPlace::ResolverCache, DnsCacheChange::Added, "com.", 2, 172800,
                          "a.gtld-servers.net."});
    // TLD: a referral to naver.com.
    e.query(kDns1, 2, kDns1Ip, kCom, kComIp, 4, 40001, 2, false, DnsRole::Authoritative);
    e.response(kCom, 4, kDns1Ip, 40001, 2, DnsAnswerKind::Referral, false, false,
               {{DnsSection::Authority, "naver.com. 172800 IN NS ns1.naver.com."},
                {DnsSection::Additional, "ns1.naver.com. 172800 IN A 125.209.248.6"}});
    e.add(DnsLookupFinished{kCom, 4, name, 1, DnsOutcome::Referral, DnsPlace::Zone, {}, {}, 0});
    e.received(kDns1, 2, kComIp, 40001, 2, DnsAnswerKind::Referral);
    // Authoritative: the answer.
    e.query(kDns1, 2, kDns1Ip, kNaver, kNaverIp, 5, 40002, 3, false, DnsRole::Authoritative);
    e.add(DnsPlaceChecked{kNaver, 5, DnsPlace::Zone, name, 1, true, false, 300});
    e.response(kNaver, 5, kDns1Ip, 40002, 3, DnsAnswerKind::Answer, true, false,
               {{DnsSection::Answer, "www.naver.com. 300 IN A 223.130.200.104"}});
    e.add(DnsLookupFinished{
        kNaver, 5, name, 1, DnsOutcome::Answer, DnsPlace::Zone, {answer}, name, 0});
    e.received(kDns1, 2, kNaverIp, 40002, 3, DnsAnswerKind::Answer);
    e.add(DnsCacheChanged{kDns1, DnsPlace::ResolverCache, DnsCacheChange::Added, name, 1, 300,
                          "223.130.200.104"});
    e.response(kDns1, 2, kPc1Ip, 50000, 0x1a2b, DnsAnswerKind::Answer, false, true,
               {{DnsSection::Answer, "www.naver.com. 300 IN A 223.130.200.104"}});
    e.add(DnsLookupFinished{
        kDns1, 2, name, 1, DnsOutcome::Answer, DnsPlace::Server, {answer}, name, 0});
    e.received(kPc1, 1, kDns1Ip, 50000, 0x1a2b, DnsAnswerKind::Answer);
    e.add(DnsCacheChanged{kPc1, DnsPlace::StubCache, DnsCacheChange::Added, name, 1, 300,
                          "223.130.200.104"});
    e.add(DnsLookupFinished{
        kPc1, 1, name, 1, DnsOutcome::Answer, DnsPlace::Server, {answer}, name, 40 * kMillisecond});
    // The second lookup, ten seconds later: the stub cache answers.
    e.at(10 * kSecond);
    e.add(DnsLookupStarted{kPc1, 6, name, 1, DnsRole::Stub, {}});
    e.add(DnsPlaceChecked{kPc1, 6, DnsPlace::StubCache, name, 1, true, false, 290});
    e.add(DnsLookupFinished{
        kPc1, 6, name, 1, DnsOutcome::Answer, DnsPlace::StubCache, {answer}, name, 0});
    return e.events;
}

} // namespace ww::test
