#include "wire/udp.h"

#include "wire/checksum.h"
#include "wire/ipv4.h"

namespace ww::udp {

namespace {

constexpr FieldSpec kFields[] = {
    {"source_port", QT_TRANSLATE_NOOP("wire", "Source port"), 0, 16,
     QT_TRANSLATE_NOOP("wire", "The sending application's port (often ephemeral, 49152-65535)")},
    {"destination_port", QT_TRANSLATE_NOOP("wire", "Destination port"), 16, 16,
     QT_TRANSLATE_NOOP("wire", "Which application gets the data, e.g. 53 DNS, 67/68 DHCP")},
    {"length", QT_TRANSLATE_NOOP("wire", "Length"), 32, 16,
     QT_TRANSLATE_NOOP("wire", "Header plus data in bytes (at least 8)")},
    {"checksum", QT_TRANSLATE_NOOP("wire", "Checksum"), 48, 16,
     QT_TRANSLATE_NOOP(
         "wire",
         "Covers a pseudo-header (addresses, protocol, length), header and data; 0 = none")},
};

constexpr std::size_t kSrc = byteOffset(kFields[0]);
constexpr std::size_t kDst = byteOffset(kFields[1]);
constexpr std::size_t kLength = byteOffset(kFields[2]);
constexpr std::size_t kChecksum = byteOffset(kFields[3]);

} // namespace

FieldTable fields() {
    return kFields;
}

Result<Parsed> parse(ByteView d, Ipv4Address source, Ipv4Address destination) {
    if (d.size() < kHeaderLen)
        return fail(WireError::Truncated, "length");
    const std::uint16_t length = readU16(d, kLength);
    if (length < kHeaderLen)
        return fail(WireError::Malformed, "length");
    if (d.size() < length)
        return fail(WireError::Truncated, "length");
    Parsed out;
    out.repr.sourcePort = readU16(d, kSrc);
    out.repr.destinationPort = readU16(d, kDst);
    out.length = length;
    out.checksum = readU16(d, kChecksum);
    const ByteView datagram = d.first(length);
    out.payload = datagram.subspan(kHeaderLen);
    if (out.checksum == 0) {
        out.checksumOk = true; // RFC 768: the sender computed none, nothing to compare
    } else {
        const auto check = checkChecksum(
            onesComplementSumSkipping(datagram, kChecksum,
                                      pseudoHeaderSum(source, destination, ipv4::kUdp, length)),
            out.checksum);
        out.checksumOk = check.ok;
        out.expectedChecksum = check.expected;
    }
    return out;
}

Bytes emit(const Repr& r, ByteView payload, Ipv4Address source, Ipv4Address destination) {
    Bytes d(kHeaderLen + payload.size());
    writeU16(d, kSrc, r.sourcePort);
    writeU16(d, kDst, r.destinationPort);
    const auto length = static_cast<std::uint16_t>(d.size());
    writeU16(d, kLength, length);
    std::copy(payload.begin(), payload.end(), d.begin() + kHeaderLen);
    std::uint16_t sum = foldChecksum(
        onesComplementSum(d, pseudoHeaderSum(source, destination, ipv4::kUdp, length)));
    writeU16(d, kChecksum, sum == 0 ? 0xffff : sum); // RFC 768: 0 means "no checksum"
    return d;
}

} // namespace ww::udp
