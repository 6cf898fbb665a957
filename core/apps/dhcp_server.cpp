// DHCP server (RFC 2131 §4.3).
#include "apps/dhcp.h"

#include "net/ip_node.h"
#include "net/network.h"
#include "wire/dhcp.h"

#include <map>
#include <memory>

namespace ww::dhcp {

namespace {

class Server {
public:
    Server(IpNode& node, ServerConfig config)
        : node_(node)
        , config_(config) {}

    void receive(const UdpReceived& in) {
        auto parsed = parse(in.payload);
        if (!parsed || parsed->op != Op::Request || in.ifIndex != config_.interface)
            return;
        const Repr& m = *parsed;
        publish(m, false);
        switch (m.type) {
        case MessageType::Discover:
            if (auto a = allocate(m.chaddr))
                reply(m, MessageType::Offer, *a);
            return;
        case MessageType::Request:
            request(m);
            return;
        case MessageType::Release:
            leases_.erase(m.chaddr);
            return;
        default:
            return; // DECLINE, INFORM: not modelled
        }
    }

private:
    Ipv4Prefix own() const { return *node_.interfaces()[config_.interface].address; }

    // The client's address if it has one, else the lowest free pool address.
    std::optional<Ipv4Address> allocate(const MacAddress& client) {
        if (auto it = leases_.find(client); it != leases_.end())
            return it->second;
        for (std::uint32_t a = config_.poolStart.value; a <= config_.poolEnd.value; ++a) {
            bool taken = Ipv4Address{a} == own().address;
            for (const auto& [mac, leased] : leases_)
                taken = taken || leased.value == a;
            if (!taken) {
                leases_[client] = Ipv4Address{a};
                return Ipv4Address{a};
            }
            if (a == 0xffffffffu)
                break;
        }
        return std::nullopt; // pool exhausted: no offer (RFC 2131 §4.3.1 allows silence)
    }

    void request(const Repr& m) {
        // RFC 2131 §4.3.2: a REQUEST naming another server means the client chose that one.
        if (m.serverId && *m.serverId != own().address) {
            leases_.erase(m.chaddr);
            return;
        }
        const Ipv4Address wanted = m.requestedAddress.value_or(m.ciaddr);
        auto it = leases_.find(m.chaddr);
        if (it == leases_.end() || it->second != wanted) {
            reply(m, MessageType::Nak, Ipv4Address{});
            return;
        }
        reply(m, MessageType::Ack, wanted);
        node_.network().emit(
            DhcpLeaseGranted{node_.id(), m.chaddr, wanted, config_.leaseSeconds});
    }

    void reply(const Repr& m, MessageType type, Ipv4Address yiaddr) {
        Repr r;
        r.op = Op::Reply;
        r.type = type;
        r.xid = m.xid;
        r.flags = m.flags;
        r.ciaddr = m.ciaddr;
        r.yiaddr = yiaddr;
        r.giaddr = m.giaddr;
        r.chaddr = m.chaddr;
        r.serverId = own().address;
        if (type != MessageType::Nak) {
            r.leaseSeconds = config_.leaseSeconds;
            r.subnetMask = Ipv4Address{own().mask()};
            r.router = config_.gateway;
            r.dnsServer = config_.dns;
        }
        publish(r, true);
        const Bytes bytes = emit(r);
        // RFC 2131 §4.1: to ciaddr when the client has one (renewing); otherwise broadcast,
        // as the client set the broadcast bit (it cannot take unicast before it has an address).
        UdpSend how;
        how.sourcePort = kServerPort;
        if (!m.ciaddr.isUnspecified() && type != MessageType::Nak) {
            node_.sendUdp(m.ciaddr, kClientPort, bytes, how);
        } else {
            how.outInterface = config_.interface;
            node_.sendUdp(Ipv4Address::limitedBroadcast(), kClientPort, bytes, how);
        }
    }

    void publish(const Repr& m, bool sent) {
        node_.network().emit(DhcpExchange{node_.id(), true, sent,
                                          static_cast<std::uint8_t>(m.type), m.xid, m.chaddr,
                                          m.yiaddr});
    }

    IpNode& node_;
    ServerConfig config_;
    std::map<MacAddress, Ipv4Address> leases_; // offered or committed, by client
};

} // namespace

void startServer(IpNode& node, const ServerConfig& config) {
    auto server = std::make_shared<Server>(node, config);
    node.bindUdp(kServerPort, [server](const UdpReceived& in) { server->receive(in); });
}

} // namespace ww::dhcp
