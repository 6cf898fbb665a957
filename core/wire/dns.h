#pragma once

#include "wire/address.h"
#include "wire/bytes.h"
#include "wire/field.h"
#include "wire/result.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ww::dns {

// RFC 1035 §4.1: a 12-byte header, then questions and three sections of resource records.
inline constexpr std::uint16_t kPort = 53;
inline constexpr std::size_t kHeaderLen = 12;
inline constexpr std::size_t kMaxLabelLen = 63;      // RFC 1035 §2.3.4
inline constexpr std::size_t kMaxNameLen = 255;      // octets in wire form, length bytes included
inline constexpr std::uint16_t kMaxPointer = 0x3fff; // 14 bits of offset (§4.1.4)
inline constexpr std::size_t kTcpPrefixLen = 2;      // RFC 1035 §4.2.2, RFC 7766 §8

// The record types modelled with typed data (RFC 1035 §3.2.2); any other is kept raw.
enum Type : std::uint16_t {
    kTypeA = 1,
    kTypeNs = 2,
    kTypeCname = 5,
    kTypeSoa = 6,
    kTypePtr = 12,
    kTypeMx = 15,
};
inline constexpr std::uint16_t kClassIn = 1;

// RFC 1035 §4.1.1 opcode and RCODE values.
inline constexpr std::uint8_t kOpcodeQuery = 0;
inline constexpr std::uint8_t kRcodeNoError = 0;
inline constexpr std::uint8_t kRcodeFormErr = 1;
inline constexpr std::uint8_t kRcodeServFail = 2;
inline constexpr std::uint8_t kRcodeNxDomain = 3;
inline constexpr std::uint8_t kRcodeNotImp = 4;
inline constexpr std::uint8_t kRcodeRefused = 5;

// The header's fields, RFC 1035 §4.1.1 (the diagram, the inspector and parse read it).
FieldTable fields();

struct Header {
    std::uint16_t id = 0;
    bool qr = false;         // 0 query, 1 response
    std::uint8_t opcode = 0; // 4 bits
    bool aa = false, tc = false, rd = false, ra = false;
    std::uint8_t z = 0;     // 3 bits, zero in RFC 1035; kept so a message round-trips
    std::uint8_t rcode = 0; // 4 bits
    bool operator==(const Header&) const = default;
};

// Names are held in presentation form ("www.naver.com", the root as "."), case as sent.
// A byte that is not a printable, non-space ASCII character is written \DDD (decimal),
// and '.' and '\' inside a label as \. and \\ (RFC 1035 §5.1), so text and labels map
// one to one.
struct Question {
    std::string name;
    std::uint16_t type = kTypeA;
    std::uint16_t klass = kClassIn;
    bool operator==(const Question&) const = default;
};

struct Soa {
    std::string mname, rname; // primary server; mailbox of the person responsible
    std::uint32_t serial = 0, refresh = 0, retry = 0, expire = 0, minimum = 0;
    bool operator==(const Soa&) const = default;
};
struct Mx {
    std::uint16_t preference = 0;
    std::string exchange;
    bool operator==(const Mx&) const = default;
};
// NS, CNAME and PTR data: one domain name.
struct DomainName {
    std::string name;
    bool operator==(const DomainName&) const = default;
};

// A (class IN), NS, CNAME, PTR, SOA, MX typed; anything else kept as its bytes.
using Rdata = std::variant<Ipv4Address, DomainName, Soa, Mx, Bytes>;

struct Record {
    std::string name;
    std::uint16_t type = kTypeA;
    std::uint16_t klass = kClassIn;
    std::uint32_t ttl = 0;
    Rdata data;
    bool operator==(const Record&) const = default;
};

struct Message {
    Header header;
    std::vector<Question> questions;
    std::vector<Record> answers, authorities, additionals;
    bool operator==(const Message&) const = default;
};

// Refuses, with the field, byte offset and reason in the failure: a header or length
// running past the end (Truncated); counts claiming more entries than the bytes can
// hold; labels over 63 or the reserved label types 0x40/0x80; names over 255 octets;
// compression pointers that do not point strictly before the name being read, or loop;
// rdlength that does not match the typed data; bytes after the last record (Malformed).
// The reasons are English, marked for translation in context "DnsWire".
Result<Message> parse(ByteView message);
// RFC 1035 §4.1.4: with `compress`, every name (owner names and the names in NS, CNAME,
// PTR, SOA and MX data) whose suffix was already written becomes labels plus a pointer to
// it. Suffixes match byte for byte (case kept). Refuses names that break the limits
// above, rdata whose variant does not fit the type, and more than 65535 entries a section.
Result<Bytes> emit(const Message& message, bool compress = true);

// One name read from a message, for the inspector: where its own bytes end and, when it
// ends in a compression pointer, where that pointer sits and where it points.
struct NameRead {
    std::string text;
    std::size_t end = 0;       // offset just after the name's bytes in place
    std::size_t pointerAt = 0; // valid when hasPointer
    std::uint16_t pointerTarget = 0;
    bool hasPointer = false;
};
// `limit`: the name's bytes in place must end by here (an rdata's end).
Result<NameRead> readName(ByteView message, std::size_t at, std::size_t limit);

// Labels <-> presentation text. nameToWire refuses a label over 63, an empty label
// inside a name, a bad escape or more than 255 octets.
std::string labelsToText(const std::vector<std::string>& labels);
Result<std::vector<std::string>> textToLabels(std::string_view text);

// RFC 1035 §4.2.2 / RFC 7766 §8: over TCP each message is preceded by its length.
Result<Bytes> frameForTcp(ByteView message);
// The first whole message in a TCP byte stream and how many bytes it used.
struct TcpFramed {
    ByteView message;
    std::size_t consumed = 0;
};
Result<TcpFramed> unframeTcp(ByteView stream);

const char* typeName(std::uint16_t type);    // "A", "MX"; "" when not modelled
const char* rcodeName(std::uint8_t rcode);   // "NXDOMAIN"; "" when unknown
const char* opcodeName(std::uint8_t opcode); // "QUERY"; "" when unknown

} // namespace ww::dns
