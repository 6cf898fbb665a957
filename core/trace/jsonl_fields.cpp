// The members of each event kind in the JSON Lines trace (docs/trace-format.md).
#include "trace/jsonl_writer.h"

namespace ww {

namespace {

std::uint64_t dev(DeviceId d) {
    return d;
}

struct FieldWriter {
    JsonLine& j;

    void operator()(const PduBuilt& e) {
        j.num("device", dev(e.device))
            .str("layer", toString(e.layer))
            .str("protocol", toString(e.protocol))
            .str("pdu_name", toString(e.name))
            .pdu("pdu", e.pdu);
    }
    // Encapsulation and decapsulation have the same members.
    template <typename HeaderChange> void header(const HeaderChange& e) {
        j.num("device", e.device)
            .str("layer", toString(e.layer))
            .str("protocol", toString(e.protocol))
            .str("pdu_name", toString(e.name))
            .num("header_len", e.headerLen)
            .num("trailer_len", e.trailerLen)
            .pdu("pdu", e.pdu);
    }
    void operator()(const HeaderPushed& e) { header(e); }
    void operator()(const HeaderPopped& e) { header(e); }
    void operator()(const FrameTxStart& e) {
        j.num("link", e.link)
            .num("from", e.from)
            .num("port", e.port)
            .num("frame_id", e.frameId)
            .snum("tx_end_ns", e.txEnd)
            .snum("arrival_ns", e.arrival)
            .pdu("frame", e.frame);
    }
    void operator()(const FrameTxEnd& e) {
        j.num("link", e.link).num("from", e.from).num("port", e.port).num("frame_id", e.frameId);
    }
    void operator()(const FrameArrival& e) {
        j.num("link", e.link)
            .num("to", e.to)
            .num("port", e.port)
            .num("frame_id", e.frameId)
            .boolean("corrupted", e.corrupted)
            .pdu("frame", e.frame);
    }
    void operator()(const ReceiveCheck& e) {
        j.num("device", e.device)
            .num("port", e.port)
            .str("check", toString(e.check))
            .boolean("passed", e.passed)
            .num("expected", e.expected)
            .num("actual", e.actual)
            .pdu("pdu", e.pdu);
    }
    void operator()(const SwitchDecision& e) {
        j.num("device", e.device)
            .num("in_port", e.inPort)
            .num("frame_id", e.frameId)
            .mac("destination", e.destination)
            .str("action", toString(e.action))
            .boolean("table_hit", e.tableHit)
            .ports("out_ports", e.outPorts);
    }
    void operator()(const MacTableChanged& e) {
        j.num("device", e.device)
            .mac("mac", e.mac)
            .num("port", e.port)
            .str("change", toString(e.change));
    }
    void operator()(const RouterDecision& e) {
        j.num("device", e.device)
            .num("in_port", e.inPort)
            .ip("destination", e.destination)
            .str("route_prefix", e.route.prefix.toString() + "/" + std::to_string(e.route.length))
            .ip("route_next_hop", e.route.nextHop)
            .num("route_interface", e.route.port)
            .str("route_kind", toString(e.route.kind))
            .ip("next_hop", e.nextHop)
            .num("ttl_before", e.ttlBefore)
            .num("ttl_after", e.ttlAfter)
            .num("checksum_before", e.checksumBefore)
            .num("checksum_after", e.checksumAfter)
            .pdu("packet", e.packet);
    }
    void operator()(const FrameRebuilt& e) {
        j.num("device", e.device)
            .mac("old_source", e.oldSource)
            .mac("old_destination", e.oldDestination)
            .mac("new_source", e.newSource)
            .mac("new_destination", e.newDestination)
            .num("out_port", e.outPort)
            .pdu("frame", e.frame);
    }
    void operator()(const Fragmented& e) {
        j.num("device", e.device)
            .num("mtu", e.mtu)
            .pdu("original", e.original)
            .pdus("fragments", e.fragments);
    }
    void operator()(const FragmentHeld& e) {
        j.num("device", e.device)
            .ip("source", e.source)
            .num("identification", e.identification)
            .num("offset", e.offsetBytes)
            .num("length", e.length)
            .boolean("last", e.last);
    }
    void operator()(const Reassembled& e) {
        j.num("device", e.device).num("fragments", e.fragmentCount).pdu("datagram", e.datagram);
    }
    void operator()(const ArpCacheChanged& e) {
        j.num("device", e.device)
            .num("port", e.port)
            .ip("ip", e.ip)
            .mac("mac", e.mac)
            .str("change", toString(e.change));
    }
    void operator()(const ArpResolution& e) {
        j.num("device", e.device)
            .num("port", e.port)
            .ip("ip", e.ip)
            .str("step", toString(e.step))
            .num("attempt", e.attempt)
            .num("queued", e.queued);
    }
    void operator()(const Delivered& e) {
        j.num("device", e.device)
            .str("protocol", toString(e.protocol))
            .num("port", e.port)
            .pdu("pdu", e.pdu);
    }
    void operator()(const PingReply& e) {
        j.num("device", e.device)
            .ip("from", e.from)
            .num("identifier", e.identifier)
            .num("sequence", e.sequence)
            .num("ttl", e.ttl)
            .snum("rtt_ns", e.rtt)
            .num("bytes", e.bytes);
    }
    void operator()(const IcmpErrorReceived& e) {
        j.num("device", e.device)
            .ip("from", e.from)
            .num("icmp_type", e.type)
            .num("icmp_code", e.code)
            .num("next_hop_mtu", e.nextHopMtu)
            .ip("original_destination", e.originalDestination);
    }
    void operator()(const ScenarioStep& e) {
        j.num("device", e.device)
            .str("action", toString(e.action))
            .ip("target", e.target)
            .num("index", e.index);
    }
    void conn(const TcpConnectionRef& c) {
        j.num("device", c.device)
            .num("connection", c.connection)
            .ip("local_address", c.localAddress)
            .num("local_port", c.localPort)
            .ip("remote_address", c.remoteAddress)
            .num("remote_port", c.remotePort);
    }
    void operator()(const TcpStateChanged& e) {
        conn(e.conn);
        j.str("from", toString(e.from)).str("to", toString(e.to));
    }
    void operator()(const TcpRttSample& e) {
        conn(e.conn);
        j.snum("rtt_ns", e.rtt)
            .snum("srtt_ns", e.srtt)
            .snum("rttvar_ns", e.rttvar)
            .snum("rto_ns", e.rto);
    }
    void operator()(const TcpRtoChanged& e) {
        conn(e.conn);
        j.str("change", toString(e.change))
            .snum("srtt_ns", e.srtt)
            .snum("rttvar_ns", e.rttvar)
            .snum("rto_ns", e.rto);
    }
    void operator()(const TcpCongestion& e) {
        conn(e.conn);
        j.str("change", toString(e.change)).num("cwnd", e.cwnd).num("ssthresh", e.ssthresh);
    }
    void operator()(const TcpRetransmit& e) {
        conn(e.conn);
        j.str("reason", toString(e.reason)).num("sequence", e.sequence).num("length", e.length);
    }
    void operator()(const DhcpExchange& e) {
        j.num("device", e.device)
            .boolean("server", e.server)
            .boolean("sent", e.sent)
            .num("message_type", e.type)
            .num("xid", e.xid)
            .mac("client", e.client)
            .ip("your_address", e.yourAddress);
    }
    void operator()(const DhcpLeaseGranted& e) {
        j.num("device", e.device)
            .mac("client", e.client)
            .ip("address", e.address)
            .num("lease_seconds", e.leaseSeconds);
    }
    void operator()(const InterfaceConfigured& e) {
        j.num("device", e.device)
            .num("port", e.port)
            .ip("address", e.address)
            .num("prefix_length", e.prefixLength)
            .ip("gateway", e.gateway)
            .ip("dns", e.dns)
            .ip("server", e.server)
            .num("lease_seconds", e.leaseSeconds);
    }
    void operator()(const NatMappingChanged& e) {
        j.num("device", e.device)
            .num("protocol", e.protocol)
            .ip("inside_address", e.insideAddress)
            .num("inside_port", e.insidePort)
            .ip("global_address", e.globalAddress)
            .num("global_port", e.globalPort)
            .boolean("created", e.created);
    }
    void operator()(const DnsLookupStarted& e) {
        j.num("device", e.device)
            .num("lookup", e.lookup)
            .str("name", e.name)
            .num("qtype", e.qtype)
            .str("role", toString(e.role))
            .ip("client", e.served.client)
            .num("client_port", e.served.port)
            .num("id", e.served.id)
            .boolean("tcp", e.served.tcp);
    }
    void operator()(const DnsPlaceChecked& e) {
        j.num("device", e.device)
            .num("lookup", e.lookup)
            .str("place", toString(e.place))
            .str("name", e.name)
            .num("qtype", e.qtype)
            .boolean("hit", e.hit)
            .boolean("negative", e.negative)
            .num("ttl_left", e.ttlLeft);
    }
    void operator()(const DnsQuerySent& e) {
        j.num("device", e.device)
            .num("lookup", e.lookup)
            .ip("server", e.server)
            .num("source_port", e.sourcePort)
            .num("id", e.id)
            .str("name", e.name)
            .num("qtype", e.qtype)
            .boolean("rd", e.recursionDesired)
            .boolean("tcp", e.tcp)
            .num("attempt", e.attempt);
    }
    void operator()(const DnsQueryReceived& e) {
        j.num("device", e.device)
            .num("lookup", e.lookup)
            .ip("client", e.client)
            .num("client_port", e.clientPort)
            .num("id", e.id)
            .str("name", e.name)
            .num("qtype", e.qtype)
            .boolean("rd", e.recursionDesired)
            .boolean("tcp", e.tcp);
    }
    void response(const DnsResponseInfo& e) {
        j.num("device", e.device)
            .num("lookup", e.lookup)
            .ip("peer", e.peer)
            .num("peer_port", e.peerPort)
            .num("id", e.id)
            .str("name", e.name)
            .num("qtype", e.qtype)
            .str("kind", toString(e.kind))
            .boolean("aa", e.aa)
            .boolean("ra", e.ra)
            .boolean("tc", e.tc)
            .num("rcode", e.rcode)
            .boolean("tcp", e.tcp)
            .dnsRecords("records", e.records);
    }
    void operator()(const DnsResponseSent& e) { response(e); }
    void operator()(const DnsResponseReceived& e) { response(e); }
    void operator()(const DnsCacheChanged& e) {
        j.num("device", e.device)
            .str("cache", toString(e.cache))
            .str("change", toString(e.change))
            .str("name", e.name)
            .num("qtype", e.qtype)
            .num("ttl", e.ttl)
            .str("data", e.data);
    }
    void operator()(const DnsLookupFinished& e) {
        j.num("device", e.device)
            .num("lookup", e.lookup)
            .str("name", e.name)
            .num("qtype", e.qtype)
            .str("outcome", toString(e.outcome))
            .str("source", toString(e.source))
            .ips("addresses", e.addresses)
            .str("canonical", e.canonical)
            .snum("elapsed_ns", e.elapsed);
    }
    void operator()(const TracerouteProbeSent& e) {
        j.num("device", e.device)
            .num("run", e.run)
            .str("probe", toString(e.probe))
            .ip("target", e.target)
            .num("ttl", e.ttl)
            .num("probe_index", e.probeIndex)
            .num("max_hops", e.maxHops)
            .num("source_port", e.sourcePort)
            .num("destination_port", e.destinationPort)
            .num("identifier", e.identifier)
            .num("sequence", e.sequence)
            .num("bytes", e.bytes);
    }
    void operator()(const TracerouteProbeResult& e) {
        j.num("device", e.device)
            .num("run", e.run)
            .num("ttl", e.ttl)
            .num("probe_index", e.probeIndex)
            .boolean("answered", e.answered)
            .ip("from", e.from)
            .num("icmp_type", e.type)
            .num("icmp_code", e.code)
            .snum("rtt_ns", e.rtt)
            .boolean("finished", e.finished);
    }
    void operator()(const Drop& e) {
        if (e.device != kNoDevice)
            j.num("device", e.device);
        if (e.link != kNoLink)
            j.num("link", e.link);
        j.str("reason", toString(e.reason)).num("frame_id", e.frameId).pdu("pdu", e.pdu);
    }
};

} // namespace

void writeEventFields(JsonLine& line, const EventKind& kind) {
    std::visit(FieldWriter{line}, kind);
}

} // namespace ww
