#include "apps/dns_stub_query.h"

#include "apps/dns_stub_answer.h"
#include "net/ip_node.h"
#include "net/network.h"
#include "transport/tcp_layer.h"

namespace ww::dns {

namespace {

DnsAnswerKind answerKind(const Message& m) {
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
    Message whole = m;
    whole.header.tc = false; // what the records say, truncated or not
    switch (readResponse(whole, m.questions.front()).kind) {
    case ResponseKind::NoData:
        return DnsAnswerKind::NoData;
    case ResponseKind::TryNext:
        return DnsAnswerKind::Referral;
    default:
        return DnsAnswerKind::Answer;
    }
}

} // namespace

StubQuery::StubQuery(IpNode& node, std::uint32_t lookup, std::string name, std::uint16_t qtype,
                     std::vector<Ipv4Address> servers, SimTime timeout, int attempts, Done done)
    : node_(node)
    , lookup_(lookup)
    , name_(std::move(name))
    , qtype_(qtype)
    , servers_(std::move(servers))
    , timeout_(timeout)
    , attempts_(attempts)
    , done_(std::move(done)) {}

void StubQuery::start() {
    // One ID for the whole lookup (glibc resends the same query bytes), from the run's RNG:
    // unpredictable on a real network (RFC 5452 §4.3), repeatable here.
    const auto id = static_cast<std::uint16_t>(node_.network().rng().next());
    query_ = stubQuery(id, name_, qtype_);
    auto bytes = emit(query_);
    if (!bytes) { // the name was validated when the lab loaded; never send a bad message
        finish(Outcome{std::nullopt, {}, true});
        return;
    }
    wire_ = *bytes;
    send();
}

void StubQuery::armTimer() {
    node_.network().sim().schedule(timeout_, [self = shared_from_this(), token = token_] {
        if (token == self->token_ && !self->finished_)
            self->next();
    });
}

void StubQuery::send() {
    ++token_;
    auto port = ports_.find(server_);
    if (port == ports_.end()) {
        // A socket per server for the whole lookup, as glibc keeps one per name server.
        const std::uint16_t p = node_.allocateEphemeralPort();
        port = ports_.emplace(server_, p).first;
        node_.bindUdp(p,
                      [self = shared_from_this()](const UdpReceived& in) { self->receiveUdp(in); });
    }
    Network& net = node_.network();
    net.emit(DnsQuerySent{node_.id(), lookup_, servers_[server_], port->second, query_.header.id,
                          absoluteName(name_), qtype_, true, false,
                          static_cast<std::uint8_t>(attempt_)});
    UdpSend how;
    how.sourcePort = port->second;
    node_.sendUdp(servers_[server_], kPort, wire_, how);
    armTimer();
}

void StubQuery::receiveUdp(const UdpReceived& in) {
    if (finished_ || in.sourcePort != kPort)
        return;
    // Only from a server we asked, to the port we asked it from (RFC 5452 §9.1).
    std::optional<std::size_t> from;
    for (const auto& [index, port] : ports_)
        if (port == in.destinationPort && servers_[index] == in.source)
            from = index;
    if (!from)
        return;
    auto m = parse(in.payload);
    if (!m || !answersQuery(*m, query_))
        return; // a forged or stale reply is ignored; the real one may still come
    accept(*m, false, *from);
}

void StubQuery::accept(const Message& m, bool tcp, std::size_t server) {
    Network& net = node_.network();
    DnsResponseInfo info{node_.id(),  lookup_,          servers_[server],
                         kPort,       m.header.id,      absoluteName(name_),
                         qtype_,      answerKind(m),    m.header.aa,
                         m.header.ra, m.header.tc,      m.header.rcode,
                         tcp,         messageRecords(m)};
    net.emit(DnsResponseReceived{info});
    if (m.header.tc && !tcp) {
        server_ = server;
        overTcp(); // RFC 7766 §5: the same question, same server, over TCP
        return;
    }
    Message whole = m;
    whole.header.tc = false; // over TCP nothing is cut off
    const ResponseKind kind = readResponse(whole, query_.questions.front()).kind;
    if (kind != ResponseKind::TryNext) {
        finish(Outcome{whole, servers_[server], false});
        return;
    }
    serverFailed_ = true;
    if (server == server_)
        next(); // glibc's res_send: SERVFAIL, NOTIMP, REFUSED -> the next server at once
}

void StubQuery::overTcp() {
    ++token_;
    armTimer();
    tcp::ConnectionOptions options;
    options.msl = node_.network().settings().msl;
    tcp::Connection* c = node_.tcp().connect(servers_[server_], kPort, options);
    if (!c) {
        next(); // no route: the drop is in the trace
        return;
    }
    auto self = shared_from_this();
    const std::uint64_t token = token_;
    tcpBuffer_ = std::make_shared<Bytes>();
    c->onEstablished = [self, c, token] {
        if (token != self->token_ || self->finished_) {
            c->close();
            return;
        }
        auto framed = frameForTcp(self->wire_);
        self->node_.network().emit(
            DnsQuerySent{self->node_.id(), self->lookup_, self->servers_[self->server_],
                         c->ref().localPort, self->query_.header.id, absoluteName(self->name_),
                         self->qtype_, true, true, static_cast<std::uint8_t>(self->attempt_)});
        c->send(*framed);
    };
    c->onReadable = [self, c, token] {
        const Bytes in = c->read(std::size_t{1} << 20);
        if (token != self->token_ || self->finished_)
            return;
        auto buffer = self->tcpBuffer_;
        buffer->insert(buffer->end(), in.begin(), in.end());
        auto framed = unframeTcp(*buffer);
        if (!framed)
            return; // the rest of the message is still on its way
        auto m = parse(framed->message);
        c->close(); // RFC 7766 §6.2.1: one query, so the client closes
        if (m && answersQuery(*m, self->query_))
            self->accept(*m, true, self->server_);
        else
            self->next();
    };
    c->onPeerClosed = [c] { c->close(); };
    c->onClosed = [self, token] {
        if (token == self->token_ && !self->finished_)
            self->next(); // reset or gave up before an answer
    };
}

void StubQuery::next() {
    if (++server_ >= servers_.size()) {
        server_ = 0;
        if (++attempt_ > attempts_) {
            finish(Outcome{std::nullopt, {}, serverFailed_});
            return;
        }
    }
    send();
}

void StubQuery::finish(Outcome outcome) {
    finished_ = true;
    ++token_;
    // Unbound after this event, not inside the handler that may be running now: a late
    // answer then meets a closed port (ICMP port unreachable), as on a real host.
    std::vector<std::uint16_t> ports;
    for (const auto& entry : ports_)
        ports.push_back(entry.second);
    IpNode& node = node_;
    node.network().sim().schedule(0, [&node, ports] {
        for (std::uint16_t p : ports)
            node.unbindUdp(p);
    });
    Done done = std::move(done_);
    done(outcome);
}

} // namespace ww::dns
