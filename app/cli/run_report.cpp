#include "cli/run_report.h"

#include "wire/icmp.h"

#include <QCoreApplication>

namespace ww::cli {

namespace {

QString ip(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

// The same wording as iputils ping, so students recognise it.
QString icmpErrorText(std::uint8_t type, std::uint8_t code, std::uint16_t mtu) {
    if (type == icmp::kTimeExceeded)
        return code == icmp::kTtlExceeded
                   ? QCoreApplication::translate("Cli", "Time to live exceeded")
                   : QCoreApplication::translate("Cli", "Frag reassembly time exceeded");
    if (type == icmp::kDestinationUnreachable) {
        switch (code) {
        case icmp::kNetUnreachable:
            return QCoreApplication::translate("Cli", "Destination Net Unreachable");
        case icmp::kHostUnreachable:
            return QCoreApplication::translate("Cli", "Destination Host Unreachable");
        case icmp::kProtocolUnreachable:
            return QCoreApplication::translate("Cli", "Destination Protocol Unreachable");
        case icmp::kPortUnreachable:
            return QCoreApplication::translate("Cli", "Destination Port Unreachable");
        case icmp::kFragmentationNeeded:
            return QCoreApplication::translate("Cli", "Frag needed and DF set (mtu = %1)").arg(mtu);
        }
    }
    return QCoreApplication::translate("Cli", "ICMP type %1 code %2").arg(type).arg(code);
}

} // namespace

RunReport::RunReport(const Network& net, QTextStream& out, bool verbose)
    : net_(net)
    , out_(out)
    , verbose_(verbose) {}

QString RunReport::at(SimTime t) const {
    return QStringLiteral("[%1 s]").arg(timeToSeconds(t), 10, 'f', 6);
}

QString RunReport::deviceName(DeviceId id) const {
    return id < net_.devices().size() ? QString::fromStdString(net_.device(id).name())
                                      : QStringLiteral("?");
}

void RunReport::onEvent(const Event& e) {
    stats_.onEvent(e);
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
                         icmpErrorText(err->type, err->code, err->nextHopMtu))
             << '\n';
    } else if (auto* d = std::get_if<Delivered>(&e.kind); d && d->protocol == Protocol::Udp) {
        out_ << at(e.time) << ' ' << deviceName(d->device) << ": "
             << QCoreApplication::translate("Cli",
                                            "UDP datagram delivered to port %1 (%2 bytes of data)")
                    .arg(d->port)
                    .arg(d->pdu.size())
             << '\n';
    } else if (auto* s = std::get_if<ScenarioStep>(&e.kind)) {
        out_ << at(e.time) << ' ' << deviceName(s->device) << ": "
             << (s->action == ActionKind::Ping ? QCoreApplication::translate("Cli", "ping %1")
                                               : QCoreApplication::translate("Cli", "UDP to %1"))
                    .arg(ip(s->target))
             << '\n';
    }
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
        QStringList parts;
        for (const auto& [reason, n] : stats_.dropsByReason())
            parts << QStringLiteral("%1 %2").arg(QString::fromLatin1(toString(reason))).arg(n);
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
