// Field values as text: MACs, IPv4 addresses, hex, and names for numbers
// (EtherType, IP protocol, ICMP type, ARP opcode, DHCP op and flags).
#include "inspector/pdu_dissection.h"
#include "proto/protocol_registry.h"
#include "wire/dhcp.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace ww::inspector {

namespace {

QString hexLocal(std::uint64_t v, int digits) {
    return QStringLiteral("0x%1").arg(v, digits, 16, QLatin1Char('0'));
}

QString macText(std::uint64_t v) {
    QStringList parts;
    for (int i = 5; i >= 0; --i)
        parts << QStringLiteral("%1").arg((v >> (8 * i)) & 0xff, 2, 16, QLatin1Char('0'));
    return parts.join(':');
}

QString ipText(std::uint64_t v) {
    return QStringLiteral("%1.%2.%3.%4")
        .arg((v >> 24) & 0xff)
        .arg((v >> 16) & 0xff)
        .arg((v >> 8) & 0xff)
        .arg(v & 0xff);
}

bool isAddressKey(const QString& key) {
    return key == "source" || key == "destination" || key == "spa" || key == "tpa";
}

QString ipProtocolName(std::uint64_t p) {
    const proto::Descriptor* d =
        p <= 0xff ? proto::byIpProtocol(static_cast<std::uint8_t>(p)) : nullptr;
    return d ? proto::displayName(d->id) : QString();
}

QString etherTypeName(std::uint64_t type) {
    const proto::Descriptor* d =
        type <= 0xffff ? proto::byEtherType(static_cast<std::uint16_t>(type)) : nullptr;
    return d ? QStringLiteral(" (%1)").arg(proto::displayName(d->id)) : QString();
}

QString icmpTypeName(std::uint64_t t) {
    switch (t) {
    case icmp::kEchoReply:
        return QCoreApplication::translate("Dissection", "echo reply");
    case icmp::kDestinationUnreachable:
        return QCoreApplication::translate("Dissection", "destination unreachable");
    case icmp::kEchoRequest:
        return QCoreApplication::translate("Dissection", "echo request");
    case icmp::kTimeExceeded:
        return QCoreApplication::translate("Dissection", "time exceeded");
    default:
        return QString();
    }
}

QString withName(std::uint64_t v, const QString& name) {
    return name.isEmpty() ? QString::number(v) : QStringLiteral("%1 (%2)").arg(v).arg(name);
}

// chaddr (16 bytes: a MAC and padding), sname and file (NUL-terminated text).
QString dhcpLongField(const QString& key, ByteView header, int at, int length) {
    const auto from = static_cast<std::size_t>(at);
    if (from + static_cast<std::size_t>(length) > header.size())
        return QString();
    const ByteView bytes = header.subspan(from, static_cast<std::size_t>(length));
    if (key == "chaddr")
        return QString::fromStdString(MacAddress::read(bytes.data()).toString());
    const auto end = std::find(bytes.begin(), bytes.end(), std::uint8_t{0});
    if (end == bytes.begin())
        return QCoreApplication::translate("Dissection", "empty");
    return QString::fromLatin1(reinterpret_cast<const char*>(bytes.data()),
                               static_cast<qsizetype>(end - bytes.begin()));
}

// RFC 2131 figure 1: addresses, the transaction id, flags, op; empty for plain numbers.
QString dhcpFieldText(const QString& key, std::uint64_t v) {
    if (key.endsWith(QLatin1String("iaddr")))
        return ipText(v);
    if (key == "xid")
        return hexLocal(v, 8);
    if (key == "magic_cookie")
        return hexLocal(v, 8) + (v == dhcp::kMagicCookie ? QStringLiteral(" (DHCP)") : QString());
    if (key == "flags")
        return hexLocal(v, 4) + ((v & dhcp::kBroadcastFlag)
                                     ? QCoreApplication::translate("Dissection", " (broadcast)")
                                     : QString());
    if (key == "op")
        return withName(v, v == 1   ? QCoreApplication::translate("Dissection", "request")
                           : v == 2 ? QCoreApplication::translate("Dissection", "reply")
                                    : QString());
    if (key == "htype")
        return withName(v, v == 1 ? QStringLiteral("Ethernet") : QString());
    return QString();
}

// RFC 1035 §4.1.1: the ID in hex, QR, opcode and RCODE by name; empty for plain numbers.
QString dnsFieldText(const QString& key, std::uint64_t v) {
    if (key == "id")
        return hexLocal(v, 4);
    if (key == "qr")
        return withName(v, v ? QCoreApplication::translate("Dissection", "response")
                             : QCoreApplication::translate("Dissection", "query"));
    if (key == "opcode")
        return withName(v, QString::fromLatin1(dns::opcodeName(static_cast<std::uint8_t>(v))));
    if (key == "rcode")
        return withName(v, QString::fromLatin1(dns::rcodeName(static_cast<std::uint8_t>(v))));
    return QString();
}

} // namespace

QString hexText(std::uint64_t v, int digits) {
    return hexLocal(v, digits);
}

std::uint64_t readBits(ByteView bytes, int bitOffset, int bitWidth) {
    std::uint64_t v = 0;
    for (int i = 0; i < bitWidth && i < 64; ++i) {
        const int bit = bitOffset + i;
        const std::size_t byte = static_cast<std::size_t>(bit / 8);
        const int set = byte < bytes.size() ? (bytes[byte] >> (7 - bit % 8)) & 1 : 0;
        v = (v << 1) | static_cast<std::uint64_t>(set);
    }
    return v;
}

QString fieldValueText(Protocol protocol, const FieldSpec& field, ByteView header) {
    const QString key = QString::fromLatin1(field.key);
    if (field.bitWidth == 0) { // variable: options or data
        const int bytes = std::max(0, static_cast<int>(header.size()) - field.bitOffset / 8);
        return bytes == 0 ? QCoreApplication::translate("Dissection", "none")
                          : QCoreApplication::translate("Dissection", "%1 bytes").arg(bytes);
    }
    if (protocol == Protocol::Dhcp && field.bitWidth > 64)
        return dhcpLongField(key, header, field.bitOffset / 8, field.bitWidth / 8);
    const std::uint64_t v = readBits(header, field.bitOffset, field.bitWidth);
    if (protocol == Protocol::Dhcp)
        if (QString text = dhcpFieldText(key, v); !text.isEmpty())
            return text;
    if (protocol == Protocol::Dns)
        if (QString text = dnsFieldText(key, v); !text.isEmpty())
            return text;
    if (field.bitWidth == 48)
        return macText(v);
    if (field.bitWidth == 32 && isAddressKey(key) &&
        (protocol == Protocol::Ipv4 || protocol == Protocol::Arp))
        return ipText(v);
    if (key.contains(QLatin1String("checksum")))
        return hexLocal(v, 4);
    if (key == "ethertype" || key == "ptype")
        return hexLocal(v, 4) + etherTypeName(v);
    if (key == "ihl" || key == "data_offset")
        return QCoreApplication::translate("Dissection", "%1 (%2 bytes)").arg(v).arg(v * 4);
    if (protocol == Protocol::Ipv4 && key == "protocol")
        return withName(v, ipProtocolName(v));
    if (protocol == Protocol::Ipv4 && key == "fragment_offset")
        return v == 0
                   ? QStringLiteral("0")
                   : QCoreApplication::translate("Dissection", "%1 (%2 bytes)").arg(v).arg(v * 8);
    if (protocol == Protocol::Arp && key == "oper")
        return withName(v, v == 1   ? QCoreApplication::translate("Dissection", "request")
                           : v == 2 ? QCoreApplication::translate("Dissection", "reply")
                                    : QString());
    if (protocol == Protocol::Icmp && key == "type")
        return withName(v, icmpTypeName(v));
    if (protocol == Protocol::Arp && key == "htype")
        return withName(v, QStringLiteral("Ethernet"));
    return QString::number(v);
}

} // namespace ww::inspector
