#include "cli/run_report.h"

#include "models/frame_summary.h"
#include "models/reason_text.h"
#include "net/ip_node.h"
#include "transport/tcp_layer.h"
#include "wire/dhcp.h"
#include "wire/icmp.h"

#include <QCoreApplication>

namespace ww::cli {

namespace {

QString ip(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

QString actionText(ActionKind kind) {
    switch (kind) {
    case ActionKind::Ping:
        return QCoreApplication::translate("Cli", "ping %1");
    case ActionKind::UdpSend:
        return QCoreApplication::translate("Cli", "UDP to %1");
    case ActionKind::TcpConnect:
        return QCoreApplication::translate("Cli", "TCP connection to %1");
    case ActionKind::HttpGet:
        return QCoreApplication::translate("Cli", "HTTP GET from %1");
    case ActionKind::DnsLookup:
        return QCoreApplication::translate("Cli", "DNS lookup via %1");
    case ActionKind::Traceroute:
        return QCoreApplication::translate("Cli", "traceroute to %1");
    }
    return {};
}

// RFC 9293's spelling of the states.
QString tcpStateName(TcpState s) {
    return QString::fromLatin1(toString(s)).toUpper().replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace

RunReport::RunReport(const Network& net, QTextStream& out, bool verbose)
    : net_(net)
    , out_(out)
    , verbose_(verbose)
    , dns_(net, out)
    , traceroute_(net, out) {}

QString RunReport::at(SimTime t) const {
    return QStringLiteral("[%1 s]").arg(timeToSeconds(t), 10, 'f', 6);
}

QString RunReport::deviceName(DeviceId id) const {
    return id < net_.devices().size() ? QString::fromStdString(net_.device(id).name())
                                      : QStringLiteral("?");
}

void RunReport::onEvent(const Event& e) {
    stats_.onEvent(e);
    if (dns_.onEvent(e, verbose_, at(e.time)))
        return;
    if (traceroute_.onEvent(e, verbose_, at(e.time)))
        return;
    if (auto* c = std::get_if<TcpStateChanged>(&e.kind)) {
        auto& list = tcpStates_[{c->conn.device, c->conn.connection}];
        if (list.isEmpty())
            list << tcpStateName(c->from);
        list << tcpStateName(c->to);
    } else if (auto* t = std::get_if<TcpRetransmit>(&e.kind)) {
        ++tcpRetransmits_[{t->conn.device, t->conn.connection}];
    } else if (auto* st = std::get_if<ScenarioStep>(&e.kind);
               st && st->action == ActionKind::UdpSend) {
        ++udpSent_[{st->device, st->target.value}];
    } else if (auto* dl = std::get_if<Delivered>(&e.kind); dl && dl->protocol == Protocol::Udp) {
        ++udpDelivered_[{dl->device, dl->port}];
    }
    if (!verbose_)
        return;
    if (auto* r = std::get_if<PingReply>(&e.kind)) {
        out_ << at(e.time) << ' ' << deviceName(r->device) << ": "
             << QCoreApplication::translate("Cli",
                                            "%1 bytes from %2: icmp_seq=%3 ttl=%4 time=%5 ms")
                    .arg(r->bytes)
                    .arg(ip(r->from))
                    .arg(r->sequence)
                    .arg(r->ttl)
                    .arg(timeToSeconds(r->rtt) * 1000.0, 0, 'f', 3)
             << '\n';
    } else if (auto* err = std::get_if<IcmpErrorReceived>(&e.kind)) {
        out_ << at(e.time) << ' ' << deviceName(err->device) << ": "
             << QCoreApplication::translate("Cli", "From %1 (about %2): %3")
                    .arg(ip(err->from), ip(err->originalDestination),
                         ui::icmpErrorText(err->type, err->code, err->nextHopMtu))
             << '\n';
    } else if (auto* d = std::get_if<Delivered>(&e.kind); d && d->protocol == Protocol::Udp) {
        out_ << at(e.time) << ' ' << deviceName(d->device) << ": "
             << QCoreApplication::translate("Cli",
                                            "UDP datagram delivered to port %1 (%2 bytes of data)")
                    .arg(d->port)
                    .arg(d->pdu.size())
             << '\n';
    } else if (auto* x = std::get_if<DhcpExchange>(&e.kind)) {
        const char* type = dhcp::toString(static_cast<dhcp::MessageType>(x->type));
        out_ << at(e.time) << ' ' << deviceName(x->device) << ": "
             << (x->sent ? QCoreApplication::translate("Cli", "%1 sent (xid 0x%2)")
                         : QCoreApplication::translate("Cli", "%1 received (xid 0x%2)"))
                    .arg(QString::fromLatin1(type))
                    .arg(x->xid, 8, 16, QLatin1Char('0'));
        if (!x->yourAddress.isUnspecified())
            out_ << QCoreApplication::translate("Cli", ", your address %1").arg(ip(x->yourAddress));
        out_ << '\n';
    } else if (auto* c = std::get_if<InterfaceConfigured>(&e.kind)) {
        out_ << at(e.time) << ' ' << deviceName(c->device) << ": "
             << QCoreApplication::translate(
                    "Cli", "%1 configured by DHCP: %2/%3, gateway %4, DNS server %5, lease %6 s "
                           "(server %7)")
                    .arg(QString::fromStdString(net_.device(c->device).port(c->port).name),
                         ip(c->address))
                    .arg(c->prefixLength)
                    .arg(ip(c->gateway), ip(c->dns))
                    .arg(c->leaseSeconds)
                    .arg(ip(c->server))
             << '\n';
    } else if (auto* s = std::get_if<ScenarioStep>(&e.kind)) {
        out_ << at(e.time) << ' ' << deviceName(s->device) << ": "
             << actionText(s->action).arg(ip(s->target)) << '\n';
    }
}

// One line per TCP connection: who, the states it went through, bytes each way, retransmissions.
void RunReport::printConnections() {
    for (const auto& d : net_.devices()) {
        auto* node = dynamic_cast<IpNode*>(d.get());
        if (!node || !node->hasTcp())
            continue;
        for (const auto& c : node->tcp().allConnections()) {
            const auto& r = c->ref();
            const std::pair key{r.device, r.connection};
            out_ << QCoreApplication::translate(
                        "Cli", "TCP %1 %2:%3 - %4:%5: %6; %7 bytes sent and acknowledged, %8 bytes "
                               "received, %9 retransmissions")
                        .arg(deviceName(r.device), ip(r.localAddress))
                        .arg(r.localPort)
                        .arg(ip(r.remoteAddress))
                        .arg(r.remotePort)
                        .arg(tcpStates_[key].join(QStringLiteral(" > ")))
                        .arg(c->bytesAcked())
                        .arg(c->bytesReceived())
                        .arg(tcpRetransmits_[key])
                 << '\n';
        }
    }
}

void RunReport::printUdpFlows() {
    for (const auto& [key, n] : udpSent_)
        out_ << QCoreApplication::translate("Cli", "UDP %1 to %2: %3 datagrams sent")
                    .arg(deviceName(key.first), ip(Ipv4Address{key.second}))
                    .arg(n)
             << '\n';
    for (const auto& [key, n] : udpDelivered_)
        out_ << QCoreApplication::translate("Cli", "UDP %1 port %2: %3 datagrams received")
                    .arg(deviceName(key.first))
                    .arg(key.second)
                    .arg(n)
             << '\n';
}

void RunReport::printSummary(SimTime end) {
    out_ << QCoreApplication::translate("Cli", "Simulated %1 s: %2 events.")
                .arg(timeToSeconds(end), 0, 'f', 3)
                .arg(stats_.events())
         << '\n';
    out_ << QCoreApplication::translate("Cli", "Frames: %1 sent, %2 arrived, %3 lost on links, %4 "
                                               "dropped by devices, %5 in flight.")
                .arg(stats_.framesSent())
                .arg(stats_.framesArrived())
                .arg(stats_.framesLostOnLinks())
                .arg(stats_.framesDroppedAtDevices())
                .arg(stats_.framesInFlight())
         << '\n';
    out_ << QCoreApplication::translate(
                "Cli", "Ping replies: %1. ICMP errors received: %2. UDP datagrams delivered: %3.")
                .arg(stats_.pingsReplied())
                .arg(stats_.icmpErrors())
                .arg(stats_.udpDelivered())
         << '\n';
    if (!stats_.dropsByReason().empty()) {
        // The categories add up to the total, and so do the reasons.
        out_ << QCoreApplication::translate(
                    "Cli", "Drops: %1 in all: %2 frames lost on links, %3 frames refused at a "
                           "transmitter (queue full or too big for the link), %4 frames dropped by "
                           "devices, %5 packets dropped inside "
                           "devices.")
                    .arg(stats_.drops())
                    .arg(stats_.framesLostOnLinks())
                    .arg(stats_.framesRefusedAtTransmitters())
                    .arg(stats_.framesDroppedAtDevices())
                    .arg(stats_.packetsDroppedAtDevices())
             << '\n';
        QStringList parts;
        for (const auto& [reason, n] : stats_.dropsByReason())
            parts << QStringLiteral("%1 (%2)").arg(ui::dropReasonText(reason)).arg(n);
        out_ << QCoreApplication::translate("Cli", "Drops by reason: %1.")
                    .arg(parts.join(QStringLiteral(", ")))
             << '\n';
    }
    const auto violations = stats_.conservationViolations();
    if (violations.empty())
        out_ << QCoreApplication::translate("Cli", "Conservation: every frame sent arrived, was "
                                                   "lost with a reason, or is in flight.")
             << '\n';
    else
        for (const auto& v : violations)
            out_ << QCoreApplication::translate("Cli", "Conservation violated: %1")
                        .arg(QString::fromStdString(v))
                 << '\n';
}

} // namespace ww::cli
