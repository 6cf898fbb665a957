#include "apps/dns_upstream.h"

#include "apps/dns_names.h"
#include "apps/dns_text.h"
#include "net/ip_node.h"
#include "net/network.h"
#include "transport/tcp_layer.h"

#include <memory>

namespace ww::dns {

namespace {

struct Pending {
    bool done = false;
    UpstreamReply reply;
    Bytes stream; // TCP: bytes so far
};

DnsAnswerKind kindOf(const Message& m) {
    switch (m.header.rcode) {
    case kRcodeNoError:
        break;
    case kRcodeNxDomain:
        return DnsAnswerKind::NxDomain;
    case kRcodeRefused:
        return DnsAnswerKind::Refused;
    default:
        return DnsAnswerKind::ServFail;
    }
    if (!m.answers.empty())
        return DnsAnswerKind::Answer;
    for (const Record& r : m.authorities)
        if (r.type == kTypeNs)
            return DnsAnswerKind::Referral;
    return DnsAnswerKind::NoData;
}

// Accepts `bytes` as the answer to `q` with `id`: publishes it and hands it on.
void accept(IpNode& node, const UpstreamQuery& q, std::uint16_t id, ByteView bytes, Pending& p) {
    auto parsed = parse(bytes);
    if (!parsed || !parsed->header.qr || parsed->header.id != id || parsed->questions.size() != 1 ||
        !sameName(parsed->questions[0].name, q.name) || parsed->questions[0].type != q.type)
        return; // not the answer to this query (RFC 5452 §9.1): ignore it
    const Message& m = *parsed;
    p.done = true;
    DnsResponseReceived e;
    e.device = node.id();
    e.lookup = q.lookup;
    e.peer = q.server;
    e.peerPort = kPort;
    e.id = id;
    e.name = absoluteText(q.name);
    e.qtype = q.type;
    e.kind = kindOf(m);
    e.aa = m.header.aa;
    e.ra = m.header.ra;
    e.tc = m.header.tc;
    e.rcode = m.header.rcode;
    e.tcp = q.tcp;
    e.records = messageRecords(m);
    node.network().emit(std::move(e));
    p.reply(&m);
}

} // namespace

void askUpstream(IpNode& node, const UpstreamQuery& q, SimTime timeout, UpstreamReply reply) {
    Network& net = node.network();
    const auto id = static_cast<std::uint16_t>(net.rng().next() & 0xffff);
    Message m;
    m.header.id = id;
    m.header.rd = q.recursionDesired;
    m.questions.push_back(Question{q.name, q.type, kClassIn});
    const Bytes bytes = emit(m).value();
    auto p = std::make_shared<Pending>();
    p->reply = std::move(reply);

    std::uint16_t port = 0;
    tcp::Connection* conn = nullptr;
    if (q.tcp) {
        tcp::ConnectionOptions options;
        options.msl = net.settings().msl;
        conn = node.tcp().connect(q.server, kPort, options);
        if (conn)
            port = conn->ref().localPort;
    } else {
        port = node.allocateEphemeralPort();
    }
    net.emit(DnsQuerySent{node.id(), q.lookup, q.server, port, id, absoluteText(q.name), q.type,
                          q.recursionDesired, q.tcp, q.attempt});
    if (q.tcp && conn) {
        const Bytes framed = frameForTcp(bytes).value();
        conn->onEstablished = [conn, framed] { conn->send(framed); };
        conn->onReadable = [&node, conn, q, id, p] {
            const Bytes more = conn->read(std::size_t{1} << 20);
            p->stream.insert(p->stream.end(), more.begin(), more.end());
            auto framedMessage = unframeTcp(p->stream);
            if (!framedMessage || p->done)
                return; // RFC 7766 §8: wait for the whole length-prefixed message
            accept(node, q, id, framedMessage->message, *p);
            conn->close(); // one query per connection: the client closes
        };
        conn->onPeerClosed = [conn] { conn->close(); };
    } else if (!q.tcp) {
        node.bindUdp(port, [&node, q, id, port, p](const UdpReceived& in) {
            if (p->done || in.source != q.server || in.sourcePort != kPort)
                return;
            accept(node, q, id, in.payload, *p);
            if (p->done)
                node.bindUdp(port); // closed: a late copy is delivered to nobody
        });
        UdpSend how;
        how.sourcePort = port;
        node.sendUdp(q.server, kPort, bytes, how);
    }
    net.sim().schedule(timeout, [&node, port, p, udp = !q.tcp, conn] {
        if (p->done)
            return;
        p->done = true;
        if (udp)
            node.bindUdp(port);
        else if (conn)
            conn->close();
        p->reply(nullptr);
    });
}

} // namespace ww::dns
