#include "wire/icmp.h"

#include "wire/checksum.h"

namespace ww::icmp {

namespace {

constexpr FieldSpec kType{
    "type", QT_TRANSLATE_NOOP("wire", "Type"), 0, 8,
    QT_TRANSLATE_NOOP("wire",
                      "0 echo reply, 3 destination unreachable, 8 echo request, 11 time exceeded")};
constexpr FieldSpec kCode{
    "code", QT_TRANSLATE_NOOP("wire", "Code"), 8, 8,
    QT_TRANSLATE_NOOP(
        "wire",
        "Detail of the type, e.g. for type 3: 0 net, 1 host, 3 port, 4 fragmentation needed")};
constexpr FieldSpec kChecksum{"checksum", QT_TRANSLATE_NOOP("wire", "Checksum"), 16, 16,
                              QT_TRANSLATE_NOOP("wire", "Covers the whole ICMP message")};
constexpr FieldSpec kData{
    "data", QT_TRANSLATE_NOOP("wire", "Data"), 64, 0,
    QT_TRANSLATE_NOOP(
        "wire", "Echo: any bytes, returned unchanged. Errors: the offending IP header + 8 bytes")};

constexpr FieldSpec kEcho[] = {
    kType,
    kCode,
    kChecksum,
    {"identifier", QT_TRANSLATE_NOOP("wire", "Identifier"), 32, 16,
     QT_TRANSLATE_NOOP("wire", "Chosen by the pinging program to match replies to itself")},
    {"sequence", QT_TRANSLATE_NOOP("wire", "Sequence number"), 48, 16,
     QT_TRANSLATE_NOOP("wire", "Counts the echo requests: icmp_seq")},
    kData,
};
constexpr FieldSpec kUnreachable[] = {
    kType,
    kCode,
    kChecksum,
    {"unused", QT_TRANSLATE_NOOP("wire", "Unused"), 32, 16,
     QT_TRANSLATE_NOOP("wire", "Always zero")},
    {"next_hop_mtu", QT_TRANSLATE_NOOP("wire", "Next-hop MTU"), 48, 16,
     QT_TRANSLATE_NOOP("wire",
                       "With code 4: the MTU of the link the packet did not fit (RFC 1191)")},
    kData,
};
constexpr FieldSpec kOther[] = {
    kType,
    kCode,
    kChecksum,
    {"unused", QT_TRANSLATE_NOOP("wire", "Unused"), 32, 32,
     QT_TRANSLATE_NOOP("wire", "Always zero")},
    kData,
};

constexpr std::size_t kTypeAt = byteOffset(kType);
constexpr std::size_t kCodeAt = byteOffset(kCode);
constexpr std::size_t kChecksumAt = byteOffset(kChecksum);
constexpr std::size_t kIdAt = byteOffset(kEcho[3]);
constexpr std::size_t kSeqAt = byteOffset(kEcho[4]);
constexpr std::size_t kMtuAt = byteOffset(kUnreachable[4]);

bool isEcho(std::uint8_t type) {
    return type == kEchoRequest || type == kEchoReply;
}

} // namespace

FieldTable fields(std::uint8_t type) {
    if (isEcho(type))
        return kEcho;
    if (type == kDestinationUnreachable)
        return kUnreachable;
    return kOther;
}

Result<Parsed> parse(ByteView m) {
    if (m.size() < kHeaderLen)
        return fail(WireError::Truncated, "type");
    Parsed out;
    Repr& r = out.repr;
    r.type = m[kTypeAt];
    r.code = m[kCodeAt];
    r.checksum = readU16(m, kChecksumAt);
    if (isEcho(r.type)) {
        r.identifier = readU16(m, kIdAt);
        r.sequence = readU16(m, kSeqAt);
    } else if (r.type == kDestinationUnreachable) {
        r.nextHopMtu = readU16(m, kMtuAt);
    }
    r.data.assign(m.begin() + kHeaderLen, m.end());
    const auto check = checkChecksum(onesComplementSumSkipping(m, kChecksumAt), r.checksum);
    out.checksumOk = check.ok;
    out.expectedChecksum = check.expected;
    return out;
}

Bytes emit(const Repr& r) {
    Bytes m(kHeaderLen + r.data.size(), 0);
    m[kTypeAt] = r.type;
    m[kCodeAt] = r.code;
    if (isEcho(r.type)) {
        writeU16(m, kIdAt, r.identifier);
        writeU16(m, kSeqAt, r.sequence);
    } else if (r.type == kDestinationUnreachable) {
        writeU16(m, kMtuAt, r.nextHopMtu);
    }
    std::copy(r.data.begin(), r.data.end(), m.begin() + kHeaderLen);
    writeU16(m, kChecksumAt, internetChecksum(m));
    return m;
}

} // namespace ww::icmp
