// Lab -> JSON, canonical: keys in a fixed order, defaults written out, so a
// saved file diffs cleanly and parseLab(toJson(lab)) == lab.
#include "lab/lab_json.h"
#include "lab/lab_json_dns.h"
#include "lab/lab_json_resolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ww::lab {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

const char* typeName(DeviceType t) {
    switch (t) {
    case DeviceType::Host:
        return "host";
    case DeviceType::Switch:
        return "switch";
    case DeviceType::Router:
        return "router";
    case DeviceType::L3Switch:
        return "l3switch";
    }
    return "host";
}

QJsonObject deviceJson(const Device& d) {
    QJsonObject o;
    o["name"] = q(d.name);
    o["type"] = typeName(d.type);
    if (!d.role.empty())
        o["role"] = q(d.role);
    o["position"] = QJsonArray{d.x, d.y};
    QJsonArray ifs;
    for (const Interface& i : d.interfaces) {
        QJsonObject io;
        io["name"] = q(i.name);
        if (i.mac)
            io["mac"] = q(i.mac->toString());
        if (i.address)
            io["address"] = q(i.address->toString());
        if (i.vlan)
            io["vlan"] = i.vlan;
        ifs.append(io);
    }
    o["interfaces"] = ifs;
    if (d.gateway)
        o["gateway"] = q(d.gateway->toString());
    if (!d.routes.empty()) {
        QJsonArray routes;
        for (const Route& r : d.routes)
            routes.append(QJsonObject{{"destination", q(r.destination.toString())},
                                      {"via", q(r.via.toString())}});
        o["routes"] = routes;
    }
    if (!d.vlans.empty()) {
        QJsonArray vlans;
        for (const Vlan& v : d.vlans) {
            QJsonObject vo{{"id", v.id}, {"address", q(v.address.toString())}};
            if (v.mac)
                vo["mac"] = q(v.mac->toString());
            vlans.append(vo);
        }
        o["vlans"] = vlans;
    }
    if (!d.multicastGroups.empty()) {
        QJsonArray groups;
        for (Ipv4Address g : d.multicastGroups)
            groups.append(q(g.toString()));
        o["multicast_groups"] = groups;
    }
    if (!d.udpListen.empty()) {
        QJsonArray ports;
        for (std::uint16_t p : d.udpListen)
            ports.append(p);
        o["udp_listen"] = ports;
    }
    if (d.nat) {
        QJsonObject nat{{"inside", q(d.nat->inside)},
                        {"outside", q(d.nat->outside)},
                        {"timeout", d.nat->timeout}};
        if (!d.nat->statics.empty()) {
            QJsonArray statics;
            for (const StaticNat& sn : d.nat->statics)
                statics.append(QJsonObject{{"inside", q(sn.inside.toString())},
                                           {"global", q(sn.global.toString())}});
            nat["static"] = statics;
        }
        o["nat"] = nat;
    }
    if (d.dhcpClient)
        o["dhcp_client"] = true;
    if (d.resolver)
        o["resolver"] = resolverJson(*d.resolver);
    if (d.dhcpServer) {
        const DhcpServer& s = *d.dhcpServer;
        QJsonObject so{{"interface", q(s.interface)},
                       {"pool", QJsonArray{q(s.poolStart.toString()), q(s.poolEnd.toString())}},
                       {"lease", s.lease}};
        if (s.gateway)
            so["gateway"] = q(s.gateway->toString());
        if (s.dns)
            so["dns"] = q(s.dns->toString());
        o["dhcp_server"] = so;
    }
    writeDnsServer(d, o);
    if (d.delayedAck)
        o["delayed_ack"] = true;
    if (d.httpServer)
        o["http_server"] = true;
    if (!d.tcpListen.empty()) {
        QJsonArray ports;
        for (const TcpListen& t : d.tcpListen) {
            if (t.isPlainSink()) {
                ports.append(t.port); // a plain sink stays a plain number
                continue;
            }
            QJsonObject to{{"port", t.port},
                           {"buffer", t.buffer},
                           {"read_bytes", t.readBytes},
                           {"read_interval", t.readInterval}};
            if (t.closeAt)
                to["close_at"] = *t.closeAt;
            ports.append(to);
        }
        o["tcp_listen"] = ports;
    }
    if (d.type == DeviceType::Router) {
        o["directed_broadcast"] = d.directedBroadcast;
        o["internet"] = d.internet;
    }
    return o;
}

QJsonObject linkJson(const Link& l) {
    QJsonObject o{{"name", q(l.name)},
                  {"a", q(l.a.device + ":" + l.a.interface)},
                  {"b", q(l.b.device + ":" + l.b.interface)},
                  {"bandwidth", static_cast<double>(l.bandwidthBps)},
                  {"delay", l.delaySeconds},
                  {"mtu", l.mtu},
                  {"loss", l.loss},
                  {"ber", l.bitErrorRate},
                  {"queue", l.queueFrames}};
    if (!l.loseFrames.empty()) {
        QJsonArray lose;
        for (int n : l.loseFrames)
            lose.append(n);
        o["lose"] = lose;
    }
    return o;
}

const char* actionName(ActionType t) {
    switch (t) {
    case ActionType::Ping:
        return "ping";
    case ActionType::UdpSend:
        return "udp";
    case ActionType::TcpTransfer:
        return "tcp";
    case ActionType::HttpGet:
        return "http";
    case ActionType::Dns:
        return "dns";
    case ActionType::Traceroute:
        return "traceroute";
    }
    return "ping";
}

QJsonObject actionJson(const Action& a) {
    QJsonObject o{{"at", a.at},        {"action", actionName(a.type)},
                  {"from", q(a.from)}, {"to", q(a.to.toString())},
                  {"count", a.count},  {"interval", a.interval},
                  {"size", a.size},    {"ttl", a.ttl}};
    if (a.type == ActionType::Ping)
        o["df"] = a.dontFragment;
    else
        o["port"] = a.port;
    if (a.type == ActionType::HttpGet) {
        o.remove("ttl");
        o.remove("size");
        o["path"] = q(a.path);
    }
    if (a.type == ActionType::TcpTransfer) {
        o.remove("ttl"); // TCP picks its own
        o["close"] = a.close;
        if (a.closeAt)
            o["close_at"] = *a.closeAt;
    }
    if (a.localPort != 0)
        o["local_port"] = a.localPort;
    if (a.type == ActionType::Dns)
        for (const char* key : {"to", "size", "ttl", "port"})
            o.remove(key);
    if (a.type == ActionType::Traceroute) {
        for (const char* key : {"size", "ttl", "port"})
            o.remove(key);
        o["probe"] = a.probe == ProbeKind::Icmp ? "icmp" : "udp";
        o["max_hops"] = a.maxHops;
        o["wait"] = a.wait;
    }
    writeActionTarget(a, o);
    return o;
}

// The plain string form while there is no Korean, so English-only files stay as written.
QJsonValue localText(const LocalText& t) {
    if (t.ko.empty())
        return q(t.en);
    return QJsonObject{{"en", q(t.en)}, {"ko", q(t.ko)}};
}

} // namespace

QByteArray toJson(const Lab& lab) {
    QJsonObject top;
    top["format"] = kFormatName;
    top["version"] = kFormatVersion;
    top["name"] = q(lab.name);
    top["title"] = localText(lab.title);
    top["description"] = localText(lab.description);
    top["duration"] = lab.duration;
    top["settings"] = QJsonObject{{"arp_timeout", lab.settings.arpTimeout},
                                  {"arp_retry_interval", lab.settings.arpRetryInterval},
                                  {"arp_retries", lab.settings.arpRetries},
                                  {"mac_ageing", lab.settings.macAgeing},
                                  {"reassembly_timeout", lab.settings.reassemblyTimeout},
                                  {"msl", lab.settings.msl},
                                  {"ack_delay", lab.settings.ackDelay}};
    QJsonArray devices, links, scenario;
    for (const Device& d : lab.devices)
        devices.append(deviceJson(d));
    for (const Link& l : lab.links)
        links.append(linkJson(l));
    for (const Action& a : lab.scenario)
        scenario.append(actionJson(a));
    top["devices"] = devices;
    top["links"] = links;
    top["scenario"] = scenario;
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

} // namespace ww::lab
