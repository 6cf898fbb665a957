#include "inspector/pdu_dissection.h"

#include "inspector/dissection_parts.h"
#include "proto/protocol_registry.h"
#include "wire/arp.h"
#include "wire/dhcp.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <QCoreApplication>
#include <algorithm>

namespace ww::inspector {

namespace {

using namespace parts;

// One layer's node, named from the protocol registry.
DissectionNode protocolNode(Protocol p, int offset, int length) {
    return layerNode(QString::fromLatin1(proto::describe(p).key), proto::fullName(p), offset,
                     length);
}

struct Dissector {
    ByteView all;
    Dissection out;
    proto::Carrier transport = proto::Carrier::None; // of the application bytes

    // `length`: the header; `extent`: the bytes its field table covers (ICMP:
    // the data too), when more than the header.
    void addHeader(Protocol p, FieldTable table, int offset, int length, int extent = 0) {
        out.headers.push_back({p, table, offset, length, static_cast<int>(out.layers.size()) - 1,
                               std::max(length, extent)});
    }
    void truncated(Protocol p) {
        if (out.problem.isEmpty())
            out.problem =
                QCoreApplication::translate("Dissection", "%1 is cut short: only %2 bytes")
                    .arg(proto::displayName(p))
                    .arg(all.size());
    }

    // A header the wire parser refuses (a length or offset past the bytes, a bad option) is
    // still shown as far as it goes, with the reason in the problem note.
    void refused(Protocol p, const WireFailure& f) {
        if (f.error == WireError::Truncated)
            truncated(p);
        else if (out.problem.isEmpty())
            out.problem = QCoreApplication::translate("Dissection", "%1 header does not parse (%2)")
                              .arg(proto::displayName(p), QString::fromLatin1(f.field));
    }

    // Dissects `b` (at `at` in the whole) as protocol `p`; returns the bytes
    // it used. No default: a protocol added to the registry needs a case here
    // before the build passes.
    int as(Protocol p, int at, ByteView b, Ipv4Address src = {}, Ipv4Address dst = {}) {
        switch (p) {
        case Protocol::Ethernet:
            ethernet(at);
            return static_cast<int>(b.size());
        case Protocol::Arp:
            return arp(at, b);
        case Protocol::Ipv4:
            return ipv4(at, b);
        case Protocol::Icmp:
            icmp(at, b);
            break;
        case Protocol::Udp:
            udp(at, b, src, dst);
            break;
        case Protocol::Tcp:
            tcp(at, b, src, dst);
            break;
        case Protocol::Http:
            http(at, b);
            break;
        case Protocol::Dhcp:
            dhcp(at, b);
            break;
        case Protocol::Dns:
            dns(at, b);
            break;
        case Protocol::Data:
            data(at, b, QCoreApplication::translate("Dissection", "Data"));
            break;
        }
        return static_cast<int>(b.size());
    }

    void ethernet(int at) {
        const ByteView b = all.subspan(static_cast<std::size_t>(at));
        if (b.size() < ethernet::kHeaderLen) {
            truncated(Protocol::Ethernet);
            return;
        }
        const bool hasFcs = b.size() >= ethernet::kHeaderLen + ethernet::kFcsLen;
        const int trailerAt = hasFcs ? static_cast<int>(b.size() - ethernet::kFcsLen) : -1;
        out.layers.push_back(protocolNode(Protocol::Ethernet, at, static_cast<int>(b.size())));
        const std::size_t layerIndex = out.layers.size() - 1;
        addFields(out.layers.back(), Protocol::Ethernet, ethernet::headerFields(), b, at,
                  ethernet::kHeaderLen);
        addHeader(Protocol::Ethernet, ethernet::headerFields(), at, ethernet::kHeaderLen);
        const int payloadAt = at + static_cast<int>(ethernet::kHeaderLen);
        const int payloadEnd = hasFcs ? at + trailerAt : static_cast<int>(all.size());
        int used = payloadEnd - payloadAt;
        const ByteView payload =
            all.subspan(static_cast<std::size_t>(payloadAt), static_cast<std::size_t>(used));
        if (const proto::Descriptor* next = proto::byEtherType(readU16(b, 12)))
            used = as(next->id, payloadAt, payload);
        DissectionNode& layer = out.layers[layerIndex];
        if (used < payloadEnd - payloadAt) { // RFC 894 / IEEE 802.3: padding to 60 bytes
            DissectionNode pad =
                layerNode("padding", QCoreApplication::translate("Dissection", "Padding"),
                          payloadAt + used, payloadEnd - payloadAt - used);
            pad.summary = QCoreApplication::translate(
                "Dissection", "Zero bytes that bring a short frame up to the 64-byte minimum");
            pad.value = QCoreApplication::translate("Dissection", "%1 bytes").arg(pad.byteLength);
            layer.children.push_back(std::move(pad));
        }
        if (hasFcs) {
            const FieldSpec& f = ethernet::fcsField();
            DissectionNode n =
                layerNode(QString::fromLatin1(f.key), QCoreApplication::translate("wire", f.label),
                          at + trailerAt, 4);
            n.summary = QCoreApplication::translate("wire", f.summary);
            const auto parsed = ethernet::parseFrame(b);
            n.value = hexText(readU32(b, static_cast<std::size_t>(trailerAt)), 8);
            if (parsed)
                n.value += parsed->fcsOk() ? QCoreApplication::translate("Dissection", " [correct]")
                                           : QCoreApplication::translate("Dissection", " [wrong]");
            layer.children.push_back(std::move(n));
        }
    }

    int arp(int at, ByteView b) {
        const int len = static_cast<int>(std::min(b.size(), arp::kPacketLen));
        out.layers.push_back(protocolNode(Protocol::Arp, at, len));
        addFields(out.layers.back(), Protocol::Arp, arp::fields(), b, at, arp::kPacketLen);
        addHeader(Protocol::Arp, arp::fields(), at, arp::kPacketLen);
        if (b.size() < arp::kPacketLen)
            truncated(Protocol::Arp);
        return len;
    }

    int ipv4(int at, ByteView b) {
        if (b.size() < ipv4::kMinHeaderLen) {
            truncated(Protocol::Ipv4);
            return static_cast<int>(b.size());
        }
        const int headerLen = std::max<int>(20, (b[0] & 0x0f) * 4);
        const int total = std::clamp<int>(readU16(b, 2), headerLen, static_cast<int>(b.size()));
        out.layers.push_back(protocolNode(Protocol::Ipv4, at, total));
        DissectionNode& layer = out.layers.back();
        addFields(layer, Protocol::Ipv4, ipv4::fields(), b, at, headerLen);
        addHeader(Protocol::Ipv4, ipv4::fields(), at, headerLen);
        const auto parsed = ipv4::parse(b);
        if (parsed)
            markChecksum(layer, "header_checksum", parsed->checksumOk);
        if (!parsed) {
            out.problem =
                QCoreApplication::translate("Dissection", "IPv4 header does not parse (%1)")
                    .arg(QString::fromLatin1(parsed.failure().field));
            return total;
        }
        const int payloadAt = at + headerLen;
        const ByteView payload = parsed->payload;
        if (parsed->repr.fragmentOffset != 0) { // only the first fragment has the L4 header
            data(payloadAt, payload, QCoreApplication::translate("Dissection", "Fragment data"));
            return total;
        }
        const proto::Descriptor* next = proto::byIpProtocol(parsed->repr.protocol);
        as(next ? next->id : Protocol::Data, payloadAt, payload, parsed->repr.source,
           parsed->repr.destination);
        return total;
    }

    void icmp(int at, ByteView b) {
        if (b.size() < icmp::kHeaderLen) {
            truncated(Protocol::Icmp);
            return;
        }
        const FieldTable table = icmp::fields(b[0]);
        const int len = static_cast<int>(b.size());
        out.layers.push_back(protocolNode(Protocol::Icmp, at, len));
        addFields(out.layers.back(), Protocol::Icmp, table, b, at, len);
        // The table ends with the data (RFC 792 draws it in the message).
        addHeader(Protocol::Icmp, table, at, icmp::kHeaderLen, len);
        if (const auto parsed = icmp::parse(b))
            markChecksum(out.layers.back(), "checksum", parsed->checksumOk);
    }

    void udp(int at, ByteView b, Ipv4Address src, Ipv4Address dst) {
        if (b.size() < udp::kHeaderLen) {
            truncated(Protocol::Udp);
            return;
        }
        out.layers.push_back(protocolNode(Protocol::Udp, at, static_cast<int>(b.size())));
        addFields(out.layers.back(), Protocol::Udp, udp::fields(), b, at, udp::kHeaderLen);
        addHeader(Protocol::Udp, udp::fields(), at, udp::kHeaderLen);
        if (const auto parsed = udp::parse(b, src, dst))
            markChecksum(out.layers.back(), "checksum", parsed->checksumOk);
        else
            refused(Protocol::Udp, parsed.failure());
        if (b.size() <= udp::kHeaderLen)
            return;
        const ByteView payload = b.subspan(udp::kHeaderLen);
        const proto::Descriptor* app =
            proto::byPorts(proto::Carrier::UdpPort, readU16(b, 0), readU16(b, 2), payload);
        transport = proto::Carrier::UdpPort;
        as(app ? app->id : Protocol::Data, at + static_cast<int>(udp::kHeaderLen), payload);
    }

    void tcp(int at, ByteView b, Ipv4Address src, Ipv4Address dst) {
        if (b.size() < tcp::kMinHeaderLen) {
            truncated(Protocol::Tcp);
            return;
        }
        const int headerLen =
            std::clamp<int>((b[12] >> 4) * 4, tcp::kMinHeaderLen, static_cast<int>(b.size()));
        out.layers.push_back(protocolNode(Protocol::Tcp, at, static_cast<int>(b.size())));
        DissectionNode& layer = out.layers.back();
        addFields(layer, Protocol::Tcp, tcp::fields(), b, at, headerLen);
        addHeader(Protocol::Tcp, tcp::fields(), at, headerLen);
        if (DissectionNode* opts = findChild(layer, "options"))
            addTcpOptions(*opts, b.subspan(tcp::kMinHeaderLen, headerLen - tcp::kMinHeaderLen),
                          at + static_cast<int>(tcp::kMinHeaderLen));
        if (const auto parsed = tcp::parse(b, src, dst))
            markChecksum(layer, "checksum", parsed->checksumOk);
        else
            refused(Protocol::Tcp, parsed.failure());
        if (static_cast<int>(b.size()) <= headerLen)
            return;
        const ByteView payload = b.subspan(static_cast<std::size_t>(headerLen));
        const proto::Descriptor* app =
            proto::byPorts(proto::Carrier::TcpPort, readU16(b, 0), readU16(b, 2), payload);
        transport = proto::Carrier::TcpPort;
        as(app ? app->id : Protocol::Data, at + headerLen, payload);
    }

    void http(int at, ByteView b) {
        out.layers.push_back(protocolNode(Protocol::Http, at, static_cast<int>(b.size())));
        addHttpLines(out.layers.back(), b, at);
    }

    // RFC 2131: the fixed BOOTP fields, the magic cookie, then options (RFC 2132).
    void dhcp(int at, ByteView b) {
        if (b.size() < dhcp::kFixedLen + dhcp::kCookieLen) {
            truncated(Protocol::Dhcp);
            data(at, b, QCoreApplication::translate("Dissection", "Data"));
            return;
        }
        const int len = static_cast<int>(b.size());
        out.layers.push_back(protocolNode(Protocol::Dhcp, at, len));
        DissectionNode& layer = out.layers.back();
        addFields(layer, Protocol::Dhcp, dhcp::fields(), b, at, len);
        addHeader(Protocol::Dhcp, dhcp::fields(), at, len);
        constexpr std::size_t kOptionsAt = dhcp::kFixedLen + dhcp::kCookieLen;
        if (DissectionNode* opts = findChild(layer, "options"))
            addDhcpOptions(*opts, b.subspan(kOptionsAt), at + static_cast<int>(kOptionsAt));
    }

    // RFC 1035 §4.1; over TCP the message follows a 2-byte length (§4.2.2).
    void dns(int at, ByteView b) {
        const int len = static_cast<int>(b.size());
        out.layers.push_back(protocolNode(Protocol::Dns, at, len));
        DissectionNode& layer = out.layers.back();
        ByteView m = b;
        int base = at;
        if (transport == proto::Carrier::TcpPort) {
            const auto framed = dns::unframeTcp(b);
            if (b.size() >= dns::kTcpPrefixLen) {
                DissectionNode n =
                    layerNode("length", QCoreApplication::translate("Dissection", "Length"), at, 2);
                n.value = QString::number(readU16(b, 0));
                n.summary = QCoreApplication::translate(
                    "Dissection", "Over TCP each DNS message is preceded by its length");
                layer.children.push_back(std::move(n));
            }
            if (!framed) {
                truncated(Protocol::Dns);
                return;
            }
            m = framed->message;
            base = at + static_cast<int>(dns::kTcpPrefixLen);
        }
        if (m.size() < dns::kHeaderLen) {
            truncated(Protocol::Dns);
            return;
        }
        addHeader(Protocol::Dns, dns::fields(), base, static_cast<int>(dns::kHeaderLen));
        const auto parsed = dns::parse(m);
        if (!parsed) {
            addFields(layer, Protocol::Dns, dns::fields(), m, base,
                      static_cast<int>(dns::kHeaderLen));
            const WireFailure& f = parsed.failure();
            out.problem =
                QCoreApplication::translate("Dissection", "DNS message refused: %1 (%2 at byte %3)")
                    .arg(QCoreApplication::translate("DnsWire", f.reason),
                         QString::fromLatin1(f.field))
                    .arg(f.offset);
            return;
        }
        layer.value = parsed->header.qr ? QCoreApplication::translate("Dissection", "response")
                                        : QCoreApplication::translate("Dissection", "query");
        addDnsMessage(layer, parsed.value(), m, base);
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
    d.as(start, 0, bytes);
    if (d.out.layers.empty() && !bytes.empty())
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
