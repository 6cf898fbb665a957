#include "lab/lab_builder.h"

#include "apps/dhcp.h"
#include "apps/http.h"
#include "lab/device_names.h"
#include "lab/lab_builder_dns.h"
#include "lab/lab_json_dns.h"
#include "net/ip_node.h"
#include "net/l2_switch.h"
#include "net/l3_switch.h"
#include "net/ping.h"
#include "net/traceroute.h"
#include "transport/tcp_layer.h"

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace ww::lab {

MacAddress defaultMac(std::size_t deviceIndex, std::size_t interfaceIndex) {
    return MacAddress::local(((deviceIndex + 1) << 8) | ((interfaceIndex + 1) & 0xff));
}

NetworkSettings toNetworkSettings(const Settings& s) {
    NetworkSettings n;
    n.arpTimeout = secondsToTime(s.arpTimeout);
    n.arpRetryInterval = secondsToTime(s.arpRetryInterval);
    n.arpRetries = s.arpRetries;
    n.macAgeing = secondsToTime(s.macAgeing);
    n.reassemblyTimeout = secondsToTime(s.reassemblyTimeout);
    n.msl = secondsToTime(s.msl);
    n.ackDelay = secondsToTime(s.ackDelay);
    return n;
}

namespace {

// A slow application: every `interval` it reads at most `bytes`; it stops once the
// connection is closed and nothing is left to read.
void scheduleReads(Network& net, tcp::Connection& c, std::size_t bytes, SimTime interval) {
    net.sim().schedule(interval, [&net, &c, bytes, interval] {
        c.read(bytes);
        if (c.state() != TcpState::Closed || c.readable() > 0)
            scheduleReads(net, c, bytes, interval);
    });
}

// What the lab web servers serve at "/".
const char* const kSamplePage =
    "<!DOCTYPE html>\n<html lang=\"ko\">\n<head><meta "
    "charset=\"utf-8\"><title>Wirewalk</title></head>\n"
    "<body><h1>Hello from the web server</h1><p>This page came over HTTP/1.1, in TCP segments, "
    "in IP packets, in Ethernet frames.</p></body>\n</html>\n";

void addIpConfig(IpNode& node, const Device& d, std::size_t deviceIndex) {
    for (std::size_t i = 0; i < d.interfaces.size(); ++i) {
        const Interface& itf = d.interfaces[i];
        const MacAddress mac = itf.mac.value_or(defaultMac(deviceIndex, i));
        const PortIndex port = node.addPort(itf.name, mac);
        node.addInterface(port, mac, itf.address);
    }
}

tcp::ConnectionOptions tcpOptions(const IpNode& node, const Device& d) {
    tcp::ConnectionOptions options;
    options.msl = node.network().settings().msl;
    if (d.delayedAck)
        options.ackDelay = node.network().settings().ackDelay;
    return options;
}

// A TCP application on a port: a sink that reads everything at once and closes when the
// peer does, or a slow reader (flow control) that reads a little at a time.
void listenTcp(IpNode& node, const TcpListen& t, tcp::ConnectionOptions options) {
    options.receiveBuffer = static_cast<std::uint32_t>(t.buffer);
    Network& net = node.network();
    node.tcp().listen(
        t.port,
        [&net, t](tcp::Connection& c) {
            if (t.readBytes == 0)
                c.onReadable = [&c] { c.read(std::size_t{1} << 30); };
            else
                scheduleReads(net, c, static_cast<std::size_t>(t.readBytes),
                              secondsToTime(t.readInterval));
            if (t.closeAt) {
                net.sim().scheduleAt(secondsToTime(*t.closeAt), [&c] { c.close(); });
            } else {
                c.onPeerClosed = [&c] { c.close(); };
            }
        },
        options);
}

void addRoutes(IpNode& node, const Device& d) {
    for (const Route& r : d.routes)
        node.addRoute(r.destination, r.via);
    if (d.gateway)
        node.setDefaultGateway(*d.gateway);
    for (Ipv4Address g : d.multicastGroups)
        node.joinGroup(g);
    for (std::uint16_t p : d.udpListen)
        node.bindUdp(p);
    if (d.httpServer)
        http::serve(node, 80, kSamplePage);
    if (d.nat) {
        auto index = [&d](const std::string& name) {
            for (std::size_t i = 0; i < d.interfaces.size(); ++i)
                if (d.interfaces[i].name == name)
                    return i;
            return std::size_t{0};
        };
        std::vector<std::pair<Ipv4Address, Ipv4Address>> statics;
        for (const StaticNat& sn : d.nat->statics)
            statics.emplace_back(sn.inside, sn.global);
        node.enableNat(index(d.nat->inside), index(d.nat->outside), secondsToTime(d.nat->timeout),
                       std::move(statics));
    }
    for (const TcpListen& t : d.tcpListen)
        listenTcp(node, t, tcpOptions(node, d));
    if (d.dhcpServer) {
        const DhcpServer& s = *d.dhcpServer;
        dhcp::ServerConfig config;
        for (std::size_t i = 0; i < d.interfaces.size(); ++i)
            if (d.interfaces[i].name == s.interface)
                config.interface = i;
        config.poolStart = s.poolStart;
        config.poolEnd = s.poolEnd;
        config.gateway = s.gateway;
        config.dns = s.dns;
        config.leaseSeconds = static_cast<std::uint32_t>(s.lease);
        dhcp::startServer(node, config);
    }
    if (d.resolver)
        node.resolver().configure(toStubConfig(*d.resolver));
    if (d.dhcpClient)
        dhcp::startClient(node, 0, 0);
    if (d.dns)
        startDnsServer(node, *d.dns);
}

IpNode* buildDevice(Network& net, const Device& d, std::size_t index) {
    IpNodeOptions options;
    options.directedBroadcast = d.directedBroadcast;
    options.internet = d.internet;
    switch (d.type) {
    case DeviceType::Host: {
        auto& h = net.addDevice<Host>(d.name);
        addIpConfig(h, d, index);
        return &h;
    }
    case DeviceType::Router: {
        auto& r = net.addDevice<Router>(d.name, options);
        addIpConfig(r, d, index);
        return &r;
    }
    case DeviceType::Switch: {
        auto& s = net.addDevice<L2Switch>(d.name);
        for (std::size_t i = 0; i < d.interfaces.size(); ++i)
            s.addPort(d.interfaces[i].name, d.interfaces[i].mac.value_or(defaultMac(index, i)));
        return nullptr;
    }
    case DeviceType::L3Switch: {
        auto& s = net.addDevice<L3Switch>(d.name, options);
        for (std::size_t i = 0; i < d.interfaces.size(); ++i) {
            const Interface& itf = d.interfaces[i];
            const PortIndex p = s.addPort(itf.name, itf.mac.value_or(defaultMac(index, i)));
            s.assignPort(p, itf.vlan);
        }
        for (std::size_t v = 0; v < d.vlans.size(); ++v) {
            const Vlan& vlan = d.vlans[v];
            // SVI MACs after the port MACs so they never collide.
            s.addVlan(vlan.id, vlan.mac.value_or(defaultMac(index, d.interfaces.size() + v)),
                      vlan.address);
        }
        return &s;
    }
    }
    return nullptr;
}

LinkParams toLinkParams(const Link& l) {
    LinkParams p;
    p.bandwidthBps = l.bandwidthBps;
    p.delay = secondsToTime(l.delaySeconds);
    p.mtu = static_cast<std::uint32_t>(l.mtu);
    p.loss = l.loss;
    p.bitErrorRate = l.bitErrorRate;
    p.queueFrames = static_cast<std::uint32_t>(l.queueFrames);
    p.loseFrames = l.loseFrames;
    return p;
}

void startTcpTransfer(IpNode& node, const Action& a, const tcp::ConnectionOptions& options) {
    tcp::Connection* c = node.tcp().connect(a.to, a.port, options, a.localPort);
    if (!c)
        return; // no route: the drop is in the trace
    if (a.closeAt)
        node.network().sim().scheduleAt(secondsToTime(*a.closeAt), [c] { c->close(); });
    const bool close = a.close && !a.closeAt;
    // A-Z repeated, made segment by segment as the connection sends (up to 2 GB an action).
    const auto size = static_cast<std::uint64_t>(a.size);
    // The payload was once held as a PDU here; an empty one keeps its id used, so every
    // later PDU id, and every trace, stays as it was.
    (void)node.network().makePdu(Bytes{});
    c->onEstablished = [c, size, close] {
        if (size != 0)
            c->sendPattern(size);
        if (close)
            c->close();
    };
    c->onReadable = [c] { c->read(std::size_t{1} << 30); };
}

// The trace's name for a lab action. No default: a new action type stops the
// build here (-Wswitch is an error) instead of being logged as another action.
ActionKind actionKind(ActionType type) {
    switch (type) {
    case ActionType::Ping:
        return ActionKind::Ping;
    case ActionType::UdpSend:
        return ActionKind::UdpSend;
    case ActionType::TcpTransfer:
        return ActionKind::TcpConnect;
    case ActionType::HttpGet:
        return ActionKind::HttpGet;
    case ActionType::Dns:
        return ActionKind::DnsLookup;
    case ActionType::Traceroute:
        return ActionKind::Traceroute;
    }
    Q_UNREACHABLE();
    return ActionKind::Ping;
}

// A repeated action's state, shared by the one repetition pending at a time.
struct Series {
    Simulator& sim;
    RunAction run;
    Action action;
    std::uint64_t firstSeq;
};

void scheduleRepetition(std::shared_ptr<Series> series, int i) {
    Series& s = *series;
    s.sim.scheduleReserved(secondsToTime(s.action.at + s.action.interval * i),
                           s.firstSeq + static_cast<std::uint64_t>(i),
                           [series = std::move(series), i]() mutable {
                               if (i + 1 < series->action.count)
                                   scheduleRepetition(series, i + 1);
                               series->run(series->action, i);
                           });
}

void scheduleAction(Network& net, IpNode& node, const Action& action, const Device& d) {
    // One ping session per action, like one run of the ping program.
    const std::uint16_t session = action.type == ActionType::Ping ? node.ping().openSession() : 0;
    const tcp::ConnectionOptions options = tcpOptions(node, d);
    // One UDP socket per action: a stream keeps its source port (taken at the first send).
    auto udpPort = std::make_shared<std::uint16_t>(action.localPort);
    RunAction run = [&net, &node, session, options, udpPort](const Action& a, int i) {
        net.emit(ScenarioStep{node.id(), actionKind(a.type), a.to, static_cast<std::uint32_t>(i)});
        // No default: a new action type stops the build here until it is started.
        switch (a.type) {
        case ActionType::Dns:
            return; // only by name: scheduleByName
        case ActionType::TcpTransfer:
            startTcpTransfer(node, a, options);
            return;
        case ActionType::HttpGet:
            http::get(node, a.to, a.port, a.path, a.name);
            return;
        case ActionType::Traceroute:
            node.traceroute().start(TracerouteOptions{
                a.to, a.probe == ProbeKind::Icmp ? TracerouteProbe::Icmp : TracerouteProbe::Udp,
                a.maxHops, secondsToTime(a.wait)});
            return;
        case ActionType::Ping:
            node.ping().sendEcho(session, a.to, static_cast<std::uint16_t>(a.size),
                                 static_cast<std::uint8_t>(a.ttl), a.dontFragment);
            return;
        case ActionType::UdpSend: {
            Bytes payload(static_cast<std::size_t>(a.size));
            for (std::size_t k = 0; k < payload.size(); ++k)
                payload[k] = static_cast<std::uint8_t>('a' + k % 26);
            UdpSend how;
            how.ttl = static_cast<std::uint8_t>(a.ttl);
            how.sourcePort = *udpPort;
            *udpPort = node.sendUdp(a.to, a.port, payload, how);
            return;
        }
        }
    };
    if (action.type == ActionType::Dns || !action.name.empty()) {
        scheduleByName(net, node, action, run);
        return;
    }
    if (action.count <= 0)
        return;
    // One heap entry per repeated action instead of `count` (a 3,200-host ping lab held
    // 1.6 million), each repetition in the (time, seq) slot it had when all were scheduled at once.
    auto series = std::make_shared<Series>(
        Series{net.sim(), run, action, net.sim().reserveSequence(action.count)});
    scheduleRepetition(std::move(series), 0);
}

} // namespace

std::unique_ptr<Network> buildNetwork(const Lab& lab, std::uint64_t seed) {
    auto net = std::make_unique<Network>(seed, toNetworkSettings(lab.settings));
    std::vector<IpNode*> ipNodes;
    for (std::size_t i = 0; i < lab.devices.size(); ++i)
        ipNodes.push_back(buildDevice(*net, lab.devices[i], i));
    // Routes after all interfaces exist: a route's next hop must be on-link.
    for (std::size_t i = 0; i < lab.devices.size(); ++i)
        if (ipNodes[i])
            addRoutes(*ipNodes[i], lab.devices[i]);
    // Names looked up once per link and action: by index, not one by one (a lab
    // of 40,000 hosts loads in linear time).
    std::unordered_map<std::string_view, ww::Device*> byName;
    byName.reserve(net->devices().size());
    for (const auto& d : net->devices())
        byName.emplace(d->name(), d.get());
    auto findDevice = [&byName](const std::string& name) -> ww::Device* {
        const auto it = byName.find(name);
        return it == byName.end() ? nullptr : it->second;
    };
    const DeviceNames labNames(lab);
    for (const Link& l : lab.links) {
        ww::Device* a = findDevice(l.a.device);
        ww::Device* b = findDevice(l.b.device);
        if (!a || !b)
            continue; // validation rejects these; never crash on a lab built in code
        const int pa = a->findPort(l.a.interface);
        const int pb = b->findPort(l.b.interface);
        if (pa < 0 || pb < 0)
            continue;
        net->connect(l.name, *a, static_cast<PortIndex>(pa), *b, static_cast<PortIndex>(pb),
                     toLinkParams(l));
    }
    for (const Action& a : lab.scenario) {
        auto* node = dynamic_cast<IpNode*>(findDevice(a.from));
        if (node)
            scheduleAction(*net, *node, a, *labNames.find(a.from));
    }
    return net;
}

} // namespace ww::lab
