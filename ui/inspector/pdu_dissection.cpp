#include "inspector/pdu_dissection.h"

#include "wire/arp.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <QCoreApplication>
#include <algorithm>

namespace ww::inspector {

namespace {

QString wireText(const char* s) {
    return QCoreApplication::translate("wire", s);
}

// Variable-length fields run from their offset to the end of the header.
int fieldBits(const FieldSpec& f, int headerLen) {
    return f.bitWidth > 0 ? f.bitWidth : std::max(0, headerLen * 8 - f.bitOffset);
}

DissectionNode layerNode(const QString& key, const QString& label, int offset, int length) {
    DissectionNode n;
    n.key = key;
    n.label = label;
    n.byteOffset = offset;
    n.byteLength = length;
    n.bitOffset = offset * 8;
    n.bitWidth = length * 8;
    return n;
}

// Adds one node per field of `table` that lies within `avail` bytes of the header.
void addFields(DissectionNode& layer, Protocol protocol, FieldTable table, ByteView header,
               int base, int headerLen) {
    for (const FieldSpec& f : table) {
        const int bits = fieldBits(f, headerLen);
        if (bits == 0 || f.bitOffset + bits > static_cast<int>(header.size()) * 8)
            continue;
        DissectionNode n;
        n.key = QString::fromLatin1(f.key);
        n.label = wireText(f.label);
        n.summary = wireText(f.summary);
        n.value = fieldValueText(protocol, f,
                                 header.first(std::min<std::size_t>(
                                     header.size(), static_cast<std::size_t>(headerLen))));
        n.bitOffset = base * 8 + f.bitOffset;
        n.bitWidth = bits;
        n.byteOffset = base + f.bitOffset / 8;
        n.byteLength = (f.bitOffset % 8 + bits + 7) / 8;
        layer.children.push_back(std::move(n));
    }
}

DissectionNode* findChild(DissectionNode& layer, const char* key) {
    for (auto& c : layer.children)
        if (c.key == QLatin1String(key))
            return &c;
    return nullptr;
}

QString tcpOptionName(std::uint8_t kind) {
    switch (kind) {
    case 0:
        return QCoreApplication::translate("Dissection", "End of options");
    case 1:
        return QCoreApplication::translate("Dissection", "No operation (padding)");
    case 2:
        return QCoreApplication::translate("Dissection", "Maximum segment size");
    case 3:
        return QCoreApplication::translate("Dissection", "Window scale");
    case 4:
        return QCoreApplication::translate("Dissection", "SACK permitted");
    case 8:
        return QCoreApplication::translate("Dissection", "Timestamps");
    default:
        return QCoreApplication::translate("Dissection", "Option %1").arg(kind);
    }
}

// RFC 9293 §3.2: kind, length, value; NOP and EOL are one byte.
void addTcpOptions(DissectionNode& options, ByteView opts, int base) {
    std::size_t i = 0;
    while (i < opts.size()) {
        const std::uint8_t kind = opts[i];
        std::size_t len = 1;
        if (kind > 1) {
            if (i + 1 >= opts.size() || opts[i + 1] < 2 || i + opts[i + 1] > opts.size())
                break; // malformed: leave the rest as raw bytes
            len = opts[i + 1];
        }
        DissectionNode n;
        n.key = QStringLiteral("option");
        n.label = tcpOptionName(kind);
        const ByteView v = opts.subspan(i, len);
        if (kind == 2 && len == 4)
            n.value = QString::number(readU16(v, 2));
        else if (kind == 3 && len == 3)
            n.value = QString::number(v[2]);
        else if (kind == 8 && len == 10)
            n.value = QCoreApplication::translate("Dissection", "value %1, echo reply %2")
                          .arg(readU32(v, 2))
                          .arg(readU32(v, 6));
        n.byteOffset = base + static_cast<int>(i);
        n.byteLength = static_cast<int>(len);
        n.bitOffset = n.byteOffset * 8;
        n.bitWidth = n.byteLength * 8;
        options.children.push_back(std::move(n));
        if (kind == 0)
            break;
        i += len;
    }
}

struct Dissector {
    ByteView all;
    Dissection out;

    void addHeader(Protocol p, FieldTable table, int offset, int length) {
        out.headers.push_back({p, table, offset, length, static_cast<int>(out.layers.size()) - 1});
    }
    void truncated(const QString& what) {
        if (out.problem.isEmpty())
            out.problem =
                QCoreApplication::translate("Dissection", "%1 is cut short: only %2 bytes")
                    .arg(what)
                    .arg(all.size());
    }

    void ethernet(int at) {
        const ByteView b = all.subspan(at);
        if (b.size() < ethernet::kHeaderLen) {
            truncated(QStringLiteral("Ethernet"));
            return;
        }
        const bool hasFcs = b.size() >= ethernet::kHeaderLen + ethernet::kFcsLen;
        const int trailerAt = hasFcs ? static_cast<int>(b.size() - ethernet::kFcsLen) : -1;
        out.layers.push_back(layerNode("ethernet",
                                       QCoreApplication::translate("Dissection", "Ethernet II"), at,
                                       static_cast<int>(b.size())));
        DissectionNode& layer = out.layers.back();
        addFields(layer, Protocol::Ethernet, ethernet::headerFields(), b, at, ethernet::kHeaderLen);
        addHeader(Protocol::Ethernet, ethernet::headerFields(), at, ethernet::kHeaderLen);
        const std::uint16_t type = readU16(b, 12);
        const int payloadAt = at + static_cast<int>(ethernet::kHeaderLen);
        const int payloadEnd = hasFcs ? at + trailerAt : static_cast<int>(all.size());
        int used = payloadEnd - payloadAt;
        const ByteView payload = all.subspan(payloadAt, used);
        if (type == ethernet::kArp)
            used = arp(payloadAt, payload);
        else if (type == ethernet::kIpv4)
            used = ipv4(payloadAt, payload);
        if (used < payloadEnd - payloadAt) { // RFC 894 / IEEE 802.3: padding to 60 bytes
            DissectionNode pad =
                layerNode("padding", QCoreApplication::translate("Dissection", "Padding"),
                          payloadAt + used, payloadEnd - payloadAt - used);
            pad.summary = QCoreApplication::translate(
                "Dissection", "Zero bytes that bring a short frame up to the 64-byte minimum");
            pad.value = QCoreApplication::translate("Dissection", "%1 bytes").arg(pad.byteLength);
            out.layers[0].children.push_back(std::move(pad));
        }
        if (hasFcs) {
            const FieldSpec& f = ethernet::fcsField();
            DissectionNode n;
            n.key = QString::fromLatin1(f.key);
            n.label = wireText(f.label);
            n.summary = wireText(f.summary);
            const auto parsed = ethernet::parseFrame(b);
            const std::uint32_t carried = readU32(b, static_cast<std::size_t>(trailerAt));
            n.value = hexText(carried, 8);
            if (parsed)
                n.value += parsed->fcsOk() ? QCoreApplication::translate("Dissection", " [correct]")
                                           : QCoreApplication::translate("Dissection", " [wrong]");
            n.byteOffset = at + trailerAt;
            n.byteLength = 4;
            n.bitOffset = n.byteOffset * 8;
            n.bitWidth = 32;
            out.layers[0].children.push_back(std::move(n));
        }
    }

    int arp(int at, ByteView b) {
        out.layers.push_back(layerNode(
            "arp", QCoreApplication::translate("Dissection", "Address Resolution Protocol (ARP)"),
            at, static_cast<int>(std::min(b.size(), arp::kPacketLen))));
        addFields(out.layers.back(), Protocol::Arp, arp::fields(), b, at, arp::kPacketLen);
        addHeader(Protocol::Arp, arp::fields(), at, arp::kPacketLen);
        if (b.size() < arp::kPacketLen)
            truncated(QStringLiteral("ARP"));
        return static_cast<int>(std::min(b.size(), arp::kPacketLen));
    }

    int ipv4(int at, ByteView b) {
        if (b.size() < ipv4::kMinHeaderLen) {
            truncated(QStringLiteral("IPv4"));
            return static_cast<int>(b.size());
        }
        const int headerLen = std::max<int>(20, (b[0] & 0x0f) * 4);
        const int total = std::clamp<int>(readU16(b, 2), headerLen, static_cast<int>(b.size()));
        out.layers.push_back(layerNode(
            "ipv4", QCoreApplication::translate("Dissection", "Internet Protocol version 4 (IPv4)"),
            at, total));
        DissectionNode& layer = out.layers.back();
        addFields(layer, Protocol::Ipv4, ipv4::fields(), b, at, headerLen);
        addHeader(Protocol::Ipv4, ipv4::fields(), at, headerLen);
        const auto parsed = ipv4::parse(b);
        if (DissectionNode* sum = findChild(layer, "header_checksum"); sum && parsed)
            sum->value += parsed->checksumOk
                              ? QCoreApplication::translate("Dissection", " [correct]")
                              : QCoreApplication::translate("Dissection", " [wrong]");
        if (!parsed) {
            out.problem =
                QCoreApplication::translate("Dissection", "IPv4 header does not parse (%1)")
                    .arg(QString::fromLatin1(parsed.failure().field));
            return total;
        }
        const Ipv4Address src = parsed->repr.source, dst = parsed->repr.destination;
        const int payloadAt = at + headerLen;
        const ByteView payload = parsed->payload;
        if (parsed->repr.fragmentOffset != 0) { // only the first fragment has the L4 header
            data(payloadAt, payload, QCoreApplication::translate("Dissection", "Fragment data"));
            return total;
        }
        switch (parsed->repr.protocol) {
        case ipv4::kIcmp:
            icmp(payloadAt, payload);
            break;
        case ipv4::kUdp:
            udp(payloadAt, payload, src, dst);
            break;
        case ipv4::kTcp:
            tcp(payloadAt, payload, src, dst);
            break;
        default:
            data(payloadAt, payload, QCoreApplication::translate("Dissection", "Data"));
            break;
        }
        return total;
    }

    void icmp(int at, ByteView b) {
        if (b.size() < icmp::kHeaderLen) {
            truncated(QStringLiteral("ICMP"));
            return;
        }
        const FieldTable table = icmp::fields(b[0]);
        out.layers.push_back(layerNode(
            "icmp",
            QCoreApplication::translate("Dissection", "Internet Control Message Protocol (ICMP)"),
            at, static_cast<int>(b.size())));
        addFields(out.layers.back(), Protocol::Icmp, table, b, at, static_cast<int>(b.size()));
        addHeader(Protocol::Icmp, table, at, icmp::kHeaderLen);
        const auto parsed = icmp::parse(b);
        if (DissectionNode* sum = findChild(out.layers.back(), "checksum"); sum && parsed)
            sum->value += parsed->checksumOk
                              ? QCoreApplication::translate("Dissection", " [correct]")
                              : QCoreApplication::translate("Dissection", " [wrong]");
    }

    void udp(int at, ByteView b, Ipv4Address src, Ipv4Address dst) {
        if (b.size() < udp::kHeaderLen) {
            truncated(QStringLiteral("UDP"));
            return;
        }
        out.layers.push_back(layerNode(
            "udp", QCoreApplication::translate("Dissection", "User Datagram Protocol (UDP)"), at,
            static_cast<int>(b.size())));
        addFields(out.layers.back(), Protocol::Udp, udp::fields(), b, at, udp::kHeaderLen);
        addHeader(Protocol::Udp, udp::fields(), at, udp::kHeaderLen);
        const auto parsed = udp::parse(b, src, dst);
        if (DissectionNode* sum = findChild(out.layers.back(), "checksum"); sum && parsed)
            sum->value += parsed->checksumOk
                              ? QCoreApplication::translate("Dissection", " [correct]")
                              : QCoreApplication::translate("Dissection", " [wrong]");
        if (b.size() > udp::kHeaderLen)
            data(at + static_cast<int>(udp::kHeaderLen), b.subspan(udp::kHeaderLen),
                 QCoreApplication::translate("Dissection", "Data"));
    }

    void tcp(int at, ByteView b, Ipv4Address src, Ipv4Address dst) {
        if (b.size() < tcp::kMinHeaderLen) {
            truncated(QStringLiteral("TCP"));
            return;
        }
        const int headerLen =
            std::clamp<int>((b[12] >> 4) * 4, tcp::kMinHeaderLen, static_cast<int>(b.size()));
        out.layers.push_back(layerNode(
            "tcp", QCoreApplication::translate("Dissection", "Transmission Control Protocol (TCP)"),
            at, static_cast<int>(b.size())));
        DissectionNode& layer = out.layers.back();
        addFields(layer, Protocol::Tcp, tcp::fields(), b, at, headerLen);
        addHeader(Protocol::Tcp, tcp::fields(), at, headerLen);
        if (DissectionNode* opts = findChild(layer, "options"))
            addTcpOptions(*opts, b.subspan(tcp::kMinHeaderLen, headerLen - tcp::kMinHeaderLen),
                          at + static_cast<int>(tcp::kMinHeaderLen));
        const auto parsed = tcp::parse(b, src, dst);
        if (DissectionNode* sum = findChild(layer, "checksum"); sum && parsed)
            sum->value += parsed->checksumOk
                              ? QCoreApplication::translate("Dissection", " [correct]")
                              : QCoreApplication::translate("Dissection", " [wrong]");
        if (static_cast<int>(b.size()) <= headerLen)
            return;
        const ByteView payload = b.subspan(static_cast<std::size_t>(headerLen));
        const std::uint16_t sport = readU16(b, 0), dport = readU16(b, 2);
        if (sport == 80 || dport == 80)
            http(at + headerLen, payload);
        else
            data(at + headerLen, payload, QCoreApplication::translate("Dissection", "Data"));
    }

    // HTTP/1.1 (RFC 9112): CRLF-separated lines up to the empty line, then the body.
    void http(int at, ByteView b) {
        out.layers.push_back(layerNode(
            "http", QCoreApplication::translate("Dissection", "Hypertext Transfer Protocol (HTTP)"),
            at, static_cast<int>(b.size())));
        DissectionNode& layer = out.layers.back();
        std::size_t i = 0;
        while (i < b.size()) {
            std::size_t end = i;
            while (end + 1 < b.size() && !(b[end] == '\r' && b[end + 1] == '\n'))
                ++end;
            const bool crlf = end + 1 < b.size();
            const std::size_t lineLen = crlf ? end - i + 2 : b.size() - i;
            const QString text =
                QString::fromLatin1(reinterpret_cast<const char*>(b.data() + i),
                                    static_cast<qsizetype>(crlf ? end - i : b.size() - i));
            DissectionNode n;
            n.key = QStringLiteral("line");
            n.label = text.isEmpty() ? QCoreApplication::translate("Dissection", "(end of header)")
                                     : text;
            n.byteOffset = at + static_cast<int>(i);
            n.byteLength = static_cast<int>(lineLen);
            n.bitOffset = n.byteOffset * 8;
            n.bitWidth = n.byteLength * 8;
            layer.children.push_back(std::move(n));
            i += lineLen;
            if (text.isEmpty() && i < b.size()) {
                DissectionNode body =
                    layerNode("body", QCoreApplication::translate("Dissection", "Body"),
                              at + static_cast<int>(i), static_cast<int>(b.size() - i));
                body.value =
                    QCoreApplication::translate("Dissection", "%1 bytes").arg(body.byteLength);
                layer.children.push_back(std::move(body));
                break;
            }
        }
    }

    void data(int at, ByteView b, const QString& label) {
        if (b.empty())
            return;
        DissectionNode n = layerNode("data", label, at, static_cast<int>(b.size()));
        n.value = QCoreApplication::translate("Dissection", "%1 bytes").arg(n.byteLength);
        out.layers.push_back(std::move(n));
    }
};

bool pathAt(const std::vector<DissectionNode>& nodes, int offset, std::vector<int>& path) {
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const DissectionNode& n = nodes[i];
        if (offset < n.byteOffset || offset >= n.byteOffset + n.byteLength)
            continue;
        path.push_back(static_cast<int>(i));
        pathAt(n.children, offset, path);
        return true;
    }
    return false;
}

} // namespace

Dissection dissect(ByteView bytes, Protocol start) {
    Dissector d{bytes, {}};
    const int all = static_cast<int>(bytes.size());
    switch (start) {
    case Protocol::Ethernet:
        d.ethernet(0);
        break;
    case Protocol::Arp:
        d.arp(0, bytes);
        break;
    case Protocol::Ipv4:
        d.ipv4(0, bytes);
        break;
    case Protocol::Icmp:
        d.icmp(0, bytes);
        break;
    case Protocol::Udp:
        d.udp(0, bytes, {}, {});
        break;
    case Protocol::Tcp:
        d.tcp(0, bytes, {}, {});
        break;
    case Protocol::Http:
        d.http(0, bytes);
        break;
    case Protocol::Data:
        d.data(0, bytes, QCoreApplication::translate("Dissection", "Data"));
        break;
    }
    if (d.out.layers.empty() && all > 0)
        d.data(0, bytes, QCoreApplication::translate("Dissection", "Data"));
    return std::move(d.out);
}

std::vector<int> nodePathAt(const Dissection& d, int offset) {
    std::vector<int> path;
    // Inner layers are listed after outer ones and lie inside them: the last
    // layer covering the offset is the most specific.
    for (int i = static_cast<int>(d.layers.size()) - 1; i >= 0; --i) {
        const DissectionNode& n = d.layers[static_cast<std::size_t>(i)];
        if (offset < n.byteOffset || offset >= n.byteOffset + n.byteLength)
            continue;
        path.push_back(i);
        std::vector<int> sub;
        if (pathAt(n.children, offset, sub))
            path.insert(path.end(), sub.begin(), sub.end());
        return path;
    }
    return path;
}

} // namespace ww::inspector
