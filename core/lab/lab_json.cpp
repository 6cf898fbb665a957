// Lab files: JSON -> Lab, with every problem reported by path (docs/lab-format.md).
#include "lab/lab_json.h"

#include "lab/json_reader.h"
#include "lab/lab_json_dns.h"
#include "lab/lab_json_resolver.h"
#include "lab/lab_validate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <limits>

namespace ww::lab {

namespace {

const QStringList kTopKeys{"format",   "version",  "name",    "title", "description",
                           "duration", "settings", "devices", "links", "scenario"};
const QStringList kCommonDeviceKeys{"name", "type", "role", "position", "interfaces"};

QStringList deviceKeys(DeviceType t) {
    switch (t) {
    case DeviceType::Host:
        return kCommonDeviceKeys + QStringList{"gateway",     "routes",      "multicast_groups",
                                               "udp_listen",  "tcp_listen",  "http_server",
                                               "delayed_ack", "dhcp_client", "dhcp_server",
                                               "dns",         "resolver"};
    case DeviceType::Router:
        return kCommonDeviceKeys +
               QStringList{"routes", "directed_broadcast", "internet",    "tcp_listen",
                           "nat",    "delayed_ack",        "dhcp_server", "dns"};
    case DeviceType::Switch:
        return kCommonDeviceKeys;
    case DeviceType::L3Switch:
        return kCommonDeviceKeys + QStringList{"vlans", "routes"};
    }
    return kCommonDeviceKeys;
}

std::optional<DeviceType> deviceType(const QString& s) {
    if (s == "host")
        return DeviceType::Host;
    if (s == "switch")
        return DeviceType::Switch;
    if (s == "router")
        return DeviceType::Router;
    if (s == "l3switch")
        return DeviceType::L3Switch;
    return std::nullopt;
}

void readSettings(JsonReader& r, const QJsonObject& o, Settings& s) {
    const QString path = QStringLiteral("settings");
    r.checkKeys(o, path,
                {"arp_timeout", "arp_retry_interval", "arp_retries", "mac_ageing",
                 "reassembly_timeout", "msl", "ack_delay"});
    s.msl = r.number(o, "msl", path, 0.001, 600).value_or(s.msl);
    // RFC 1122 §4.2.3.2: the delay MUST be less than 0.5 seconds.
    s.ackDelay = r.number(o, "ack_delay", path, 0.001, 0.499).value_or(s.ackDelay);
    s.arpTimeout = r.number(o, "arp_timeout", path, 0.001, 86400).value_or(s.arpTimeout);
    s.arpRetryInterval =
        r.number(o, "arp_retry_interval", path, 0.001, 60).value_or(s.arpRetryInterval);
    s.arpRetries = r.integer(o, "arp_retries", path, 1, 20).value_or(s.arpRetries);
    s.macAgeing = r.number(o, "mac_ageing", path, 0.001, 86400).value_or(s.macAgeing);
    s.reassemblyTimeout =
        r.number(o, "reassembly_timeout", path, 0.001, 3600).value_or(s.reassemblyTimeout);
}

template <typename T, typename F>
void readList(JsonReader& r, const QJsonObject& o, const QString& key, const QString& path,
              std::vector<T>& out, F&& readOne) {
    auto arr = r.array(o, key, path, false);
    if (!arr)
        return;
    for (qsizetype i = 0; i < arr->size(); ++i)
        if (auto v = readOne(arr->at(i), JsonReader::index(JsonReader::join(path, key), i)))
            out.push_back(*v);
}

std::optional<Interface> readInterface(JsonReader& r, const QJsonValue& v, const QString& path) {
    auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    r.checkKeys(*o, path, {"name", "mac", "address", "vlan"});
    Interface itf;
    itf.name = r.string(*o, "name", path, true).value_or(QString()).toStdString();
    itf.mac = r.mac(*o, "mac", path);
    itf.address = r.prefix(*o, "address", path, false);
    itf.vlan = r.integer(*o, "vlan", path, 1, 4094).value_or(0);
    return itf;
}

std::optional<Device> readDevice(JsonReader& r, const QJsonValue& v, const QString& path) {
    auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    Device d;
    d.name = r.string(*o, "name", path, true).value_or(QString()).toStdString();
    const QString typeText = r.string(*o, "type", path, true).value_or(QString());
    auto type = deviceType(typeText);
    if (!type) {
        if (o->contains("type") && o->value("type").isString())
            r.error(
                JsonReader::join(path, "type"),
                QCoreApplication::translate(
                    "LabLoader", "unknown device type '%1'; use host, switch, router or l3switch")
                    .arg(typeText));
        return std::nullopt;
    }
    d.type = *type;
    r.checkKeys(*o, path, deviceKeys(d.type));
    d.role = r.string(*o, "role", path, false).value_or(QString()).toStdString();
    if (auto pos = r.array(*o, "position", path, false)) {
        if (pos->size() != 2 || !pos->at(0).isDouble() || !pos->at(1).isDouble())
            r.error(JsonReader::join(path, "position"),
                    QCoreApplication::translate("LabLoader", "expected [x, y], two numbers"));
        else {
            d.x = pos->at(0).toDouble();
            d.y = pos->at(1).toDouble();
        }
    }
    readList(r, *o, "interfaces", path, d.interfaces,
             [&r](const QJsonValue& iv, const QString& ip) { return readInterface(r, iv, ip); });
    d.gateway = r.address(*o, "gateway", path, false);
    readList(r, *o, "routes", path, d.routes,
             [&r](const QJsonValue& rv, const QString& rp) -> std::optional<Route> {
                 auto ro = r.object(rv, rp);
                 if (!ro)
                     return std::nullopt;
                 r.checkKeys(*ro, rp, {"destination", "via"});
                 auto dst = r.prefix(*ro, "destination", rp, true);
                 auto via = r.address(*ro, "via", rp, true);
                 if (!dst || !via)
                     return std::nullopt;
                 return Route{*dst, *via};
             });
    readList(r, *o, "vlans", path, d.vlans,
             [&r](const QJsonValue& vv, const QString& vp) -> std::optional<Vlan> {
                 auto vo = r.object(vv, vp);
                 if (!vo)
                     return std::nullopt;
                 r.checkKeys(*vo, vp, {"id", "address", "mac"});
                 auto id = r.integer(*vo, "id", vp, 1, 4094);
                 auto address = r.prefix(*vo, "address", vp, true);
                 if (!vo->contains("id"))
                     r.error(JsonReader::join(vp, "id"),
                             QCoreApplication::translate("LabLoader", "is required"));
                 if (!id || !address)
                     return std::nullopt;
                 return Vlan{*id, *address, r.mac(*vo, "mac", vp)};
             });
    readList(r, *o, "multicast_groups", path, d.multicastGroups,
             [&r](const QJsonValue& gv, const QString& gp) -> std::optional<Ipv4Address> {
                 QString why;
                 auto a = gv.isString() ? parseAddressText(gv.toString(), &why) : std::nullopt;
                 if (!gv.isString())
                     why = QCoreApplication::translate("LabLoader",
                                                       "expected a string like \"239.1.1.1\"");
                 else if (a && !a->isMulticast())
                     why =
                         QCoreApplication::translate(
                             "LabLoader", "%1 is not a multicast group (224.0.0.0-239.255.255.255)")
                             .arg(gv.toString());
                 if (!a || !a->isMulticast()) {
                     r.error(gp, why);
                     return std::nullopt;
                 }
                 return a;
             });
    auto readPort = [&r](const QJsonValue& pv, const QString& pp) -> std::optional<std::uint16_t> {
        const std::optional<int> p = JsonReader::wholeNumber(pv, 1, 65535);
        if (!p) {
            r.error(pp, QCoreApplication::translate("LabLoader",
                                                    "a port is a whole number from 1 to 65535"));
            return std::nullopt;
        }
        return static_cast<std::uint16_t>(*p);
    };
    readList(r, *o, "udp_listen", path, d.udpListen, readPort);
    readList(r, *o, "tcp_listen", path, d.tcpListen,
             [&r, &readPort](const QJsonValue& tv, const QString& tp) -> std::optional<TcpListen> {
                 if (!tv.isObject()) {
                     auto port = readPort(tv, tp);
                     return port ? std::optional<TcpListen>(TcpListen::sink(*port)) : std::nullopt;
                 }
                 const QJsonObject to = tv.toObject();
                 r.checkKeys(to, tp, {"port", "buffer", "read_bytes", "read_interval", "close_at"});
                 TcpListen t;
                 auto port = r.integer(to, "port", tp, 1, 65535);
                 if (!to.contains("port"))
                     r.error(JsonReader::join(tp, "port"),
                             QCoreApplication::translate("LabLoader", "is required"));
                 t.buffer = r.integer(to, "buffer", tp, 1, 65535).value_or(t.buffer);
                 t.readBytes = r.integer(to, "read_bytes", tp, 0, 100'000'000).value_or(0);
                 t.readInterval =
                     r.number(to, "read_interval", tp, 0.001, 3600).value_or(t.readInterval);
                 t.closeAt = r.number(to, "close_at", tp, 0, 1e6);
                 if (!port)
                     return std::nullopt;
                 t.port = static_cast<std::uint16_t>(*port);
                 return t;
             });
    d.delayedAck = r.boolean(*o, "delayed_ack", path).value_or(false);
    d.dhcpClient = r.boolean(*o, "dhcp_client", path).value_or(false);
    if (o->contains("resolver"))
        d.resolver = readResolver(r, o->value("resolver"), JsonReader::join(path, "resolver"));
    if (o->contains("dhcp_server")) {
        const QString sp = JsonReader::join(path, "dhcp_server");
        if (auto so = r.object(o->value("dhcp_server"), sp)) {
            r.checkKeys(*so, sp, {"interface", "pool", "gateway", "dns", "lease"});
            DhcpServer server;
            server.interface =
                r.string(*so, "interface", sp, true).value_or(QString()).toStdString();
            server.gateway = r.address(*so, "gateway", sp, false);
            server.dns = r.address(*so, "dns", sp, false);
            server.lease = r.number(*so, "lease", sp, 60, 31'536'000).value_or(server.lease);
            auto pool = r.array(*so, "pool", sp, true);
            const QString pp = JsonReader::join(sp, "pool");
            if (pool && pool->size() != 2)
                r.error(pp, QCoreApplication::translate(
                                "LabLoader", "expected [first, last], two addresses like "
                                             "[\"10.0.1.100\", \"10.0.1.199\"]"));
            else if (pool) {
                QString why;
                auto first = parseAddressText(pool->at(0).toString(), &why);
                if (!first)
                    r.error(JsonReader::index(pp, 0), why);
                auto last = parseAddressText(pool->at(1).toString(), &why);
                if (!last)
                    r.error(JsonReader::index(pp, 1), why);
                if (first && last) {
                    server.poolStart = *first;
                    server.poolEnd = *last;
                    d.dhcpServer = server;
                }
            }
        }
    }
    readDnsServer(r, *o, path, d);
    d.directedBroadcast = r.boolean(*o, "directed_broadcast", path).value_or(false);
    d.internet = r.boolean(*o, "internet", path).value_or(false);
    d.httpServer = r.boolean(*o, "http_server", path).value_or(false);
    if (o->contains("nat")) {
        const QString natPath = JsonReader::join(path, "nat");
        if (auto n = r.object(o->value("nat"), natPath)) {
            r.checkKeys(*n, natPath, {"inside", "outside", "timeout", "static"});
            Nat nat;
            nat.inside = r.string(*n, "inside", natPath, true).value_or(QString()).toStdString();
            nat.outside = r.string(*n, "outside", natPath, true).value_or(QString()).toStdString();
            nat.timeout = r.number(*n, "timeout", natPath, 1, 86400).value_or(nat.timeout);
            readList(r, *n, "static", natPath, nat.statics,
                     [&r](const QJsonValue& sv, const QString& sp) -> std::optional<StaticNat> {
                         auto so = r.object(sv, sp);
                         if (!so)
                             return std::nullopt;
                         r.checkKeys(*so, sp, {"inside", "global"});
                         auto inside = r.address(*so, "inside", sp, true);
                         auto global = r.address(*so, "global", sp, true);
                         if (!inside || !global)
                             return std::nullopt;
                         return StaticNat{*inside, *global};
                     });
            d.nat = nat;
        }
    }
    return d;
}

std::optional<Endpoint> readEndpoint(JsonReader& r, const QJsonObject& o, const QString& key,
                                     const QString& path) {
    auto text = r.string(o, key, path, true);
    if (!text)
        return std::nullopt;
    const QStringList parts = text->split(QLatin1Char(':'));
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
        r.error(JsonReader::join(path, key),
                QCoreApplication::translate("LabLoader",
                                            "'%1' should be DEVICE:INTERFACE, e.g. \"PC1:eth0\"")
                    .arg(*text));
        return std::nullopt;
    }
    return Endpoint{parts[0].toStdString(), parts[1].toStdString()};
}

std::optional<Link> readLink(JsonReader& r, const QJsonValue& v, const QString& path) {
    auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    r.checkKeys(*o, path,
                {"name", "a", "b", "bandwidth", "delay", "mtu", "loss", "ber", "queue", "lose"});
    Link l;
    l.name = r.string(*o, "name", path, true).value_or(QString()).toStdString();
    auto a = readEndpoint(r, *o, "a", path);
    auto b = readEndpoint(r, *o, "b", path);
    if (!a || !b)
        return std::nullopt;
    l.a = *a;
    l.b = *b;
    l.bandwidthBps = static_cast<std::uint64_t>(
        r.number(*o, "bandwidth", path, 1000, 1e12).value_or(static_cast<double>(l.bandwidthBps)));
    l.delaySeconds = r.number(*o, "delay", path, 0, 10).value_or(l.delaySeconds);
    l.mtu = r.integer(*o, "mtu", path, 68, 9000).value_or(l.mtu);
    l.loss = r.number(*o, "loss", path, 0, 1).value_or(l.loss);
    l.bitErrorRate = r.number(*o, "ber", path, 0, 1).value_or(l.bitErrorRate);
    l.queueFrames = r.integer(*o, "queue", path, 1, 1000000).value_or(l.queueFrames);
    readList(
        r, *o, "lose", path, l.loseFrames,
        [&r](const QJsonValue& nv, const QString& np) -> std::optional<int> {
            const std::optional<int> n =
                JsonReader::wholeNumber(nv, 1, std::numeric_limits<int>::max());
            if (!n) {
                r.error(np, QCoreApplication::translate(
                                "LabLoader",
                                "the frame to lose is a count from 1 (the Nth frame on the link)"));
                return std::nullopt;
            }
            return n;
        });
    return l;
}

// traceroute's own fields: "probe" (udp or icmp), "max_hops" and "wait" (seconds a probe).
void readTracerouteFields(JsonReader& r, const QJsonObject& o, const QString& path, Action& a) {
    if (auto probe = r.string(o, "probe", path, false)) {
        if (*probe == QLatin1String("icmp"))
            a.probe = ProbeKind::Icmp;
        else if (*probe != QLatin1String("udp"))
            r.error(JsonReader::join(path, "probe"),
                    QCoreApplication::translate("LabLoader", "unknown probe '%1'; use udp or icmp")
                        .arg(*probe));
    }
    a.maxHops = r.integer(o, "max_hops", path, 1, 255).value_or(30);
    a.wait = r.number(o, "wait", path, 0.001, 60).value_or(5.0);
}

std::optional<Action> readAction(JsonReader& r, const QJsonValue& v, const QString& path) {
    auto o = r.object(v, path);
    if (!o)
        return std::nullopt;
    Action a;
    const QString kind = r.string(*o, "action", path, true).value_or(QString());
    if (kind == "ping") {
        a.type = ActionType::Ping;
        r.checkKeys(
            *o, path,
            {"at", "action", "from", "to", "name", "count", "interval", "size", "ttl", "df"});
    } else if (kind == "udp") {
        a.type = ActionType::UdpSend;
        r.checkKeys(*o, path,
                    {"at", "action", "from", "to", "count", "interval", "size", "ttl", "port",
                     "local_port"});
    } else if (kind == "http") {
        a.type = ActionType::HttpGet;
        a.port = 80;
        r.checkKeys(*o, path,
                    {"at", "action", "from", "to", "name", "count", "interval", "port", "path"});
    } else if (kind == "tcp") {
        a.type = ActionType::TcpTransfer;
        r.checkKeys(*o, path,
                    {"at", "action", "from", "to", "count", "interval", "size", "port", "close",
                     "local_port", "close_at"});
    } else if (kind == "dns") {
        a.type = ActionType::Dns;
        r.checkKeys(*o, path, {"at", "action", "from", "name", "type", "count", "interval"});
    } else if (kind == "traceroute") {
        a.type = ActionType::Traceroute;
        r.checkKeys(*o, path,
                    {"at", "action", "from", "to", "name", "count", "interval", "probe", "max_hops",
                     "wait"});
        readTracerouteFields(r, *o, path, a);
    } else {
        if (o->value("action").isString())
            r.error(
                JsonReader::join(path, "action"),
                QCoreApplication::translate(
                    "LabLoader", "unknown action '%1'; use ping, udp, tcp, http, dns or traceroute")
                    .arg(kind));
        return std::nullopt;
    }
    a.at = r.number(*o, "at", path, 0, 1e6).value_or(0);
    a.from = r.string(*o, "from", path, true).value_or(QString()).toStdString();
    const bool targetOk = a.type == ActionType::Ping || a.type == ActionType::HttpGet ||
                                  a.type == ActionType::Dns || a.type == ActionType::Traceroute
                              ? readActionTarget(r, *o, path, a)
                              : [&] {
                                    auto to = r.address(*o, "to", path, true);
                                    a.to = to.value_or(a.to);
                                    return to.has_value();
                                }();
    a.count = r.integer(*o, "count", path, 1, 100000).value_or(1);
    a.interval = r.number(*o, "interval", path, 0.000001, 3600).value_or(1.0);
    // TCP takes a byte stream of any length (made as it is sent, so memory stays the
    // window's; the cap keeps it in an int); ping and UDP fit one IPv4 datagram.
    const int maxSize = a.type == ActionType::TcpTransfer ? 2'000'000'000 : 65507;
    a.size = r.integer(*o, "size", path, 0, maxSize)
                 .value_or(a.type == ActionType::Ping      ? 56
                           : a.type == ActionType::UdpSend ? 32
                                                           : 0);
    a.close = r.boolean(*o, "close", path).value_or(true);
    a.localPort =
        static_cast<std::uint16_t>(r.integer(*o, "local_port", path, 1, 65535).value_or(0));
    a.closeAt = r.number(*o, "close_at", path, 0, 1e6);
    a.ttl = r.integer(*o, "ttl", path, 1, 255).value_or(64);
    a.dontFragment = r.boolean(*o, "df", path).value_or(false);
    a.path = r.string(*o, "path", path, false).value_or(QStringLiteral("/")).toStdString();
    if (a.type == ActionType::HttpGet) {
        a.port = static_cast<std::uint16_t>(r.integer(*o, "port", path, 1, 65535).value_or(80));
    } else if (a.type != ActionType::Ping && a.type != ActionType::Dns &&
               a.type != ActionType::Traceroute) {
        a.port = static_cast<std::uint16_t>(r.integer(*o, "port", path, 1, 65535).value_or(9));
        if (!o->contains("port"))
            r.error(JsonReader::join(path, "port"),
                    QCoreApplication::translate("LabLoader", "is required"));
    }
    if (!targetOk)
        return std::nullopt;
    return a;
}

} // namespace

LoadResult parseLab(const QByteArray& json) {
    LoadResult result;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.issues.push_back({QString(), QCoreApplication::translate(
                                                "LabLoader", "not valid JSON at character %1: %2")
                                                .arg(parseError.offset)
                                                .arg(parseError.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.issues.push_back(
            {QString(),
             QCoreApplication::translate("LabLoader", "a lab file is one JSON object, {...}")});
        return result;
    }
    const QJsonObject top = doc.object();
    JsonReader r(result.issues);
    if (top.value("format").toString() != QLatin1String(kFormatName)) {
        r.error("format", QCoreApplication::translate(
                              "LabLoader", "not a Wirewalk lab file: \"format\" must be \"%1\"")
                              .arg(kFormatName));
        return result;
    }
    const int version = r.integer(top, "version", QString(), 1, 1000000).value_or(-1);
    if (version > kFormatVersion) {
        r.error("version",
                QCoreApplication::translate(
                    "LabLoader",
                    "this file was written by a newer Wirewalk (format version %1); this "
                    "version reads up to %2")
                    .arg(version)
                    .arg(kFormatVersion));
        return result;
    }
    if (version < 1) {
        if (!top.contains("version"))
            r.error("version", QCoreApplication::translate("LabLoader", "is required"));
        return result;
    }
    r.checkKeys(top, QString(), kTopKeys);
    Lab lab;
    lab.name = r.string(top, "name", QString(), true).value_or(QString()).toStdString();
    lab.title = r.localText(top, "title", QString(), false).value_or(LocalText{});
    lab.description = r.localText(top, "description", QString(), false).value_or(LocalText{});
    lab.duration = r.number(top, "duration", QString(), 0.001, 1e6).value_or(lab.duration);
    if (top.contains("settings"))
        if (auto s = r.object(top.value("settings"), "settings"))
            readSettings(r, *s, lab.settings);
    readList(r, top, "devices", QString(), lab.devices,
             [&r](const QJsonValue& v, const QString& p) { return readDevice(r, v, p); });
    readList(r, top, "links", QString(), lab.links,
             [&r](const QJsonValue& v, const QString& p) { return readLink(r, v, p); });
    readList(r, top, "scenario", QString(), lab.scenario,
             [&r](const QJsonValue& v, const QString& p) { return readAction(r, v, p); });
    if (!top.contains("devices"))
        r.error("devices", QCoreApplication::translate("LabLoader", "is required"));
    // Cross-references only make sense once every part parsed.
    if (result.issues.empty())
        validateLab(lab, result.issues);
    if (result.issues.empty())
        result.lab = std::move(lab);
    return result;
}

LoadResult loadLabFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult r;
        r.issues.push_back(
            {QString(), QCoreApplication::translate("LabLoader", "cannot open %1: %2")
                            .arg(path, file.errorString())});
        return r;
    }
    return parseLab(file.readAll());
}

LoadResult loadLab(const QString& reference) {
    static const QString kBuiltin = QStringLiteral("builtin:");
    if (!reference.startsWith(kBuiltin))
        return loadLabFile(reference);
    const QString name = reference.mid(kBuiltin.size());
    QFile file(QStringLiteral(":/labs/%1.json").arg(name));
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || !file.open(QIODevice::ReadOnly)) {
        LoadResult r;
        QStringList names;
        for (const auto& b : builtinLabs())
            names << b.name;
        r.issues.push_back(
            {QString(), QCoreApplication::translate(
                            "LabLoader", "there is no built-in lab '%1'; built-in labs: %2")
                            .arg(name, names.join(", "))});
        return r;
    }
    return parseLab(file.readAll());
}

} // namespace ww::lab
