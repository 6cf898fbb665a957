// A DNS server on UDP and TCP port 53 (RFC 1035 §4.2, RFC 7766): parses queries, answers
// from its zones (authoritative) or hands them to the resolver or forwarder, and sends the
// response back the way the query came, truncated with TC=1 when UDP cannot carry it.
#include "apps/dns_names.h"
#include "apps/dns_server_app.h"
#include "apps/dns_text.h"
#include "apps/dns_zone.h"
#include "net/ip_node.h"
#include "net/network.h"
#include "transport/tcp_layer.h"

namespace ww::dns {

namespace {

DnsRole roleOf(ServerRole r) {
    switch (r) {
    case ServerRole::Authoritative:
        return DnsRole::Authoritative;
    case ServerRole::Resolver:
        return DnsRole::Resolver;
    case ServerRole::Forwarder:
        return DnsRole::Forwarder;
    }
    return DnsRole::Authoritative;
}

DnsPlace cacheOf(ServerRole r) {
    return r == ServerRole::Forwarder ? DnsPlace::ForwarderCache : DnsPlace::ResolverCache;
}

DnsOutcome outcomeOf(DnsAnswerKind k) {
    switch (k) {
    case DnsAnswerKind::Answer:
        return DnsOutcome::Answer;
    case DnsAnswerKind::Referral:
        return DnsOutcome::Referral;
    case DnsAnswerKind::NxDomain:
        return DnsOutcome::NxDomain;
    case DnsAnswerKind::NoData:
        return DnsOutcome::NoData;
    case DnsAnswerKind::ServFail:
        return DnsOutcome::ServFail;
    case DnsAnswerKind::Refused:
        return DnsOutcome::Refused;
    }
    return DnsOutcome::ServFail;
}

} // namespace

ServerApp::ServerApp(IpNode& node, ServerConfig config)
    : node_(node)
    , net_(node.network())
    , config_(std::move(config))
    , cache_(node.network(), node.id(), cacheOf(config_.role)) {}

void ServerApp::start() {
    auto self = shared_from_this();
    node_.bindUdp(kPort, [self](const UdpReceived& in) {
        auto parsed = parse(in.payload);
        if (!parsed || parsed->header.qr)
            return; // not a query we can read: a real server drops it too (no FORMERR here)
        ClientQuery q;
        q.client = in.source;
        q.port = in.sourcePort;
        q.query = *parsed;
        self->receive(std::move(q));
    });
    tcp::ConnectionOptions options;
    options.msl = net_.settings().msl;
    node_.tcp().listen(
        kPort,
        [self](tcp::Connection& c) {
            auto stream = std::make_shared<Bytes>();
            c.onReadable = [self, &c, stream] {
                const Bytes more = c.read(std::size_t{1} << 20);
                stream->insert(stream->end(), more.begin(), more.end());
                // RFC 7766 §6.2.1: several queries may arrive on one connection.
                while (auto framed = unframeTcp(*stream)) {
                    auto parsed = parse(framed->message);
                    const std::size_t used = framed->consumed;
                    if (parsed && !parsed->header.qr) {
                        ClientQuery q;
                        q.client = c.ref().remoteAddress;
                        q.port = c.ref().remotePort;
                        q.tcp = true;
                        q.connection = &c;
                        q.query = *parsed;
                        self->receive(std::move(q));
                    }
                    stream->erase(stream->begin(),
                                  stream->begin() + static_cast<std::ptrdiff_t>(used));
                }
            };
            c.onPeerClosed = [&c] { c.close(); };
        },
        options);
}

void ServerApp::receive(ClientQuery q) {
    q.lookup = net_.nextDnsLookup();
    q.started = net_.now();
    const Header& h = q.query.header;
    const bool one = q.query.questions.size() == 1;
    const std::string name = one ? q.query.questions[0].name : std::string(".");
    const std::uint16_t type = one ? q.query.questions[0].type : 0;
    net_.emit(DnsQueryReceived{node_.id(), q.lookup, q.client, q.port, h.id, absoluteText(name),
                               type, h.rd, q.tcp});
    net_.emit(DnsLookupStarted{node_.id(), q.lookup, absoluteText(name), type, roleOf(config_.role),
                               DnsServed{q.client, q.port, h.id, q.tcp}});
    if (h.opcode != kOpcodeQuery || !one || q.query.questions[0].klass != kClassIn) {
        LookupResult r;
        r.kind = DnsAnswerKind::Refused;
        r.rcode = h.opcode != kOpcodeQuery ? kRcodeNotImp : one ? kRcodeRefused : kRcodeFormErr;
        respond(q, r, false);
        return;
    }
    switch (config_.role) {
    case ServerRole::Authoritative:
        answerFromZones(q);
        return;
    case ServerRole::Resolver:
        resolve(q);
        return;
    case ServerRole::Forwarder:
        forward(q);
        return;
    }
}

void ServerApp::answerFromZones(const ClientQuery& q) {
    const Question& question = q.query.questions[0];
    const Zone* zone = closestZone(config_.zones, question.name);
    LookupResult r;
    r.source = DnsPlace::Zone;
    bool aa = false;
    if (zone) {
        ZoneAnswer z = lookupZone(*zone, question.name, question.type);
        r.kind = z.kind;
        r.rcode = z.rcode;
        r.answers = std::move(z.answers);
        r.authorities = std::move(z.authorities);
        r.additionals = std::move(z.additionals);
        aa = z.aa;
    } else {
        r.kind = DnsAnswerKind::Refused; // not our zone, and we do not recurse
        r.rcode = kRcodeRefused;
    }
    net_.emit(DnsPlaceChecked{node_.id(), q.lookup, DnsPlace::Zone, absoluteText(question.name),
                              question.type, r.kind == DnsAnswerKind::Answer,
                              r.kind == DnsAnswerKind::NxDomain || r.kind == DnsAnswerKind::NoData,
                              0});
    respond(q, r, aa);
}

void ServerApp::respond(const ClientQuery& q, const LookupResult& r, bool aa) {
    Message m;
    m.header.id = q.query.header.id;
    m.header.qr = true;
    m.header.opcode = q.query.header.opcode;
    m.header.aa = aa;
    m.header.rd = q.query.header.rd;                         // RFC 1035 §4.1.1: copied
    m.header.ra = config_.role != ServerRole::Authoritative; // we recurse for clients
    m.header.rcode = r.rcode;
    m.questions = q.query.questions;
    m.answers = r.answers;
    m.authorities = r.authorities;
    m.additionals = r.additionals;
    sendMessage(q, m, r.kind);

    DnsLookupFinished done;
    done.device = node_.id();
    done.lookup = q.lookup;
    const std::string name = q.query.questions.empty() ? "." : q.query.questions[0].name;
    done.name = absoluteText(name);
    done.qtype = q.query.questions.empty() ? 0 : q.query.questions[0].type;
    done.outcome = outcomeOf(r.kind);
    done.source = r.source;
    std::string canonical = name;
    std::vector<Ipv4Address> addresses;
    for (const Record& rec : r.answers) {
        if (rec.type == kTypeA)
            addresses.push_back(std::get<Ipv4Address>(rec.data));
        if (rec.type == kTypeCname && sameName(rec.name, canonical))
            canonical = std::get<DomainName>(rec.data).name;
    }
    done.addresses = std::move(addresses);
    done.canonical = absoluteText(canonical);
    done.elapsed = net_.now() - q.started;
    net_.emit(std::move(done));
}

void ServerApp::sendMessage(const ClientQuery& q, const Message& full, DnsAnswerKind kind) {
    auto bytes = emit(full);
    Message sent = full;
    if (bytes && !q.tcp && bytes->size() > kMaxUdpMessage) {
        // RFC 1035 §4.2.1, RFC 2181 §9: too big for UDP. Send the header and question with
        // TC=1; the client asks again over TCP.
        sent.header.tc = true;
        sent.answers.clear();
        sent.authorities.clear();
        sent.additionals.clear();
        bytes = emit(sent);
    }
    if (!bytes)
        return; // our own data broke a limit (validated lab files do not)
    DnsResponseSent e;
    e.device = node_.id();
    e.lookup = q.lookup;
    e.peer = q.client;
    e.peerPort = q.port;
    e.id = sent.header.id;
    e.name = absoluteText(sent.questions.empty() ? "." : sent.questions[0].name);
    e.qtype = sent.questions.empty() ? 0 : sent.questions[0].type;
    e.kind = kind;
    e.aa = sent.header.aa;
    e.ra = sent.header.ra;
    e.tc = sent.header.tc;
    e.rcode = sent.header.rcode;
    e.tcp = q.tcp;
    e.records = messageRecords(sent);
    net_.emit(std::move(e));
    if (q.tcp) {
        if (q.connection && (q.connection->state() == TcpState::Established ||
                             q.connection->state() == TcpState::CloseWait))
            q.connection->send(frameForTcp(*bytes).value());
        return;
    }
    UdpSend how;
    how.sourcePort = kPort;
    node_.sendUdp(q.client, q.port, *bytes, how);
}

void startServer(IpNode& node, ServerConfig config) {
    std::make_shared<ServerApp>(node, std::move(config))->start();
}

} // namespace ww::dns
