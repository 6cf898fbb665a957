// DHCP client (RFC 2131 §4.4), for one interface.
#include "apps/dhcp.h"

#include "apps/dns_stub.h"

#include "net/ip_node.h"
#include "net/network.h"
#include "wire/dhcp.h"

#include <bit>
#include <memory>

namespace ww::dhcp {

namespace {

class Client : public std::enable_shared_from_this<Client> {
public:
    Client(IpNode& node, std::size_t interface)
        : node_(node)
        , interface_(interface) {}

    void start() {
        started_ = node_.network().now();
        xid_ = static_cast<std::uint32_t>(node_.network().rng().next());
        state_ = State::Selecting;
        attempt_ = 0;
        sendDiscover();
    }

    void receive(const UdpReceived& in) {
        auto parsed = parse(in.payload);
        if (!parsed || parsed->op != Op::Reply || parsed->xid != xid_ ||
            parsed->chaddr != mac() || in.ifIndex != interface_)
            return; // someone else's transaction
        const Repr& m = *parsed;
        publish(m, false);
        if (state_ == State::Selecting && m.type == MessageType::Offer && m.serverId) {
            offered_ = m.yiaddr;
            server_ = *m.serverId;
            state_ = State::Requesting;
            attempt_ = 0;
            sendRequest();
        } else if ((state_ == State::Requesting || state_ == State::Renewing) &&
                   m.type == MessageType::Ack) {
            bind(m);
        } else if ((state_ == State::Requesting || state_ == State::Renewing) &&
                   m.type == MessageType::Nak) {
            start(); // RFC 2131 §4.4.1: back to INIT
        }
    }

private:
    enum class State { Init, Selecting, Requesting, Bound, Renewing };

    MacAddress mac() const { return node_.interfaces()[interface_].mac; }

    Repr message(MessageType type) const {
        Repr r;
        r.op = Op::Request;
        r.type = type;
        r.xid = xid_;
        const SimTime elapsed = node_.network().now() - started_;
        r.secs = static_cast<std::uint16_t>(std::min<SimTime>(elapsed / kSecond, 0xffff));
        r.chaddr = mac();
        r.parameterRequestList = true;
        return r;
    }

    void sendDiscover() {
        Repr r = message(MessageType::Discover);
        r.flags = kBroadcastFlag;
        broadcast(r);
        retryLater(State::Selecting, [self = shared_from_this()] { self->sendDiscover(); });
    }

    void sendRequest() {
        // RFC 2131 §4.3.2 "SELECTING": requested address and server id, broadcast, so the
        // servers that were not chosen learn it too.
        Repr r = message(MessageType::Request);
        r.flags = kBroadcastFlag;
        r.requestedAddress = offered_;
        r.serverId = server_;
        broadcast(r);
        retryLater(State::Requesting, [self = shared_from_this()] {
            if (self->attempt_ > 4)
                self->start(); // RFC 2131 §4.4.1: give up on this offer, start over
            else
                self->sendRequest();
        });
    }

    void renew() {
        if (state_ != State::Bound)
            return;
        state_ = State::Renewing;
        // RFC 2131 §4.3.2 "RENEWING": ciaddr filled, no server id or requested address, unicast.
        Repr r = message(MessageType::Request);
        r.ciaddr = offered_;
        publish(r, true);
        UdpSend how;
        how.sourcePort = kClientPort;
        node_.sendUdp(server_, kServerPort, emit(r), how);
    }

    void broadcast(const Repr& r) {
        publish(r, true);
        UdpSend how;
        how.sourcePort = kClientPort;
        how.outInterface = interface_;
        how.sourceAddress = state_ == State::Renewing ? offered_ : Ipv4Address::any();
        node_.sendUdp(Ipv4Address::limitedBroadcast(), kServerPort, emit(r), how);
    }

    // RFC 2131 §4.1: retransmit after 4 s, doubling up to 64 s, each randomised by ±1 s.
    template <typename F> void retryLater(State waitingIn, F&& again) {
        const SimTime base = (SimTime{4} << std::min(attempt_, 4)) * kSecond;
        const auto jitter =
            static_cast<SimTime>(node_.network().rng().below(2001)) * kMillisecond - kSecond;
        ++attempt_;
        const std::uint32_t xid = xid_;
        node_.network().sim().schedule(
            base + jitter, [self = shared_from_this(), waitingIn, xid, again] {
                if (self->state_ == waitingIn && self->xid_ == xid)
                    again();
            });
    }

    void bind(const Repr& ack) {
        state_ = State::Bound;
        offered_ = ack.yiaddr;
        const int length = ack.subnetMask ? std::popcount(ack.subnetMask->value) : 24;
        node_.configureInterface(interface_, Ipv4Prefix{ack.yiaddr, length});
        if (ack.router && !gatewaySet_) {
            node_.setDefaultGateway(*ack.router);
            gatewaySet_ = true;
        }
        if (ack.dnsServer)
            node_.resolver().learnServer(*ack.dnsServer); // used unless the lab names servers
        const std::uint32_t lease = ack.leaseSeconds.value_or(3600);
        node_.network().emit(InterfaceConfigured{
            node_.id(), node_.interfaces()[interface_].port, ack.yiaddr, length,
            ack.router.value_or(Ipv4Address{}), ack.dnsServer.value_or(Ipv4Address{}),
            ack.serverId.value_or(server_), lease});
        // T1 = 0.5 x lease (RFC 2131 §4.4.5).
        const std::uint32_t xid = xid_;
        node_.network().sim().schedule(static_cast<SimTime>(lease) * kSecond / 2,
                                       [self = shared_from_this(), xid] {
                                           if (self->xid_ == xid)
                                               self->renew();
                                       });
    }

    void publish(const Repr& m, bool sent) {
        node_.network().emit(DhcpExchange{node_.id(), false, sent,
                                          static_cast<std::uint8_t>(m.type), m.xid, m.chaddr,
                                          m.yiaddr});
    }

    IpNode& node_;
    std::size_t interface_;
    State state_ = State::Init;
    std::uint32_t xid_ = 0;
    int attempt_ = 0;
    SimTime started_ = 0;
    Ipv4Address offered_, server_;
    bool gatewaySet_ = false;
};

} // namespace

void startClient(IpNode& node, std::size_t interface, SimTime at) {
    auto client = std::make_shared<Client>(node, interface);
    node.bindUdp(kClientPort, [client](const UdpReceived& in) { client->receive(in); });
    node.network().sim().scheduleAt(at, [client] { client->start(); });
}

} // namespace ww::dhcp
