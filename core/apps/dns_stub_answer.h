#pragma once

// What a stub resolver reads from one DNS response (RFC 1034 §5.3.3, RFC 2308): pure
// functions on core/wire/dns messages, so they are tested without a network.
#include "apps/dns_text.h" // rdataText, recordText (shared with the servers)
#include "wire/dns.h"

#include <optional>
#include <string>
#include <vector>

namespace ww::dns {

// Domain names compare case-insensitively in ASCII (RFC 4343); the key is the lower-case
// presentation form without a trailing dot.
std::string nameKey(std::string_view name);
// "www.naver.com." : the absolute presentation form the DNS events carry.
std::string absoluteName(const std::string& name);

// The query a stub sends: one question, RD=1 (RFC 1035 §4.1.1).
Message stubQuery(std::uint16_t id, const std::string& name, std::uint16_t qtype);

// True when `response` answers `query`: QR=1, the same ID and the same question
// (name case-insensitively, type, class), RFC 5452 §4.
bool answersQuery(const Message& response, const Message& query);

enum class ResponseKind : std::uint8_t {
    Answer,    // data of the type asked for, at the end of the CNAME chain
    NxDomain,  // RCODE 3: the name (at the end of the chain) does not exist
    NoData,    // NOERROR but no record of that type (RFC 2308 §2.2)
    TryNext,   // SERVFAIL, NOTIMP, REFUSED, FORMERR or a lame answer: ask the next server
    Truncated, // TC=1: ask the same server again over TCP (RFC 7766 §5)
};

struct ResponseReading {
    ResponseKind kind = ResponseKind::TryNext;
    std::vector<Record> chain;      // the answer records used, in order: CNAMEs, then the data
    std::string canonical;          // the name at the end of the chain
    std::uint32_t negativeTtl = 0;  // NxDomain/NoData: min(SOA TTL, SOA MINIMUM), RFC 2308 §5
    bool negativeCacheable = false; // an SOA was in the authority section (RFC 2308 §5)
};

// Follows CNAMEs from the question's name within the answer section (at most 16 links:
// a loop must not hang the stub), then takes the records of the type asked for.
ResponseReading readResponse(const Message& response, const Question& question);

// "4.200.130.223.in-addr.arpa" for 223.130.200.104 (RFC 1035 §3.5).
std::string reverseName(Ipv4Address a);

} // namespace ww::dns
