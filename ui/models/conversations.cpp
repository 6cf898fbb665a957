#include "models/conversations.h"

#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace ww::ui {

using sequence::Message;
using sequence::MessageKind;

namespace {

QString ip(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

QString endpoint(Ipv4Address a, std::uint16_t port) {
    return QStringLiteral("%1:%2").arg(ip(a)).arg(port);
}

using Tuple = std::tuple<std::uint32_t, std::uint16_t, std::uint32_t, std::uint16_t>;
using ConnKey = std::pair<DeviceId, std::uint32_t>;

struct Conn {
    TcpConnectionRef ref{};
    std::size_t firstEvent = 0;
    bool activeOpen = false;
    std::vector<std::size_t> events;
};

const TcpConnectionRef* tcpRef(const EventKind& k) {
    if (const auto* e = std::get_if<TcpStateChanged>(&k))
        return &e->conn;
    if (const auto* e = std::get_if<TcpRttSample>(&k))
        return &e->conn;
    if (const auto* e = std::get_if<TcpRtoChanged>(&k))
        return &e->conn;
    if (const auto* e = std::get_if<TcpRetransmit>(&k))
        return &e->conn;
    if (const auto* e = std::get_if<TcpCongestion>(&k))
        return &e->conn;
    return nullptr;
}

std::size_t findRoot(std::vector<std::size_t>& parent, std::size_t i) {
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

} // namespace

Conversations Conversations::find(const RecordedRun& run) {
    Conversations out;
    out.messages_ = sequence::extractMessages(run);
    const auto& events = run.events();
    const auto& msgs = out.messages_;

    // TCP connections as the hosts know them.
    std::vector<Conn> conns;
    std::map<ConnKey, std::size_t> connIndex;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const TcpConnectionRef* r = tcpRef(events[i].kind);
        if (!r)
            continue;
        auto [it, fresh] = connIndex.try_emplace({r->device, r->connection}, conns.size());
        if (fresh)
            conns.push_back({*r, i, false, {}});
        Conn& c = conns[it->second];
        c.events.push_back(i);
        if (const auto* s = std::get_if<TcpStateChanged>(&events[i].kind);
            s && s->to == TcpState::SynSent)
            c.activeOpen = true;
    }
    // The connection on `device` with this (local, remote) tuple, the latest one
    // begun by `time`.
    auto connAt = [&](DeviceId device, const Tuple& t, SimTime time) -> int {
        int best = -1;
        for (std::size_t i = 0; i < conns.size(); ++i) {
            const TcpConnectionRef& r = conns[i].ref;
            if (r.device == device &&
                Tuple{r.localAddress.value, r.localPort, r.remoteAddress.value, r.remotePort} ==
                    t &&
                events[conns[i].firstEvent].time <= time)
                best = static_cast<int>(i);
        }
        return best;
    };
    // Both ends of a connection are joined by the segments between them (NAT may
    // have changed the addresses on the way).
    std::vector<std::size_t> parent(conns.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    std::vector<int> tcpConnOf(msgs.size(), -1);
    for (std::size_t m = 0; m < msgs.size(); ++m) {
        const Message& msg = msgs[m];
        if (msg.kind != MessageKind::Tcp)
            continue;
        const int sender =
            connAt(msg.from,
                   {msg.source.value, msg.sourcePort, msg.destination.value, msg.destinationPort},
                   msg.sent);
        int receiver = -1;
        for (const sequence::Leaf& leaf : msg.leaves) {
            if (leaf.dropped && leaf.hops.back().lost)
                continue;
            receiver = connAt(
                leaf.device,
                {leaf.destination.value, leaf.destinationPort, leaf.source.value, leaf.sourcePort},
                leaf.time);
            if (receiver >= 0)
                break;
        }
        if (sender >= 0 && receiver >= 0)
            parent[findRoot(parent, static_cast<std::size_t>(sender))] =
                findRoot(parent, static_cast<std::size_t>(receiver));
        tcpConnOf[m] = sender >= 0 ? sender : receiver;
    }

    // Conversations keyed by what identifies them; each gets its messages.
    std::map<std::size_t, std::size_t> tcpConv; // conn root -> list index
    std::map<Tuple, std::size_t> udpConv;       // ordered low/high endpoint pair
    std::map<Tuple, std::size_t> icmpConv;      // (requester, target, id, 0)
    std::map<std::uint32_t, std::size_t> dhcpConv;
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> arpConv; // latest instance
    std::vector<Conversation>& list = out.list_;
    auto open = [&](ConversationKind kind, QString id, DeviceId initiator) {
        Conversation c;
        c.kind = kind;
        c.id = std::move(id);
        c.devices.push_back(initiator);
        list.push_back(std::move(c));
        return list.size() - 1;
    };
    auto udpKey = [](Ipv4Address a, std::uint16_t p, Ipv4Address b, std::uint16_t q) {
        return std::min(Tuple{a.value, p, b.value, q}, Tuple{b.value, q, a.value, p});
    };
    // ARP resolutions start instances: the request that follows belongs to the newest.
    std::map<std::size_t, std::pair<std::uint32_t, std::uint32_t>> arpStarts; // event -> pair
    for (std::size_t i = 0; i < events.size(); ++i)
        if (const auto* a = std::get_if<ArpResolution>(&events[i].kind);
            a && a->step == ArpResolutionStep::Started) {
            const DeviceInfo& d = run.devices()[a->device];
            for (const InterfaceInfo& itf : d.interfaces)
                if (itf.port == a->port && itf.address)
                    arpStarts[i] = {itf.address->address.value, a->ip.value};
        }
    auto arpStart = arpStarts.begin();
    std::map<std::pair<std::uint32_t, std::uint32_t>, bool> arpFresh; // a Started not yet used

    std::vector<int> convOf(msgs.size(), -1);
    for (std::size_t m = 0; m < msgs.size(); ++m) {
        const Message& msg = msgs[m];
        int conv = -1;
        switch (msg.kind) {
        case MessageKind::Tcp:
            if (tcpConnOf[m] >= 0) {
                const std::size_t root = findRoot(parent, static_cast<std::size_t>(tcpConnOf[m]));
                auto it = tcpConv.find(root);
                if (it == tcpConv.end())
                    it = tcpConv.emplace(root, open(ConversationKind::Tcp, {}, msg.from)).first;
                conv = static_cast<int>(it->second);
            }
            break;
        case MessageKind::Udp:
            if (msg.dhcpXid) {
                auto it = dhcpConv.find(*msg.dhcpXid);
                if (it == dhcpConv.end())
                    it = dhcpConv
                             .emplace(*msg.dhcpXid,
                                      open(ConversationKind::Dhcp,
                                           QStringLiteral("dhcp:0x%1")
                                               .arg(*msg.dhcpXid, 8, 16, QLatin1Char('0')),
                                           msg.from))
                             .first;
                conv = static_cast<int>(it->second);
            } else if (!msg.fragment) {
                const Tuple key =
                    udpKey(msg.source, msg.sourcePort, msg.destination, msg.destinationPort);
                auto it = udpConv.find(key);
                if (it == udpConv.end())
                    it = udpConv
                             .emplace(key,
                                      open(ConversationKind::Udp,
                                           QStringLiteral("udp:%1-%2")
                                               .arg(endpoint(msg.source, msg.sourcePort),
                                                    endpoint(msg.destination, msg.destinationPort)),
                                           msg.from))
                             .first;
                conv = static_cast<int>(it->second);
            }
            break;
        case MessageKind::Icmp:
            if (msg.icmpType == icmp::kEchoRequest || msg.icmpType == icmp::kEchoReply) {
                const bool request = msg.icmpType == icmp::kEchoRequest;
                const Tuple key =
                    request ? Tuple{msg.source.value, msg.icmpId, msg.destination.value, 0}
                            : Tuple{msg.destination.value, msg.icmpId, msg.source.value, 0};
                auto it = icmpConv.find(key);
                if (it == icmpConv.end() && request)
                    it = icmpConv
                             .emplace(key, open(ConversationKind::Icmp,
                                                QStringLiteral("icmp:%1-%2:%3")
                                                    .arg(ip(msg.source), ip(msg.destination))
                                                    .arg(msg.icmpId),
                                                msg.from))
                             .first;
                if (it != icmpConv.end())
                    conv = static_cast<int>(it->second);
            }
            break; // errors: below, once every conversation they may quote exists
        case MessageKind::Arp: {
            while (arpStart != arpStarts.end() && arpStart->first <= msg.sendEvent)
                arpFresh[(arpStart++)->second] = true;
            const auto pair = msg.arpOperation == 1
                                  ? std::make_pair(msg.arpSender.value, msg.arpTarget.value)
                                  : std::make_pair(msg.arpTarget.value, msg.arpSender.value);
            auto it = arpConv.find(pair);
            const bool request = msg.arpOperation == 1;
            if (it == arpConv.end() || (request && arpFresh[pair] && it != arpConv.end() &&
                                        !list[it->second].messages.empty() &&
                                        msgs[list[it->second].messages.back()].arpOperation != 1)) {
                QString id = QStringLiteral("arp:%1-%2")
                                 .arg(ip(Ipv4Address{pair.first}), ip(Ipv4Address{pair.second}));
                const std::size_t c = open(ConversationKind::Arp, id, msg.from);
                arpConv[pair] = c;
                it = arpConv.find(pair);
            }
            if (request)
                arpFresh[pair] = false;
            conv = static_cast<int>(it->second);
            break;
        }
        case MessageKind::Other:
            break;
        }
        convOf[m] = conv;
    }
    // ICMP errors join the conversation of the datagram they quote.
    for (std::size_t m = 0; m < msgs.size(); ++m) {
        const Message& msg = msgs[m];
        if (msg.kind != MessageKind::Icmp || convOf[m] >= 0 || !msg.quotedProtocol)
            continue;
        if (*msg.quotedProtocol == ipv4::kUdp) {
            auto it = udpConv.find(udpKey(msg.quotedSource, msg.quotedSourcePort,
                                          msg.quotedDestination, msg.quotedDestinationPort));
            if (it != udpConv.end())
                convOf[m] = static_cast<int>(it->second);
        } else if (*msg.quotedProtocol == ipv4::kIcmp) {
            auto it = icmpConv.find(
                {msg.quotedSource.value, msg.quotedSourcePort, msg.quotedDestination.value, 0});
            if (it != icmpConv.end())
                convOf[m] = static_cast<int>(it->second);
        } else if (*msg.quotedProtocol == ipv4::kTcp) {
            for (const sequence::Leaf& leaf : msg.leaves) {
                const int c = connAt(leaf.device,
                                     {msg.quotedSource.value, msg.quotedSourcePort,
                                      msg.quotedDestination.value, msg.quotedDestinationPort},
                                     leaf.time);
                if (c >= 0)
                    if (auto it = tcpConv.find(findRoot(parent, static_cast<std::size_t>(c)));
                        it != tcpConv.end())
                        convOf[m] = static_cast<int>(it->second);
            }
        }
    }

    // Messages, endpoints and events of each conversation; the whole lab has them all.
    auto addMessage = [&](Conversation& c, std::size_t m) {
        const Message& msg = msgs[m];
        c.messages.push_back(m);
        c.events.push_back(msg.sendEvent);
        auto addDevice = [&c, &run](DeviceId d) {
            if (d != kNoDevice && run.deviceKind(d) != NetDeviceType::Switch &&
                std::find(c.devices.begin(), c.devices.end(), d) == c.devices.end())
                c.devices.push_back(d);
        };
        addDevice(msg.from);
        for (const sequence::Leaf& leaf : msg.leaves) {
            c.events.push_back(leaf.event);
            for (const sequence::Hop& h : leaf.hops) {
                c.events.push_back(h.startEvent);
                if (h.endEvent < run.events().size())
                    c.events.push_back(h.endEvent);
            }
            const bool lostOnLink = leaf.dropped && leaf.hops.back().lost;
            if (!lostOnLink && !msg.broadcast) // a broadcast reaches every host: not all take part
                addDevice(leaf.device);
        }
    };
    for (std::size_t m = 0; m < msgs.size(); ++m) {
        if (convOf[m] >= 0)
            addMessage(list[static_cast<std::size_t>(convOf[m])], m);
        addMessage(out.lab_, m);
    }
    // TCP: both ends' connection events, and the ID from the initiator's view.
    for (const auto& [root, index] : tcpConv) {
        Conversation& c = list[index];
        const Conn* initiator = nullptr;
        for (std::size_t i = 0; i < conns.size(); ++i) {
            if (findRoot(parent, i) != root)
                continue;
            c.tcpConnections.push_back({conns[i].ref.device, conns[i].ref.connection});
            c.events.insert(c.events.end(), conns[i].events.begin(), conns[i].events.end());
            if (!initiator || (conns[i].activeOpen && !initiator->activeOpen))
                initiator = &conns[i];
        }
        const TcpConnectionRef& r = initiator->ref;
        c.id = QStringLiteral("tcp:%1-%2")
                   .arg(endpoint(r.localAddress, r.localPort),
                        endpoint(r.remoteAddress, r.remotePort));
        auto pos = std::find(c.devices.begin(), c.devices.end(), r.device);
        if (pos != c.devices.end())
            std::rotate(c.devices.begin(), pos, pos + 1);
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        const EventKind& k = events[i].kind;
        if (tcpRef(k) || std::holds_alternative<DhcpExchange>(k) ||
            std::holds_alternative<ArpResolution>(k) || std::holds_alternative<PingReply>(k) ||
            std::holds_alternative<DhcpLeaseGranted>(k) ||
            std::holds_alternative<InterfaceConfigured>(k))
            out.lab_.events.push_back(i);
        if (const auto* d = std::get_if<DhcpExchange>(&k))
            if (auto it = dhcpConv.find(d->xid); it != dhcpConv.end())
                list[it->second].events.push_back(i);
        if (const auto* p = std::get_if<PingReply>(&k))
            for (auto& [key, index] : icmpConv)
                if (std::get<1>(key) == p->identifier && std::get<2>(key) == p->from.value)
                    list[index].events.push_back(i);
    }

    // In order of their first event; the same ID twice gets "#2", "#3".
    for (Conversation& c : list) {
        std::sort(c.events.begin(), c.events.end());
        c.events.erase(std::unique(c.events.begin(), c.events.end()), c.events.end());
    }
    std::sort(out.lab_.events.begin(), out.lab_.events.end());
    out.lab_.events.erase(std::unique(out.lab_.events.begin(), out.lab_.events.end()),
                          out.lab_.events.end());
    std::stable_sort(list.begin(), list.end(), [](const Conversation& a, const Conversation& b) {
        return a.events.front() < b.events.front();
    });
    std::map<QString, int> seen;
    for (Conversation& c : list) {
        const int n = ++seen[c.id];
        if (n > 1)
            c.id += QStringLiteral("#%1").arg(n);
    }

    // Labels: what a teacher picks from a list.
    for (Conversation& c : list) {
        QStringList names;
        for (DeviceId d : c.devices)
            names << run.deviceName(d);
        const QString who = names.join(QStringLiteral(" ↔ "));
        const QString tail = c.id.section(QLatin1Char(':'), 1);
        switch (c.kind) {
        case ConversationKind::Tcp:
            c.label = tr("TCP %1 (%2)").arg(tail, who);
            break;
        case ConversationKind::Udp:
            c.label = tr("UDP %1 (%2)").arg(tail, who);
            break;
        case ConversationKind::Icmp:
            c.label = tr("ICMP echo %1 (%2)").arg(tail, who);
            break;
        case ConversationKind::Arp:
            c.label = tr("ARP %1 (%2)").arg(tail, who);
            break;
        case ConversationKind::Dhcp:
            c.label = tr("DHCP transaction %1 (%2)").arg(tail, who);
            break;
        case ConversationKind::Lab:
            break;
        }
    }
    out.lab_.kind = ConversationKind::Lab;
    out.lab_.id = QStringLiteral("lab");
    out.lab_.label = tr("The whole lab");
    out.lab_.devices.clear();
    for (std::size_t d = 0; d < run.devices().size(); ++d)
        if (run.deviceKind(static_cast<DeviceId>(d)) == NetDeviceType::Host)
            out.lab_.devices.push_back(static_cast<DeviceId>(d));
    return out;
}

const Conversation* Conversations::byIdOrNumber(const QString& text, QString* problem) const {
    if (text == lab_.id)
        return &lab_;
    for (const Conversation& c : list_)
        if (c.id == text)
            return &c;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && n >= 1 && n <= static_cast<int>(list_.size()))
        return &list_[static_cast<std::size_t>(n - 1)];
    if (problem) {
        QStringList ids;
        for (const Conversation& c : list_)
            ids << c.id;
        *problem = list_.empty()
                       ? tr("conversation: '%1' is not in this run, which has no conversations "
                            "(only 'lab', the whole lab)")
                             .arg(text)
                       : tr("conversation: '%1' is neither an ID nor a number from 1 to %2; "
                            "this run has: %3 (or 'lab' for the whole lab)")
                             .arg(text)
                             .arg(list_.size())
                             .arg(ids.join(QStringLiteral(", ")));
    }
    return nullptr;
}

const Conversation& Conversations::preferred() const {
    for (const Conversation& c : list_)
        if (c.kind == ConversationKind::Tcp)
            return c;
    return list_.empty() ? lab_ : list_.front();
}

} // namespace ww::ui
