#pragma once

// DNS events (issue 10; docs/trace-format.md). Included by trace/event.h.
// One lookup is one piece of name work on one device: a stub resolving for an application,
// or a server (authoritative, resolver, forwarder) working on a client's query. Every event
// of that work carries its run-unique `lookup` number, so a view can draw the walk in order.

#include "sim/time.h"
#include "trace/shared_value.h"
#include "wire/address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ww {

using DeviceId = std::uint32_t;

// Whose lookup it is.
enum class DnsRole : std::uint8_t { Stub, Resolver, Forwarder, Authoritative };

// Where a name was looked for, or where an answer came from. Server: the answer came over
// the network from a DNS server (only as a DnsLookupFinished source, never checked).
enum class DnsPlace : std::uint8_t {
    StubCache,
    HostsFile,
    ResolverCache,
    ForwarderCache,
    Zone,
    Server
};

// What a response says (RFC 1035 §4.1.1 RCODE plus RFC 2308's NODATA and referrals).
enum class DnsAnswerKind : std::uint8_t { Answer, Referral, NxDomain, NoData, ServFail, Refused };

enum class DnsCacheChange : std::uint8_t { Added, Expired, NegativeAdded, NegativeExpired };

enum class DnsOutcome : std::uint8_t {
    Answer,
    Referral,
    NxDomain,
    NoData,
    ServFail,
    Refused,
    Timeout
};

enum class DnsSection : std::uint8_t { Answer, Authority, Additional };

// The client a server's lookup answers, as on the wire: a view joins it to the client's
// DnsQuerySent by (address, port, id, transport). All zero for a stub's own lookup.
struct DnsServed {
    Ipv4Address client;
    std::uint16_t port = 0;
    std::uint16_t id = 0;
    bool tcp = false;
};

// One resource record in presentation form ("www.naver.com. 300 IN A 223.130.200.104").
struct DnsRecordText {
    DnsSection section;
    std::string text;
};

struct DnsLookupStarted {
    DeviceId device;
    std::uint32_t lookup; // run-unique
    std::string name;     // presentation form, absolute ("www.naver.com.")
    std::uint16_t qtype;
    DnsRole role;
    DnsServed served;
};

// A cache, the hosts file or a zone consulted. ttlLeft: seconds left on the entry found.
struct DnsPlaceChecked {
    DeviceId device;
    std::uint32_t lookup;
    DnsPlace place;
    std::string name;
    std::uint16_t qtype;
    bool hit;
    bool negative; // the hit is a cached NXDOMAIN/NODATA (RFC 2308)
    std::uint32_t ttlLeft;
};

struct DnsQuerySent {
    DeviceId device;
    std::uint32_t lookup;
    Ipv4Address server;
    std::uint16_t sourcePort;
    std::uint16_t id;
    std::string name;
    std::uint16_t qtype;
    bool recursionDesired; // RD: recursive (stub, forwarder) or iterative (resolver)
    bool tcp;
    std::uint8_t attempt; // 1 for the first try of this question to this server
};

// A server got a query; `lookup` is the lookup it starts (DnsLookupStarted follows).
struct DnsQueryReceived {
    DeviceId device;
    std::uint32_t lookup;
    Ipv4Address client;
    std::uint16_t clientPort;
    std::uint16_t id;
    std::string name;
    std::uint16_t qtype;
    bool recursionDesired;
    bool tcp;
};

// Members shared by DnsResponseSent (peer: the client) and DnsResponseReceived (peer: the
// server that answered).
struct DnsResponseInfo {
    DeviceId device;
    std::uint32_t lookup;
    Ipv4Address peer;
    std::uint16_t peerPort;
    std::uint16_t id;
    std::string name;
    std::uint16_t qtype;
    DnsAnswerKind kind;
    bool aa, ra, tc;
    std::uint8_t rcode;
    bool tcp;
    Shared<std::vector<DnsRecordText>> records; // every section, in message order
};
struct DnsResponseSent : DnsResponseInfo {};
struct DnsResponseReceived : DnsResponseInfo {};

// A cache entry added or expired. data: the record data in presentation form, or for a
// negative entry "NXDOMAIN"/"NODATA". ttl: the entry's TTL when added, 0 when expired.
struct DnsCacheChanged {
    DeviceId device;
    DnsPlace cache; // StubCache, ResolverCache or ForwarderCache
    DnsCacheChange change;
    std::string name;
    std::uint16_t qtype;
    std::uint32_t ttl;
    Shared<std::string> data;
};

// The four events above and below carry lists and long texts: those are Shared, so that
// these rare events do not size every event of a recording (see trace/event.h).
struct DnsLookupFinished {
    DeviceId device;
    std::uint32_t lookup;
    Shared<std::string> name;
    std::uint16_t qtype;
    DnsOutcome outcome;
    DnsPlace source;
    Shared<std::vector<Ipv4Address>> addresses; // A answers, in order
    Shared<std::string> canonical;              // the name at the end of any CNAME chain
    SimTime elapsed;
};

const char* toString(DnsRole);
const char* toString(DnsPlace);
const char* toString(DnsAnswerKind);
const char* toString(DnsCacheChange);
const char* toString(DnsOutcome);
const char* toString(DnsSection);

} // namespace ww
