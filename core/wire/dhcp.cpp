#include "wire/dhcp.h"

#include <algorithm>

namespace ww::dhcp {

namespace {

// RFC 2131 §2, figure 1. Bit offsets from the start of the message.
constexpr FieldSpec kFields[] = {
    {"op", QT_TRANSLATE_NOOP("wire", "Message op code"), 0, 8,
     QT_TRANSLATE_NOOP("wire", "1 BOOTREQUEST (client to server), 2 BOOTREPLY")},
    {"htype", QT_TRANSLATE_NOOP("wire", "Hardware type"), 8, 8,
     QT_TRANSLATE_NOOP("wire", "1 = Ethernet")},
    {"hlen", QT_TRANSLATE_NOOP("wire", "Hardware address length"), 16, 8,
     QT_TRANSLATE_NOOP("wire", "6 bytes for a MAC address")},
    {"hops", QT_TRANSLATE_NOOP("wire", "Hops"), 24, 8,
     QT_TRANSLATE_NOOP("wire", "Relay agents on the way; 0 from the client")},
    {"xid", QT_TRANSLATE_NOOP("wire", "Transaction ID"), 32, 32,
     QT_TRANSLATE_NOOP("wire", "Random number chosen by the client; replies carry the same")},
    {"secs", QT_TRANSLATE_NOOP("wire", "Seconds"), 64, 16,
     QT_TRANSLATE_NOOP("wire", "Seconds since the client began acquiring an address")},
    {"flags", QT_TRANSLATE_NOOP("wire", "Flags"), 80, 16,
     QT_TRANSLATE_NOOP("wire",
                       "Broadcast bit: the client cannot receive unicast before it has an address")},
    {"ciaddr", QT_TRANSLATE_NOOP("wire", "Client IP address"), 96, 32,
     QT_TRANSLATE_NOOP("wire", "Filled only when the client already has an address")},
    {"yiaddr", QT_TRANSLATE_NOOP("wire", "Your IP address"), 128, 32,
     QT_TRANSLATE_NOOP("wire", "The address the server offers or assigns to the client")},
    {"siaddr", QT_TRANSLATE_NOOP("wire", "Next server IP address"), 160, 32,
     QT_TRANSLATE_NOOP("wire", "Server for the next boot step (TFTP); often 0.0.0.0")},
    {"giaddr", QT_TRANSLATE_NOOP("wire", "Relay agent IP address"), 192, 32,
     QT_TRANSLATE_NOOP("wire", "Set by a relay agent on another network; 0.0.0.0 here")},
    {"chaddr", QT_TRANSLATE_NOOP("wire", "Client hardware address"), 224, 128,
     QT_TRANSLATE_NOOP("wire", "The client's MAC address, padded to 16 bytes")},
    {"sname", QT_TRANSLATE_NOOP("wire", "Server host name"), 352, 512,
     QT_TRANSLATE_NOOP("wire", "Optional, usually empty")},
    {"file", QT_TRANSLATE_NOOP("wire", "Boot file name"), 864, 1024,
     QT_TRANSLATE_NOOP("wire", "Optional, usually empty")},
    {"magic_cookie", QT_TRANSLATE_NOOP("wire", "Magic cookie"), 1888, 32,
     QT_TRANSLATE_NOOP("wire", "99.130.83.99: DHCP options follow")},
    {"options", QT_TRANSLATE_NOOP("wire", "Options"), 1920, 0,
     QT_TRANSLATE_NOOP("wire",
                       "Type-length-value: message type (53), mask (1), router (3), DNS (6), "
                       "lease (51), server id (54)...")},
};

constexpr std::size_t kOp = byteOffset(kFields[0]);
constexpr std::size_t kHtype = byteOffset(kFields[1]);
constexpr std::size_t kHlen = byteOffset(kFields[2]);
constexpr std::size_t kHops = byteOffset(kFields[3]);
constexpr std::size_t kXid = byteOffset(kFields[4]);
constexpr std::size_t kSecs = byteOffset(kFields[5]);
constexpr std::size_t kFlags = byteOffset(kFields[6]);
constexpr std::size_t kCiaddr = byteOffset(kFields[7]);
constexpr std::size_t kYiaddr = byteOffset(kFields[8]);
constexpr std::size_t kSiaddr = byteOffset(kFields[9]);
constexpr std::size_t kGiaddr = byteOffset(kFields[10]);
constexpr std::size_t kChaddr = byteOffset(kFields[11]);
constexpr std::size_t kCookie = byteOffset(kFields[14]);
constexpr std::size_t kOptions = byteOffset(kFields[15]);
static_assert(kCookie == kFixedLen && kOptions == kFixedLen + kCookieLen);

enum OptionCode : std::uint8_t {
    kPad = 0,
    kSubnetMask = 1,
    kRouter = 3,
    kDns = 6,
    kRequestedAddress = 50,
    kLeaseTime = 51,
    kMessageType = 53,
    kServerId = 54,
    kParameterRequestList = 55,
    kEnd = 255,
};

void putAddress(Bytes& out, std::uint8_t code, Ipv4Address a) {
    out.insert(out.end(), {code, 4});
    out.resize(out.size() + 4);
    writeU32(out, out.size() - 4, a.value);
}

} // namespace

FieldTable fields() {
    return kFields;
}

const char* toString(MessageType t) {
    switch (t) {
    case MessageType::Discover:
        return "DHCPDISCOVER";
    case MessageType::Offer:
        return "DHCPOFFER";
    case MessageType::Request:
        return "DHCPREQUEST";
    case MessageType::Decline:
        return "DHCPDECLINE";
    case MessageType::Ack:
        return "DHCPACK";
    case MessageType::Nak:
        return "DHCPNAK";
    case MessageType::Release:
        return "DHCPRELEASE";
    case MessageType::Inform:
        return "DHCPINFORM";
    }
    return "DHCP";
}

Result<Repr> parse(ByteView m) {
    if (m.size() < kOptions)
        return fail(WireError::Truncated, "options");
    Repr r;
    if (m[kOp] != 1 && m[kOp] != 2)
        return fail(WireError::Malformed, "op");
    if (m[kHtype] != 1 || m[kHlen] != 6)
        return fail(WireError::Malformed, "htype");
    if (readU32(m, kCookie) != kMagicCookie)
        return fail(WireError::Malformed, "magic_cookie");
    r.op = static_cast<Op>(m[kOp]);
    r.hops = m[kHops];
    r.xid = readU32(m, kXid);
    r.secs = readU16(m, kSecs);
    r.flags = readU16(m, kFlags);
    r.ciaddr = Ipv4Address{readU32(m, kCiaddr)};
    r.yiaddr = Ipv4Address{readU32(m, kYiaddr)};
    r.siaddr = Ipv4Address{readU32(m, kSiaddr)};
    r.giaddr = Ipv4Address{readU32(m, kGiaddr)};
    r.chaddr = MacAddress::read(m.data() + kChaddr);
    bool typeSeen = false;
    std::size_t at = kOptions;
    while (at < m.size()) {
        const std::uint8_t code = m[at];
        if (code == kPad) {
            ++at;
            continue;
        }
        if (code == kEnd)
            break;
        if (at + 2 > m.size() || at + 2 + m[at + 1] > m.size())
            return fail(WireError::Malformed, "options");
        const std::uint8_t len = m[at + 1];
        const ByteView value = m.subspan(at + 2, len);
        auto address = [&]() -> std::optional<Ipv4Address> {
            if (len < 4)
                return std::nullopt;
            return Ipv4Address{readU32(value, 0)};
        };
        switch (code) {
        case kMessageType:
            if (len != 1 || value[0] < 1 || value[0] > 8)
                return fail(WireError::Malformed, "options");
            r.type = static_cast<MessageType>(value[0]);
            typeSeen = true;
            break;
        case kSubnetMask:
            r.subnetMask = address();
            break;
        case kRouter:
            r.router = address(); // the first of the list
            break;
        case kDns:
            r.dnsServer = address();
            break;
        case kRequestedAddress:
            r.requestedAddress = address();
            break;
        case kServerId:
            r.serverId = address();
            break;
        case kLeaseTime:
            if (len == 4)
                r.leaseSeconds = readU32(value, 0);
            break;
        case kParameterRequestList:
            r.parameterRequestList = true;
            break;
        default:
            break; // options we do not model are skipped, as RFC 2132 §2 allows
        }
        at += 2 + len;
    }
    if (!typeSeen)
        return fail(WireError::Malformed, "options");
    return r;
}

Bytes emit(const Repr& r) {
    // Room for the options up front: one allocation, and GCC 12 at -O3 no longer reports a
    // false -Warray-bounds for growing a vector it knows to be exactly full.
    Bytes out;
    out.reserve(kOptions + 64);
    out.resize(kOptions, 0);
    out[kOp] = static_cast<std::uint8_t>(r.op);
    out[kHtype] = 1;
    out[kHlen] = 6;
    out[kHops] = r.hops;
    writeU32(out, kXid, r.xid);
    writeU16(out, kSecs, r.secs);
    writeU16(out, kFlags, r.flags);
    writeU32(out, kCiaddr, r.ciaddr.value);
    writeU32(out, kYiaddr, r.yiaddr.value);
    writeU32(out, kSiaddr, r.siaddr.value);
    writeU32(out, kGiaddr, r.giaddr.value);
    std::copy(r.chaddr.octets.begin(), r.chaddr.octets.end(), out.begin() + kChaddr);
    writeU32(out, kCookie, kMagicCookie);
    out.insert(out.end(), {kMessageType, 1, static_cast<std::uint8_t>(r.type)});
    if (r.subnetMask)
        putAddress(out, kSubnetMask, *r.subnetMask);
    if (r.router)
        putAddress(out, kRouter, *r.router);
    if (r.dnsServer)
        putAddress(out, kDns, *r.dnsServer);
    if (r.requestedAddress)
        putAddress(out, kRequestedAddress, *r.requestedAddress);
    if (r.leaseSeconds) {
        out.insert(out.end(), {kLeaseTime, 4, 0, 0, 0, 0});
        writeU32(out, out.size() - 4, *r.leaseSeconds);
    }
    if (r.serverId)
        putAddress(out, kServerId, *r.serverId);
    if (r.parameterRequestList)
        out.insert(out.end(), {kParameterRequestList, 3, kSubnetMask, kRouter, kDns});
    out.push_back(kEnd);
    if (out.size() < kMinMessageLen)
        out.resize(kMinMessageLen, kPad);
    return out;
}

} // namespace ww::dhcp
