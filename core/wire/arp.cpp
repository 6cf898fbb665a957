#include "wire/arp.h"

#include <algorithm>

namespace ww::arp {

namespace {

constexpr FieldSpec kFields[] = {
    {"htype", QT_TRANSLATE_NOOP("wire", "Hardware type"), 0, 16,
     QT_TRANSLATE_NOOP("wire", "1 = Ethernet")},
    {"ptype", QT_TRANSLATE_NOOP("wire", "Protocol type"), 16, 16,
     QT_TRANSLATE_NOOP("wire", "0x0800 = IPv4: the addresses being resolved")},
    {"hlen", QT_TRANSLATE_NOOP("wire", "Hardware size"), 32, 8,
     QT_TRANSLATE_NOOP("wire", "Length of a MAC address: 6")},
    {"plen", QT_TRANSLATE_NOOP("wire", "Protocol size"), 40, 8,
     QT_TRANSLATE_NOOP("wire", "Length of an IPv4 address: 4")},
    {"oper", QT_TRANSLATE_NOOP("wire", "Opcode"), 48, 16,
     QT_TRANSLATE_NOOP("wire", "1 = request (broadcast), 2 = reply (unicast)")},
    {"sha", QT_TRANSLATE_NOOP("wire", "Sender MAC"), 64, 48,
     QT_TRANSLATE_NOOP("wire", "MAC of the sender; the receiver may cache it")},
    {"spa", QT_TRANSLATE_NOOP("wire", "Sender IP"), 112, 32,
     QT_TRANSLATE_NOOP("wire", "IPv4 address of the sender")},
    {"tha", QT_TRANSLATE_NOOP("wire", "Target MAC"), 144, 48,
     QT_TRANSLATE_NOOP("wire", "The MAC being asked for: all zeros in a request")},
    {"tpa", QT_TRANSLATE_NOOP("wire", "Target IP"), 192, 32,
     QT_TRANSLATE_NOOP("wire", "The IPv4 address whose MAC is wanted")},
};

constexpr std::size_t at(int i) {
    return byteOffset(kFields[i]);
}

} // namespace

FieldTable fields() {
    return kFields;
}

Result<Repr> parse(ByteView p) {
    if (p.size() < kPacketLen)
        return fail(WireError::Truncated, "tpa");
    if (readU16(p, at(0)) != 1)
        return fail(WireError::Unsupported, "htype");
    if (readU16(p, at(1)) != 0x0800)
        return fail(WireError::Unsupported, "ptype");
    if (p[at(2)] != 6)
        return fail(WireError::Unsupported, "hlen");
    if (p[at(3)] != 4)
        return fail(WireError::Unsupported, "plen");
    const std::uint16_t op = readU16(p, at(4));
    if (op != 1 && op != 2)
        return fail(WireError::Malformed, "oper");
    Repr r;
    r.operation = static_cast<Operation>(op);
    r.senderMac = MacAddress::read(p.data() + at(5));
    r.senderIp = Ipv4Address{readU32(p, at(6))};
    r.targetMac = MacAddress::read(p.data() + at(7));
    r.targetIp = Ipv4Address{readU32(p, at(8))};
    return r;
}

Bytes emit(const Repr& r) {
    Bytes p(kPacketLen);
    writeU16(p, at(0), 1);
    writeU16(p, at(1), 0x0800);
    p[at(2)] = 6;
    p[at(3)] = 4;
    writeU16(p, at(4), static_cast<std::uint16_t>(r.operation));
    std::copy(r.senderMac.octets.begin(), r.senderMac.octets.end(), p.begin() + at(5));
    writeU32(p, at(6), r.senderIp.value);
    std::copy(r.targetMac.octets.begin(), r.targetMac.octets.end(), p.begin() + at(7));
    writeU32(p, at(8), r.targetIp.value);
    return p;
}

} // namespace ww::arp
