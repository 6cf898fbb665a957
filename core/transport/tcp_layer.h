#pragma once

#include "transport/tcp_connection.h"
#include "wire/ipv4.h"

#include <functional>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

namespace ww {
class IpNode;
}

namespace ww::tcp {

// A host's TCP: the sockets API (listen, connect), demultiplexing segments to
// connections by (local address, local port, remote address, remote port),
// and RST for segments nobody expects (RFC 9293 §3.10.7.1).
class TcpLayer {
public:
    using AcceptHandler = std::function<void(Connection&)>;

    explicit TcpLayer(IpNode& node);
    ~TcpLayer();

    void listen(std::uint16_t port, AcceptHandler onAccept, ConnectionOptions options = {});
    // Active open, from an ephemeral port unless localPort is given; nullptr when there is no
    // route.
    Connection* connect(Ipv4Address destination, std::uint16_t port, ConnectionOptions options = {},
                        std::uint16_t localPort = 0);
    void segmentArrived(const ipv4::Repr& ip, ByteView segment, const PduRef& packet);

    const std::vector<std::unique_ptr<Connection>>& allConnections() const { return all_; }

    // For connections.
    void transmit(const TcpConnectionRef& ref, const Repr& seg, ByteView payload);
    void sendReset(const TcpConnectionRef& ref, std::uint32_t seq, std::uint32_t ack, bool withAck);
    void emit(EventKind&& kind);
    SimTime now() const;
    Simulator& sim();
    std::uint16_t mssFor(Ipv4Address remote) const;
    void forget(Connection& c);

private:
    using Key = std::tuple<std::uint32_t, std::uint16_t, std::uint32_t, std::uint16_t>;
    static Key keyOf(const TcpConnectionRef& r) {
        return {r.localAddress.value, r.localPort, r.remoteAddress.value, r.remotePort};
    }
    Connection& create(const TcpConnectionRef& ref, ConnectionOptions options);

    struct Listener {
        AcceptHandler onAccept;
        ConnectionOptions options;
    };

    IpNode& node_;
    std::map<Key, Connection*> active_;
    std::vector<std::unique_ptr<Connection>>
        all_; // closed ones stay: tables and traces refer to them
    std::map<std::uint16_t, Listener> listeners_;
};

} // namespace ww::tcp
