#include "wire/ipv4.h"

#include "wire/checksum.h"

#include <algorithm>

namespace ww::ipv4 {

namespace {

// RFC 791 §3.1, with TOS as DSCP + ECN (RFC 2474 §3, RFC 3168 §5).
constexpr FieldSpec kFields[] = {
    {"version", QT_TRANSLATE_NOOP("wire", "Version"), 0, 4,
     QT_TRANSLATE_NOOP("wire", "4 for IPv4")},
    {"ihl", QT_TRANSLATE_NOOP("wire", "Header length"), 4, 4,
     QT_TRANSLATE_NOOP("wire", "Header length in 32-bit words (5-15): 5 = 20 bytes, no options")},
    {"dscp", QT_TRANSLATE_NOOP("wire", "DSCP"), 8, 6,
     QT_TRANSLATE_NOOP(
         "wire", "Differentiated services: the priority class (the old TOS byte's first 6 bits)")},
    {"ecn", QT_TRANSLATE_NOOP("wire", "ECN"), 14, 2,
     QT_TRANSLATE_NOOP("wire",
                       "Explicit congestion notification: routers can mark instead of drop")},
    {"total_length", QT_TRANSLATE_NOOP("wire", "Total length"), 16, 16,
     QT_TRANSLATE_NOOP("wire", "Header plus data in bytes (at most 65535)")},
    {"identification", QT_TRANSLATE_NOOP("wire", "Identification"), 32, 16,
     QT_TRANSLATE_NOOP("wire", "Same value in every fragment of one datagram")},
    {"reserved", QT_TRANSLATE_NOOP("wire", "Reserved flag"), 48, 1,
     QT_TRANSLATE_NOOP("wire", "Always 0")},
    {"df", QT_TRANSLATE_NOOP("wire", "Don't fragment"), 49, 1,
     QT_TRANSLATE_NOOP("wire", "1: drop rather than fragment, and report it with ICMP")},
    {"mf", QT_TRANSLATE_NOOP("wire", "More fragments"), 50, 1,
     QT_TRANSLATE_NOOP("wire", "1 on every fragment but the last")},
    {"fragment_offset", QT_TRANSLATE_NOOP("wire", "Fragment offset"), 51, 13,
     QT_TRANSLATE_NOOP("wire", "Where this fragment's data goes, in units of 8 bytes")},
    {"ttl", QT_TRANSLATE_NOOP("wire", "Time to live"), 64, 8,
     QT_TRANSLATE_NOOP("wire", "Each router subtracts 1; at 0 the packet is dropped")},
    {"protocol", QT_TRANSLATE_NOOP("wire", "Protocol"), 72, 8,
     QT_TRANSLATE_NOOP("wire", "What the data is: 1 ICMP, 6 TCP, 17 UDP")},
    {"header_checksum", QT_TRANSLATE_NOOP("wire", "Header checksum"), 80, 16,
     QT_TRANSLATE_NOOP("wire",
                       "Covers the header only; recomputed at every router because TTL changes")},
    {"source", QT_TRANSLATE_NOOP("wire", "Source address"), 96, 32,
     QT_TRANSLATE_NOOP("wire", "The sending host")},
    {"destination", QT_TRANSLATE_NOOP("wire", "Destination address"), 128, 32,
     QT_TRANSLATE_NOOP("wire", "The final destination; unchanged by routers (NAT aside)")},
    {"options", QT_TRANSLATE_NOOP("wire", "Options"), 160, 0,
     QT_TRANSLATE_NOOP("wire", "Rarely used; padded to a multiple of 4 bytes")},
};

constexpr std::size_t kVersionIhl = byteOffset(kFields[0]);
constexpr std::size_t kTos = byteOffset(kFields[2]);
constexpr std::size_t kTotalLength = byteOffset(kFields[4]);
constexpr std::size_t kIdentification = byteOffset(kFields[5]);
constexpr std::size_t kFlagsOffset = byteOffset(kFields[6]);
constexpr std::size_t kProtocol = byteOffset(kFields[11]);
constexpr std::size_t kSource = byteOffset(kFields[13]);
constexpr std::size_t kDestination = byteOffset(kFields[14]);
static_assert(byteOffset(kFields[10]) == kTtlOffset);
static_assert(byteOffset(kFields[12]) == kChecksumOffset);

} // namespace

FieldTable fields() {
    return kFields;
}

Result<Parsed> parse(ByteView p) {
    if (p.size() < kMinHeaderLen)
        return fail(WireError::Truncated, "version");
    if ((p[kVersionIhl] >> 4) != 4)
        return fail(WireError::Malformed, "version");
    const std::size_t headerLen = std::size_t{p[kVersionIhl] & 0x0fu} * 4;
    if (headerLen < kMinHeaderLen)
        return fail(WireError::Malformed, "ihl");
    if (p.size() < headerLen)
        return fail(WireError::Truncated, "options");
    const std::uint16_t total = readU16(p, kTotalLength);
    if (total < headerLen)
        return fail(WireError::Malformed, "total_length");
    if (p.size() < total)
        return fail(WireError::Truncated, "total_length");

    Parsed out;
    Repr& r = out.repr;
    r.dscp = static_cast<std::uint8_t>(p[kTos] >> 2);
    r.ecn = static_cast<std::uint8_t>(p[kTos] & 0x03);
    r.totalLength = total;
    r.identification = readU16(p, kIdentification);
    const std::uint16_t flagsFrag = readU16(p, kFlagsOffset);
    r.reservedFlag = (flagsFrag & 0x8000) != 0;
    r.dontFragment = (flagsFrag & 0x4000) != 0;
    r.moreFragments = (flagsFrag & 0x2000) != 0;
    r.fragmentOffset = flagsFrag & 0x1fff;
    r.ttl = p[kTtlOffset];
    r.protocol = p[kProtocol];
    r.headerChecksum = readU16(p, kChecksumOffset);
    r.source = Ipv4Address{readU32(p, kSource)};
    r.destination = Ipv4Address{readU32(p, kDestination)};
    r.options.assign(p.begin() + kMinHeaderLen, p.begin() + static_cast<std::ptrdiff_t>(headerLen));
    out.payload = p.subspan(headerLen, total - headerLen);
    out.checksumOk = foldChecksum(onesComplementSum(p.first(headerLen))) == 0;
    return out;
}

void writeHeader(const Repr& r, MutableByteView p) {
    const std::size_t headerLen = r.headerLen();
    std::fill_n(p.begin(), headerLen, std::uint8_t{0});
    p[kVersionIhl] = static_cast<std::uint8_t>(0x40 | (headerLen / 4));
    p[kTos] = static_cast<std::uint8_t>((r.dscp << 2) | (r.ecn & 0x03));
    writeU16(p, kTotalLength, static_cast<std::uint16_t>(p.size()));
    writeU16(p, kIdentification, r.identification);
    const auto flagsFrag =
        static_cast<std::uint16_t>((r.reservedFlag ? 0x8000 : 0) | (r.dontFragment ? 0x4000 : 0) |
                                   (r.moreFragments ? 0x2000 : 0) | (r.fragmentOffset & 0x1fff));
    writeU16(p, kFlagsOffset, flagsFrag);
    p[kTtlOffset] = r.ttl;
    p[kProtocol] = r.protocol;
    writeU32(p, kSource, r.source.value);
    writeU32(p, kDestination, r.destination.value);
    std::copy(r.options.begin(), r.options.end(), p.begin() + kMinHeaderLen);
    writeU16(p, kChecksumOffset, internetChecksum(ByteView(p).first(headerLen)));
}

Bytes emit(const Repr& r, ByteView payload) {
    const std::size_t headerLen = r.headerLen();
    Bytes p(headerLen + payload.size(), 0);
    std::copy(payload.begin(), payload.end(), p.begin() + static_cast<std::ptrdiff_t>(headerLen));
    writeHeader(r, p);
    return p;
}

} // namespace ww::ipv4
