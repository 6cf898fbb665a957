#include "lab_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ww::test {

namespace {

// splitmix64: our own draws, so a seed means the same lab with any standard library.
class Dice {
public:
    explicit Dice(std::uint64_t seed)
        : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    int between(int lo, int hi) { return lo + static_cast<int>(below(std::uint64_t(hi - lo) + 1)); }
    double real(double lo, double hi) {
        return lo + (hi - lo) * static_cast<double>(next() >> 11) * 0x1.0p-53;
    }
    double logReal(double lo, double hi) { return std::exp(real(std::log(lo), std::log(hi))); }
    bool chance(double p) { return real(0, 1) < p; }
    template <typename T> const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

private:
    std::uint64_t state_;
};

QString dotted(std::uint32_t a) {
    return QStringLiteral("%1.%2.%3.%4")
        .arg(a >> 24)
        .arg((a >> 16) & 0xff)
        .arg((a >> 8) & 0xff)
        .arg(a & 0xff);
}

std::uint32_t maskOf(int len) {
    return len == 0 ? 0 : ~std::uint32_t{0} << (32 - len);
}

struct Member {
    int device;
    std::uint32_t address; // 0: no address (DHCP client, or an unaddressed host)
};

struct Segment {
    std::uint32_t network;
    int length;
    bool switched = false;
    bool loop = false; // two switches joined by two links: a switching loop
    bool l3 = false;   // the L3 switch is this segment's switch and router
    std::vector<Member> members;
    int nextHost = 1;

    std::uint32_t capacity() const {
        const std::uint64_t size = std::uint64_t{1} << (32 - length);
        return static_cast<std::uint32_t>(length <= 30 ? size - 2 : size);
    }
    // The next unused host address, or 0 when the network is full.
    std::uint32_t allocate() {
        const std::uint32_t first = length <= 30 ? 1 : 0;
        const std::uint32_t index = static_cast<std::uint32_t>(nextHost - 1) + first;
        if (static_cast<std::uint32_t>(nextHost) > capacity())
            return 0;
        ++nextHost;
        return network + index;
    }
    std::uint32_t broadcast() const { return network | ~maskOf(length); }
};

struct Itf {
    QString name;
    int segment;           // -1: not on any segment (never linked)
    std::uint32_t address; // 0: none
    int vlan = 0;          // L3 switch ports
};

struct Dev {
    QString name;
    QString type; // host, switch, router, l3switch
    std::vector<Itf> itfs;
    QJsonObject extra; // type-specific keys
    std::vector<int> udpPorts, tcpPorts;
    std::vector<std::uint32_t> groups;
    bool unaddressed = false;
};

Dev device(const QString& name, const char* type) {
    Dev d;
    d.name = name;
    d.type = QLatin1String(type);
    return d;
}

class Generator {
public:
    explicit Generator(std::uint64_t seed)
        : d_(seed) {}

    QByteArray make() {
        const int nSeg = d_.between(1, 5);
        for (int s = 0; s < nSeg; ++s) {
            Segment seg;
            seg.length = d_.chance(0.7) ? 24 : d_.between(16, 32);
            seg.network = (10u << 24) | (std::uint32_t(s + 1) << 16);
            seg.switched = d_.chance(0.55);
            seg.loop = seg.switched && d_.chance(0.12);
            segs_.push_back(seg);
        }
        const int nHosts = d_.between(1, 7), nRouters = d_.between(0, 3);
        for (int h = 0; h < nHosts; ++h)
            devs_.push_back(device(QStringLiteral("H%1").arg(h + 1), "host"));
        for (int r = 0; r < nRouters; ++r)
            devs_.push_back(device(QStringLiteral("R%1").arg(r + 1), "router"));
        const bool anySwitched =
            std::any_of(segs_.begin(), segs_.end(), [](const Segment& s) { return s.switched; });
        if (anySwitched && d_.chance(0.2)) {
            l3_ = static_cast<int>(devs_.size());
            devs_.push_back(device(QStringLiteral("L3"), "l3switch"));
            for (Segment& s : segs_)
                s.l3 = s.switched && !s.loop && (s.l3 || d_.chance(0.6));
        }
        joinSegments();
        QJsonArray links = cable();
        for (std::size_t i = 0; i < devs_.size(); ++i)
            configure(static_cast<int>(i));
        QJsonObject lab{{"format", "wirewalk-lab"}, {"version", 1}, {"name", "generated"}};
        lab["duration"] = duration_ = pickDuration();
        if (d_.chance(0.4))
            lab["settings"] = settings();
        lab["devices"] = devicesJson();
        lab["links"] = links;
        lab["scenario"] = scenario();
        return QJsonDocument(lab).toJson(QJsonDocument::Compact);
    }

private:
    void addMember(int dev, int seg, bool withAddress) {
        Segment& s = segs_[seg];
        if (!s.switched && s.members.size() >= 2)
            return;
        std::uint32_t address = 0;
        if (withAddress && !(address = s.allocate()))
            return; // the network is full
        Dev& d = devs_[dev];
        for (const Itf& i : d.itfs)
            if (i.segment == seg)
                return;
        d.itfs.push_back({QStringLiteral("eth%1").arg(d.itfs.size()), seg, address, 0});
        s.members.push_back({dev, address});
    }

    void joinSegments() {
        const int nSeg = static_cast<int>(segs_.size());
        for (int i = 0; i < static_cast<int>(devs_.size()); ++i) {
            Dev& d = devs_[i];
            if (d.type == QLatin1String("router")) {
                const int k = d_.between(1, std::min(3, nSeg));
                for (int j = 0; j < k; ++j)
                    addMember(i, static_cast<int>(d_.below(nSeg)), true);
            } else if (d.type == QLatin1String("host")) {
                d.unaddressed = d_.chance(0.08);
                addMember(i, static_cast<int>(d_.below(nSeg)), !d.unaddressed);
                if (!d.unaddressed && d_.chance(0.1))
                    addMember(i, static_cast<int>(d_.below(nSeg)), true);
            }
        }
        if (l3_ < 0)
            return;
        // The L3 switch routes for its segments through one VLAN (SVI) each.
        QJsonArray vlans;
        for (int s = 0; s < nSeg; ++s) {
            if (!segs_[s].l3)
                continue;
            const std::uint32_t svi = segs_[s].allocate();
            if (!svi) {
                segs_[s].l3 = false;
                continue;
            }
            vlans.append(
                QJsonObject{{"id", 10 + s},
                            {"address", dotted(svi) + QStringLiteral("/%1").arg(segs_[s].length)}});
            segs_[s].members.push_back({l3_, svi});
            sviOf_.push_back({s, svi});
        }
        devs_[l3_].extra["vlans"] = vlans;
    }

    // A port on segment s's switch (the L3 switch's port in the segment's VLAN).
    std::pair<int, QString> switchPort(int s, bool second) {
        const int sw = second ? switchB_[s] : switchA_[s];
        Dev& d = devs_[sw];
        const QString port = QStringLiteral("p%1").arg(d.itfs.size() + 1);
        d.itfs.push_back({port, -1, 0, segs_[s].l3 ? 10 + s : 0});
        return {sw, port};
    }

    QJsonArray cable() {
        QJsonArray links;
        switchA_.assign(segs_.size(), -1);
        switchB_.assign(segs_.size(), -1);
        for (std::size_t s = 0; s < segs_.size(); ++s) {
            if (!segs_[s].switched)
                continue;
            if (segs_[s].l3) {
                switchA_[s] = l3_;
            } else {
                switchA_[s] = static_cast<int>(devs_.size());
                devs_.push_back(device(QStringLiteral("SW%1").arg(s + 1), "switch"));
            }
            if (segs_[s].loop) {
                switchB_[s] = static_cast<int>(devs_.size());
                devs_.push_back(device(QStringLiteral("SW%1b").arg(s + 1), "switch"));
                for (int k = 0; k < 2; ++k) {
                    auto [a, pa] = switchPort(static_cast<int>(s), false);
                    auto [b, pb] = switchPort(static_cast<int>(s), true);
                    links.append(link(devs_[a].name, pa, devs_[b].name, pb));
                }
            }
        }
        for (std::size_t s = 0; s < segs_.size(); ++s) {
            const Segment& seg = segs_[s];
            if (!seg.switched) {
                if (seg.members.size() == 2 && !d_.chance(0.03))
                    links.append(link(
                        devs_[seg.members[0].device].name, itfOn(seg.members[0].device, int(s)),
                        devs_[seg.members[1].device].name, itfOn(seg.members[1].device, int(s))));
                continue;
            }
            for (const Member& m : seg.members) {
                if (m.device == l3_ || d_.chance(0.03))
                    continue; // the SVI needs no cable; now and then an unplugged NIC
                auto [sw, port] = switchPort(int(s), seg.loop && d_.chance(0.5));
                links.append(
                    link(devs_[m.device].name, itfOn(m.device, int(s)), devs_[sw].name, port));
            }
        }
        return links;
    }

    QString itfOn(int dev, int seg) const {
        for (const Itf& i : devs_[dev].itfs)
            if (i.segment == seg)
                return i.name;
        return {};
    }

    QJsonObject link(const QString& a, const QString& ai, const QString& b, const QString& bi) {
        QJsonObject l{{"name", QStringLiteral("L%1").arg(++linkCount_)},
                      {"a", a + ':' + ai},
                      {"b", b + ':' + bi}};
        if (d_.chance(0.4))
            l["bandwidth"] = std::round(d_.logReal(1000, 1e12));
        if (d_.chance(0.3))
            l["delay"] = d_.real(0, 0.05);
        else if (d_.chance(0.1))
            l["delay"] = d_.real(0, 10);
        if (d_.chance(0.3))
            l["mtu"] = d_.pick(std::vector<int>{68, 69, 576, 1499, 1500, 1501, 9000});
        else if (d_.chance(0.3))
            l["mtu"] = d_.between(68, 9000);
        if (d_.chance(0.2))
            l["loss"] = d_.real(0, 0.3);
        else if (d_.chance(0.05))
            l["loss"] = d_.pick(std::vector<double>{0.0, 1.0});
        if (d_.chance(0.15))
            l["ber"] = d_.logReal(1e-9, 1e-3);
        else if (d_.chance(0.04))
            l["ber"] = d_.real(0, 1);
        if (d_.chance(0.15))
            l["queue"] = d_.between(1, 50);
        else if (d_.chance(0.04))
            l["queue"] = d_.between(1, 1000000);
        if (d_.chance(0.15)) {
            QJsonArray lose;
            for (int k = d_.between(1, 4); k > 0; --k)
                lose.append(d_.between(1, 200));
            l["lose"] = lose;
        }
        return l;
    }

    // Addresses of device `dev` with their segment.
    std::vector<std::pair<int, std::uint32_t>> addressesOf(int dev) const {
        std::vector<std::pair<int, std::uint32_t>> out;
        for (const Itf& i : devs_[dev].itfs)
            if (i.address)
                out.push_back({i.segment, i.address});
        if (dev == l3_)
            for (auto [s, a] : sviOf_)
                out.push_back({s, a});
        return out;
    }

    // Any member address on segment s other than `self` (0 when none).
    std::uint32_t neighbour(int s, std::uint32_t self, bool routersFirst) {
        std::vector<std::uint32_t> routers, all;
        for (const Member& m : segs_[s].members) {
            if (!m.address || m.address == self)
                continue;
            all.push_back(m.address);
            if (devs_[m.device].type != QLatin1String("host"))
                routers.push_back(m.address);
        }
        if (routersFirst && !routers.empty())
            return d_.pick(routers);
        return all.empty() ? 0 : d_.pick(all);
    }

    QJsonArray routes(int dev) {
        QJsonArray out;
        const auto own = addressesOf(dev);
        if (own.empty())
            return out;
        for (int k = d_.between(0, 4); k > 0; --k) {
            QString destination;
            const double roll = d_.real(0, 1);
            if (roll < 0.6) {
                const Segment& s = segs_[d_.below(segs_.size())];
                destination = dotted(s.network) + QStringLiteral("/%1").arg(s.length);
            } else if (roll < 0.8) {
                destination = QStringLiteral("0.0.0.0/0");
            } else {
                const int len = d_.between(0, 32);
                destination = dotted(static_cast<std::uint32_t>(d_.next()) & maskOf(len)) +
                              QStringLiteral("/%1").arg(len);
            }
            // Any next hop on a connected network: a neighbour (loops included), the
            // device itself, or an address nobody has (ARP fails).
            const auto [seg, self] = d_.pick(own);
            std::uint32_t via = neighbour(seg, self, true);
            if (!via || d_.chance(0.1))
                via = d_.chance(0.5) ? self : 0;
            if (!via) {
                const Segment& s = segs_[seg];
                via = s.network + static_cast<std::uint32_t>(d_.below(s.capacity())) +
                      (s.length <= 30 ? 1 : 0);
            }
            out.append(QJsonObject{{"destination", destination}, {"via", dotted(via)}});
        }
        return out;
    }

    QJsonArray tcpListen(Dev& d) {
        QJsonArray out;
        for (int k = d_.between(1, 3); k > 0; --k) {
            const int port =
                d_.chance(0.5) ? d_.pick(std::vector<int>{9, 80, 5001}) : d_.between(1, 65535);
            d.tcpPorts.push_back(port);
            if (d_.chance(0.5)) {
                out.append(port);
                continue;
            }
            QJsonObject t{{"port", port}};
            if (d_.chance(0.6))
                t["buffer"] = d_.chance(0.3) ? d_.between(1, 64) : d_.between(1, 65535);
            if (d_.chance(0.5))
                t["read_bytes"] = d_.chance(0.9) ? d_.between(0, 5000) : d_.between(0, 100000000);
            if (d_.chance(0.4))
                t["read_interval"] = d_.logReal(0.001, 3600);
            if (d_.chance(0.2))
                t["close_at"] = d_.real(0, 20);
            out.append(t);
        }
        return out;
    }

    void configure(int dev) {
        Dev& d = devs_[dev];
        const bool host = d.type == QLatin1String("host");
        const bool router = d.type == QLatin1String("router");
        if (host) {
            if (d_.chance(0.8)) {
                for (const Itf& i : d.itfs) {
                    if (!i.address)
                        continue;
                    if (std::uint32_t gw = neighbour(i.segment, i.address, true))
                        d.extra["gateway"] = dotted(gw);
                    break;
                }
            }
            if (d_.chance(0.5)) {
                QJsonArray ports;
                for (int k = d_.between(1, 3); k > 0; --k) {
                    const int p = d_.chance(0.6) ? d_.pick(std::vector<int>{9, 5000, 53, 67, 68})
                                                 : d_.between(1, 65535);
                    d.udpPorts.push_back(p);
                    ports.append(p);
                }
                d.extra["udp_listen"] = ports;
            }
            if (d_.chance(0.3)) {
                QJsonArray groups;
                for (int k = d_.between(1, 2); k > 0; --k) {
                    const std::uint32_t g = d_.chance(0.5)
                                                ? 0xef010101u // 239.1.1.1
                                                : (0xe0000000u | std::uint32_t(d_.below(1u << 28)));
                    d.groups.push_back(g);
                    groups.append(dotted(g));
                }
                d.extra["multicast_groups"] = groups;
            }
            if (d_.chance(0.2))
                d.extra["http_server"] = true;
            if (d.unaddressed && !d.itfs.empty() && d_.chance(0.7))
                d.extra["dhcp_client"] = true;
        }
        if (router) {
            if (d_.chance(0.2))
                d.extra["directed_broadcast"] = true;
            if (d_.chance(0.1))
                d.extra["internet"] = true;
            if (d.itfs.size() >= 2 && d_.chance(0.25)) {
                QJsonObject nat{{"inside", d.itfs[0].name}, {"outside", d.itfs[1].name}};
                if (d_.chance(0.4))
                    nat["timeout"] = d_.logReal(1, 86400);
                if (d_.chance(0.3)) {
                    std::uint32_t inside = neighbour(d.itfs[0].segment, d.itfs[0].address, false);
                    if (!inside)
                        inside = static_cast<std::uint32_t>(d_.next());
                    nat["static"] = QJsonArray{
                        QJsonObject{{"inside", dotted(inside)},
                                    {"global", dotted(static_cast<std::uint32_t>(d_.next()))}}};
                }
                d.extra["nat"] = nat;
            }
        }
        if ((host || router) && d_.chance(host ? 0.35 : 0.15))
            d.extra["tcp_listen"] = tcpListen(d);
        if ((host || router) && d_.chance(0.2))
            d.extra["delayed_ack"] = true;
        if (host || router || d.type == QLatin1String("l3switch")) {
            if (d_.chance(host ? 0.15 : 0.85)) {
                const QJsonArray r = routes(dev);
                if (!r.isEmpty())
                    d.extra["routes"] = r;
            }
        }
        if ((host || router) && d_.chance(0.2))
            dhcpServer(d);
    }

    void dhcpServer(Dev& d) {
        for (const Itf& i : d.itfs) {
            // A pool needs host addresses other than network and broadcast: /30 or wider.
            if (!i.address || segs_[i.segment].length > 30)
                continue;
            const Segment& s = segs_[i.segment];
            const std::uint32_t first = s.length <= 30 ? 1 : 0;
            auto host = [&] {
                return s.network + first + static_cast<std::uint32_t>(d_.below(s.capacity()));
            };
            std::uint32_t a = host(), b = host();
            if (b < a)
                std::swap(a, b);
            QJsonObject server{{"interface", i.name}, {"pool", QJsonArray{dotted(a), dotted(b)}}};
            if (d_.chance(0.7))
                server["gateway"] = dotted(i.address);
            if (d_.chance(0.5))
                server["dns"] = dotted(static_cast<std::uint32_t>(d_.next()));
            if (d_.chance(0.5))
                server["lease"] = d_.chance(0.8) ? d_.real(60, 600) : d_.real(60, 31536000);
            d.extra["dhcp_server"] = server;
            return;
        }
    }

    double pickDuration() {
        const double roll = d_.real(0, 1);
        if (roll < 0.7)
            return d_.real(0.001, 10);
        if (roll < 0.9)
            return d_.real(10, 120);
        return d_.logReal(120, 1e6);
    }

    QJsonObject settings() {
        QJsonObject s;
        if (d_.chance(0.3))
            s["arp_timeout"] = d_.logReal(0.001, 86400);
        if (d_.chance(0.3))
            s["arp_retry_interval"] = d_.logReal(0.001, 60);
        if (d_.chance(0.3))
            s["arp_retries"] = d_.between(1, 20);
        if (d_.chance(0.3))
            s["mac_ageing"] = d_.logReal(0.001, 86400);
        if (d_.chance(0.3))
            s["reassembly_timeout"] = d_.logReal(0.001, 3600);
        if (d_.chance(0.3))
            s["msl"] = d_.logReal(0.001, 600);
        if (d_.chance(0.3))
            s["ack_delay"] = d_.real(0.001, 0.499);
        return s;
    }

    QJsonArray devicesJson() {
        QJsonArray out;
        for (const Dev& d : devs_) {
            QJsonObject o{{"name", d.name}, {"type", d.type}};
            if (d_.chance(0.5))
                o["position"] = QJsonArray{d_.real(-500, 1500), d_.real(-500, 1000)};
            QJsonArray itfs;
            for (const Itf& i : d.itfs) {
                QJsonObject io{{"name", i.name}};
                if (i.address)
                    io["address"] =
                        dotted(i.address) + QStringLiteral("/%1").arg(segs_[i.segment].length);
                if (i.vlan)
                    io["vlan"] = i.vlan;
                itfs.append(io);
            }
            o["interfaces"] = itfs;
            for (auto it = d.extra.begin(); it != d.extra.end(); ++it)
                o[it.key()] = it.value();
            out.append(o);
        }
        return out;
    }

    std::uint32_t pickDestination(int from) {
        const double roll = d_.real(0, 1);
        std::vector<std::uint32_t> members;
        for (const Segment& s : segs_)
            for (const Member& m : s.members)
                if (m.address && m.device != from)
                    members.push_back(m.address);
        if (roll < 0.55 && !members.empty())
            return d_.pick(members);
        if (roll < 0.65) {
            const Segment& s = segs_[d_.below(segs_.size())];
            return s.length <= 30 ? s.broadcast() : s.network;
        }
        if (roll < 0.72)
            return 0xffffffffu;
        if (roll < 0.82) {
            std::vector<std::uint32_t> groups{0xe0000001u, 0xe0000002u, 0xef010101u};
            for (const Dev& d : devs_)
                groups.insert(groups.end(), d.groups.begin(), d.groups.end());
            return d_.pick(groups);
        }
        // Anything the format takes: 0.0.0.0, loopback, class E, the internet, own addresses.
        return d_.chance(0.3) ? d_.pick(std::vector<std::uint32_t>{0, 0x7f000001u, 0xf0000001u,
                                                                   0x08080808u, 0xc0a80101u})
                              : static_cast<std::uint32_t>(d_.next());
    }

    int portFor(std::uint32_t to, bool tcp) {
        if (d_.chance(0.75))
            for (const Segment& s : segs_)
                for (const Member& m : s.members)
                    if (m.address == to) {
                        const auto& ports =
                            tcp ? devs_[m.device].tcpPorts : devs_[m.device].udpPorts;
                        if (!ports.empty())
                            return d_.pick(ports);
                    }
        return d_.between(1, 65535);
    }

    QJsonArray scenario() {
        std::vector<int> senders;
        for (int i = 0; i < static_cast<int>(devs_.size()); ++i)
            if (devs_[i].type != QLatin1String("switch"))
                senders.push_back(i);
        QJsonArray out;
        for (int k = d_.between(0, 6); k > 0; --k) {
            const int from = d_.pick(senders);
            const double roll = d_.real(0, 1);
            const QString kind = roll < 0.35   ? QStringLiteral("ping")
                                 : roll < 0.65 ? QStringLiteral("udp")
                                 : roll < 0.85 ? QStringLiteral("tcp")
                                               : QStringLiteral("http");
            const std::uint32_t to = pickDestination(from);
            QJsonObject a{{"action", kind}, {"from", devs_[from].name}, {"to", dotted(to)}};
            a["at"] = d_.chance(0.8) ? d_.real(0, std::min(duration_, 10.0))
                                     : d_.real(0, std::min(duration_ * 1.5, 1e6));
            const double c = d_.real(0, 1);
            if (c < 0.2)
                a["count"] = d_.between(1, 5);
            else if (c < 0.3)
                a["count"] = d_.between(1, 200);
            else if (c < 0.33)
                a["count"] = d_.between(1, 100000);
            if (d_.chance(0.5)) {
                const double i = d_.real(0, 1);
                a["interval"] = i < 0.75  ? d_.real(0.001, 2)
                                : i < 0.9 ? d_.logReal(1e-6, 1e-3)
                                          : d_.logReal(1, 3600);
            }
            const bool tcp = kind == QLatin1String("tcp");
            if (kind == QLatin1String("ping") || kind == QLatin1String("udp")) {
                if (d_.chance(0.8))
                    a["size"] = d_.chance(0.5)
                                    ? d_.pick(std::vector<int>{0, 1, 7, 8, 1472, 1473, 1480, 1481,
                                                               8972, 8973, 65507})
                                    : d_.between(0, 65507);
                if (d_.chance(0.4))
                    a["ttl"] = d_.chance(0.5) ? d_.pick(std::vector<int>{1, 2, 64, 255})
                                              : d_.between(1, 255);
            }
            if (kind == QLatin1String("ping") && d_.chance(0.3))
                a["df"] = d_.chance(0.7);
            if (kind == QLatin1String("udp") || tcp) {
                a["port"] = portFor(to, tcp);
                if (d_.chance(0.2))
                    a["local_port"] = d_.between(1, 65535);
            }
            if (tcp) {
                const double s = d_.real(0, 1);
                if (s < 0.5)
                    a["size"] = d_.between(0, 20000);
                else if (s < 0.85)
                    a["size"] = std::round(d_.logReal(1, 1e7));
                else if (s < 0.9)
                    a["size"] = d_.between(0, 100000000);
                if (d_.chance(0.2))
                    a["close"] = false;
                if (d_.chance(0.15))
                    a["close_at"] = d_.real(0, std::min(duration_ * 1.2, 1e6));
            }
            if (kind == QLatin1String("http")) {
                if (d_.chance(0.2))
                    a["port"] = d_.between(1, 65535);
                if (d_.chance(0.3))
                    a["path"] =
                        d_.pick(std::vector<QString>{"/", "/index.html", "/missing", "/a?b=c", ""});
            }
            out.append(a);
        }
        return out;
    }

    Dice d_;
    std::vector<Segment> segs_;
    std::vector<Dev> devs_;
    std::vector<int> switchA_, switchB_;
    std::vector<std::pair<int, std::uint32_t>> sviOf_;
    int l3_ = -1;
    int linkCount_ = 0;
    double duration_ = 10;
};

} // namespace

QByteArray generateLabJson(std::uint64_t seed) {
    return Generator(seed).make();
}

} // namespace ww::test
