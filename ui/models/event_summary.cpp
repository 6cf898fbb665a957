#include "models/event_summary.h"

#include "dns/dns_words.h"
#include "inspector/story_text.h"
#include "models/reason_text.h"
#include "proto/protocol_registry.h"
#include "wire/dhcp.h"
#include "wire/dns.h"

#include <QCoreApplication>
#include <QStringList>

namespace ww::ui {

namespace {

QString ip(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

// The name a scenario step resolves (ping, http and dns by name): that of the lab action
// of the same device and kind starting at `time`; empty when it was given an address.
QString stepName(const RecordedRun& run, const ScenarioStep& step, SimTime time) {
    const QString device = run.deviceName(step.device);
    for (const lab::Action& a : run.lab().scenario) {
        const bool sameKind =
            (a.type == lab::ActionType::Ping && step.action == ActionKind::Ping) ||
            (a.type == lab::ActionType::HttpGet && step.action == ActionKind::HttpGet) ||
            (a.type == lab::ActionType::Dns && step.action == ActionKind::DnsLookup);
        if (sameKind && !a.name.empty() && QString::fromStdString(a.from) == device &&
            secondsToTime(a.at + a.interval * step.index) == time)
            return QString::fromStdString(a.name);
    }
    return {};
}

QString mac(const MacAddress& m) {
    return QString::fromStdString(m.toString());
}

QString tcpStateName(TcpState s) {
    return QString::fromLatin1(toString(s)).toUpper().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString protocolName(Protocol p) {
    return proto::displayName(p);
}

QString natProtocol(std::uint8_t p) {
    const proto::Descriptor* d = proto::byIpProtocol(p);
    return d ? proto::displayName(d->id) : QString::number(p);
}

// The layer where a receive check happens. No default: a new check stops the build.
Layer checkLayer(Check check) {
    switch (check) {
    case Check::DestinationMac:
    case Check::Fcs:
        return Layer::NetworkInterface;
    case Check::IpHeaderChecksum:
    case Check::DestinationIp:
        return Layer::Internet;
    case Check::TransportChecksum:
    case Check::Port:
    case Check::SequenceNumber:
        return Layer::Transport;
    }
    return Layer::Internet;
}

// The layer of the step that dropped a PDU. No default: a new reason stops the build.
Layer dropLayer(const Drop& d) {
    switch (d.reason) {
    case DropReason::LinkLoss:
    case DropReason::Injected:
    case DropReason::QueueFull:
    case DropReason::FrameTooBig:
    case DropReason::FcsError:
    case DropReason::NotForThisMac:
    case DropReason::SameSegment:
        return Layer::NetworkInterface;
    case DropReason::Malformed:
        return d.frameId != 0 ? Layer::NetworkInterface : Layer::Internet;
    case DropReason::HeaderChecksum:
    case DropReason::NotForThisHost:
    case DropReason::NoRoute:
    case DropReason::TtlExpired:
    case DropReason::ArpFailed: // the packet waited at the IP layer for ARP's answer
    case DropReason::ArpQueueFull:
    case DropReason::FragmentationNeeded:
    case DropReason::ReassemblyTimeout:
    case DropReason::BroadcastNotForwarded:
    case DropReason::ProtocolUnreachable:
    case DropReason::PrivateDestination:
    case DropReason::NoListener:
    case DropReason::NatUntranslatable:
        return Layer::Internet;
    case DropReason::PortUnreachable:
    case DropReason::TransportChecksum:
    case DropReason::TcpNoConnection:
    case DropReason::TcpUnacceptable:
        return Layer::Transport;
    }
    return Layer::Internet;
}

int layerOf(Protocol p) {
    return static_cast<int>(proto::describe(p).layer);
}

constexpr int kNetworkInterface = static_cast<int>(Layer::NetworkInterface);
constexpr int kInternet = static_cast<int>(Layer::Internet);
constexpr int kTransport = static_cast<int>(Layer::Transport);
constexpr int kApplication = static_cast<int>(Layer::Application);

const QString kArrow = QStringLiteral(" → ");

// "www.naver.com. A": the question as dig prints it.
QString dnsQuestion(const std::string& name, std::uint16_t qtype) {
    const char* type = dns::typeName(qtype);
    return QStringLiteral("%1 %2").arg(QString::fromStdString(name),
                                       *type ? QString::fromLatin1(type)
                                             : QStringLiteral("TYPE%1").arg(qtype));
}

} // namespace

QString layerName(Layer layer) {
    return proto::layerName(layer);
}

QString EventDescriber::switchDecisionText(const RecordedRun& run, const SwitchDecision& d) {
    switch (d.action) {
    case SwitchAction::Forwarded:
        return tr("MAC table: port %1")
            .arg(d.outPorts.empty() ? QStringLiteral("?") : run.portName(d.device, d.outPorts[0]));
    case SwitchAction::Flooded:
        return tr("flood");
    case SwitchAction::Filtered:
        return tr("filter (same port)");
    }
    return {};
}

QString EventDescriber::routerDecisionText(const RecordedRun& run, const RouterDecision& d) {
    const QString prefix = QStringLiteral("%1/%2").arg(ip(d.route.prefix)).arg(d.route.length);
    const QString itf = run.interfaceName(d.device, d.route.port);
    const QString via = d.route.nextHop.isUnspecified()
                            ? itf
                            : QStringLiteral("%1 (%2)").arg(ip(d.route.nextHop), itf);
    return tr("%1 via %2, TTL %3→%4").arg(prefix, via).arg(d.ttlBefore).arg(d.ttlAfter);
}

PduSummary EventDescriber::pdu(const PduRef& p, bool isFrame) {
    if (!p.bytes || p.size() == 0)
        return {};
    if (isFrame)
        return pdus_.frame(p.view());
    if ((p.view()[0] >> 4) == 4)
        return pdus_.packet(p.view());
    return pdus_.arpPacket(p.view());
}

EventRow EventDescriber::describe(const Event& event) {
    const RecordedRun& run = run_;
    EventRow row;
    auto name = [&run](DeviceId id) { return run.deviceName(id); };
    auto header = [&](DeviceId device, Layer layer, Protocol protocol, const QString& what) {
        row.device = device;
        row.layer = static_cast<int>(layer);
        row.protocol = protocolName(protocol);
        row.summary = what;
        row.detail = true;
    };
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, PduBuilt>) {
                header(e.device, e.layer, e.protocol,
                       tr("%1 built (%2 bytes)")
                           .arg(inspector::pduNameText(e.name))
                           .arg(e.pdu.size()));
            } else if constexpr (std::is_same_v<T, HeaderPushed>) {
                header(e.device, e.layer, e.protocol,
                       tr("%1 header added: %2 (%3 bytes)")
                           .arg(protocolName(e.protocol), inspector::pduNameText(e.name))
                           .arg(e.pdu.size()));
            } else if constexpr (std::is_same_v<T, HeaderPopped>) {
                header(e.device, e.layer, e.protocol,
                       tr("%1 header removed (%2 bytes)")
                           .arg(protocolName(e.protocol))
                           .arg(e.pdu.size()));
            } else if constexpr (std::is_same_v<T, FrameTxStart>) {
                const PduSummary s = pdu(e.frame, true);
                row.device = e.from;
                if (const FrameFlight* f = run.flight(e.frameId))
                    row.peer = f->to;
                row.layer = kNetworkInterface;
                row.protocol = s.protocol;
                row.summary = s.text;
            } else if constexpr (std::is_same_v<T, FrameTxEnd>) {
                row.device = e.from;
                row.layer = kNetworkInterface;
                row.protocol = protocolName(Protocol::Ethernet);
                row.summary = tr("Frame %1: last bit sent").arg(e.frameId);
                row.detail = true;
            } else if constexpr (std::is_same_v<T, FrameArrival>) {
                row.device = e.to;
                row.layer = kNetworkInterface;
                row.protocol = protocolName(Protocol::Ethernet);
                row.summary = e.corrupted ? tr("Frame %1 arrived on %2, corrupted")
                                                .arg(e.frameId)
                                                .arg(run.portName(e.to, e.port))
                                          : tr("Frame %1 arrived on %2")
                                                .arg(e.frameId)
                                                .arg(run.portName(e.to, e.port));
                row.detail = !e.corrupted;
            } else if constexpr (std::is_same_v<T, ReceiveCheck>) {
                row.device = e.device;
                row.layer = static_cast<int>(checkLayer(e.check));
                row.summary = (e.passed ? tr("Check %1 passed") : tr("Check %1 failed"))
                                  .arg(checkText(e.check));
                row.detail = e.passed;
            } else if constexpr (std::is_same_v<T, SwitchDecision>) {
                row.device = e.device;
                row.layer = kNetworkInterface;
                if (const FrameFlight* f = run.flight(e.frameId))
                    row.protocol = pdu(f->frame, true).protocol;
                QString text = switchDecisionText(run, e);
                if (e.action == SwitchAction::Flooded) {
                    QStringList ports;
                    for (PortIndex p : e.outPorts)
                        ports << run.portName(e.device, p);
                    text += tr(" to %1").arg(ports.join(QStringLiteral(", ")));
                }
                row.summary = QStringLiteral("%1: %2").arg(name(e.device), text);
            } else if constexpr (std::is_same_v<T, MacTableChanged>) {
                row.device = e.device;
                row.layer = kNetworkInterface;
                row.summary = tr("%1: MAC table %2 %3 on %4")
                                  .arg(name(e.device), macTableChangeText(e.change), mac(e.mac),
                                       run.portName(e.device, e.port));
            } else if constexpr (std::is_same_v<T, RouterDecision>) {
                row.device = e.device;
                row.layer = kInternet;
                row.protocol = pdu(e.packet, false).protocol;
                row.summary = tr("%1: route %2").arg(name(e.device), routerDecisionText(run, e));
            } else if constexpr (std::is_same_v<T, FrameRebuilt>) {
                row.device = e.device;
                row.layer = kNetworkInterface;
                row.protocol = protocolName(Protocol::Ethernet);
                row.summary =
                    tr("%1: new frame %2%3%4 (was %5%6%7)")
                        .arg(name(e.device), mac(e.newSource), kArrow, mac(e.newDestination),
                             mac(e.oldSource), kArrow, mac(e.oldDestination));
            } else if constexpr (std::is_same_v<T, Fragmented>) {
                row.device = e.device;
                row.layer = kInternet;
                row.protocol = protocolName(Protocol::Ipv4);
                row.summary =
                    tr("Fragmented into %1 for MTU %2").arg(e.fragments.size()).arg(e.mtu);
            } else if constexpr (std::is_same_v<T, FragmentHeld>) {
                row.device = e.device;
                row.layer = kInternet;
                row.protocol = protocolName(Protocol::Ipv4);
                row.summary =
                    tr("Fragment held: offset %1, %2 bytes").arg(e.offsetBytes).arg(e.length);
            } else if constexpr (std::is_same_v<T, Reassembled>) {
                row.device = e.device;
                row.layer = kInternet;
                row.protocol = protocolName(Protocol::Ipv4);
                row.summary = tr("Reassembled from %1 fragments").arg(e.fragmentCount);
            } else if constexpr (std::is_same_v<T, ArpCacheChanged>) {
                row.device = e.device;
                row.layer = layerOf(Protocol::Arp);
                row.protocol = protocolName(Protocol::Arp);
                row.summary =
                    tr("%1: ARP cache %2 %3 is at %4")
                        .arg(name(e.device), arpCacheChangeText(e.change), ip(e.ip), mac(e.mac));
            } else if constexpr (std::is_same_v<T, ArpResolution>) {
                row.device = e.device;
                row.layer = layerOf(Protocol::Arp);
                row.protocol = protocolName(Protocol::Arp);
                row.summary = tr("%1: ARP for %2 %3 (attempt %4, %5 waiting)")
                                  .arg(name(e.device), ip(e.ip), arpStepText(e.step))
                                  .arg(e.attempt)
                                  .arg(e.queued);
            } else if constexpr (std::is_same_v<T, Delivered>) {
                row.device = e.device;
                row.layer = layerOf(e.protocol); // the protocol handing it up
                row.protocol = protocolName(e.protocol);
                row.summary = tr("Delivered to %1 (%2 bytes)")
                                  .arg(protocolName(e.protocol))
                                  .arg(e.pdu.size());
                row.detail = true;
            } else if constexpr (std::is_same_v<T, PingReply>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Icmp);
                // The CLI's wording (iputils ping), translated once for both.
                row.summary = QCoreApplication::translate(
                                  "Cli", "%1 bytes from %2: icmp_seq=%3 ttl=%4 time=%5 ms")
                                  .arg(e.bytes)
                                  .arg(ip(e.from))
                                  .arg(e.sequence)
                                  .arg(e.ttl)
                                  .arg(timeToSeconds(e.rtt) * 1000.0, 0, 'f', 3);
            } else if constexpr (std::is_same_v<T, IcmpErrorReceived>) {
                row.device = e.device;
                row.layer = kInternet;
                row.protocol = protocolName(Protocol::Icmp);
                row.summary = tr("ICMP error from %1 (type %2 code %3) about %4")
                                  .arg(ip(e.from))
                                  .arg(e.type)
                                  .arg(e.code)
                                  .arg(ip(e.originalDestination));
            } else if constexpr (std::is_same_v<T, ScenarioStep>) {
                row.device = e.device;
                row.layer = kApplication;
                // By name: the name while it is being resolved (the engine has no address
                // yet); the step that follows the answer names the address.
                const QString asked = e.target == Ipv4Address{} || e.action == ActionKind::DnsLookup
                                          ? stepName(run, e, event.time)
                                          : QString();
                if (e.action == ActionKind::DnsLookup && !asked.isEmpty())
                    row.summary = e.target == Ipv4Address{}
                                      ? tr("%1: DNS lookup of %2 (#%3)")
                                            .arg(name(e.device), asked)
                                            .arg(e.index + 1)
                                      : tr("%1: DNS lookup of %2 via %3 (#%4)")
                                            .arg(name(e.device), asked, ip(e.target))
                                            .arg(e.index + 1);
                else
                    row.summary = tr("%1: %2 %3 (#%4)")
                                      .arg(name(e.device), actionText(e.action),
                                           asked.isEmpty() ? ip(e.target) : asked)
                                      .arg(e.index + 1);
            } else if constexpr (std::is_same_v<T, Drop>) {
                row.device = e.device;
                if (e.device == kNoDevice) // lost on a link: sender → receiver
                    if (const FrameFlight* f = run.flight(e.frameId)) {
                        row.device = f->from;
                        row.peer = f->to;
                    }
                row.protocol = pdu(e.pdu, e.frameId != 0).protocol;
                row.layer = static_cast<int>(dropLayer(e));
                row.summary = tr("Drop: %1").arg(dropReasonText(e.reason));
            } else if constexpr (std::is_same_v<T, TcpStateChanged>) {
                row.device = e.conn.device;
                row.layer = kTransport;
                row.protocol = protocolName(Protocol::Tcp);
                row.summary = tr("TCP %1:%2%3%4:%5 %6%7%8")
                                  .arg(ip(e.conn.localAddress))
                                  .arg(e.conn.localPort)
                                  .arg(kArrow, ip(e.conn.remoteAddress))
                                  .arg(e.conn.remotePort)
                                  .arg(tcpStateName(e.from), kArrow, tcpStateName(e.to));
            } else if constexpr (std::is_same_v<T, TcpRttSample>) {
                row.device = e.conn.device;
                row.layer = kTransport;
                row.protocol = protocolName(Protocol::Tcp);
                row.summary = tr("TCP RTT %1 ms, RTO %2 ms")
                                  .arg(timeToSeconds(e.rtt) * 1000.0, 0, 'f', 3)
                                  .arg(timeToSeconds(e.rto) * 1000.0, 0, 'f', 3);
                row.detail = true;
            } else if constexpr (std::is_same_v<T, TcpRtoChanged>) {
                row.device = e.conn.device;
                row.layer = static_cast<int>(Layer::Transport);
                row.protocol = QStringLiteral("TCP");
                row.summary = e.change == RtoChange::BackOff
                                  ? tr("TCP RTO backed off to %1 ms (timer expired)")
                                        .arg(timeToSeconds(e.rto) * 1000.0, 0, 'f', 3)
                                  : tr("TCP RTO reset to %1 ms after a resent SYN (RFC 6298)")
                                        .arg(timeToSeconds(e.rto) * 1000.0, 0, 'f', 3);
                row.detail = true;
            } else if constexpr (std::is_same_v<T, TcpCongestion>) {
                row.device = e.conn.device;
                row.layer = kTransport;
                row.protocol = protocolName(Protocol::Tcp);
                row.summary = tr("TCP cwnd %1 ssthresh %2 (%3)")
                                  .arg(e.cwnd)
                                  .arg(e.ssthresh)
                                  .arg(congestionChangeText(e.change));
                row.detail = e.change == CongestionChange::Grew;
            } else if constexpr (std::is_same_v<T, TcpRetransmit>) {
                row.device = e.conn.device;
                row.layer = kTransport;
                row.protocol = protocolName(Protocol::Tcp);
                row.summary = tr("TCP retransmission (%1), %2 bytes")
                                  .arg(retransmitReasonText(e.reason))
                                  .arg(e.length);
            } else if constexpr (std::is_same_v<T, DhcpExchange>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dhcp);
                const QString type =
                    QString::fromLatin1(dhcp::toString(static_cast<dhcp::MessageType>(e.type)));
                row.summary =
                    (e.sent ? tr("%1: %2 sent") : tr("%1: %2 received")).arg(name(e.device), type);
                row.detail = true; // the frame itself is the visible row
            } else if constexpr (std::is_same_v<T, DhcpLeaseGranted>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dhcp);
                row.summary = tr("%1: lease of %2 to %3 for %4 s")
                                  .arg(name(e.device), ip(e.address), mac(e.client))
                                  .arg(e.leaseSeconds);
            } else if constexpr (std::is_same_v<T, InterfaceConfigured>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dhcp);
                row.summary =
                    tr("%1: %2 is %3/%4, gateway %5, DNS %6")
                        .arg(name(e.device), run.portName(e.device, e.port), ip(e.address))
                        .arg(e.prefixLength)
                        .arg(ip(e.gateway), ip(e.dns));
            } else if constexpr (std::is_same_v<T, NatMappingChanged>) {
                row.device = e.device;
                row.layer = kInternet;
                row.protocol = natProtocol(e.protocol);
                row.summary = (e.created ? tr("NAT: %1 %2:%3 ↔ %4:%5 created")
                                         : tr("NAT: %1 %2:%3 ↔ %4:%5 removed"))
                                  .arg(natProtocol(e.protocol), ip(e.insideAddress))
                                  .arg(e.insidePort)
                                  .arg(ip(e.globalAddress))
                                  .arg(e.globalPort);
            } else if constexpr (std::is_same_v<T, DnsLookupStarted>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dns);
                row.summary =
                    tr("%1: DNS lookup %2 started (%3)")
                        .arg(name(e.device), dnsQuestion(e.name, e.qtype), dnsRoleWord(e.role));
            } else if constexpr (std::is_same_v<T, DnsPlaceChecked>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dns);
                row.summary =
                    (e.hit ? tr("%1: %2 looked up in %3: hit") : tr("%1: %2 looked up in %3: miss"))
                        .arg(name(e.device), dnsQuestion(e.name, e.qtype), dnsPlaceWord(e.place));
            } else if constexpr (std::is_same_v<T, DnsQuerySent>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dns);
                row.summary = (e.recursionDesired ? tr("%1: DNS query %2 to %3 (recursive)")
                                                  : tr("%1: DNS query %2 to %3 (iterative)"))
                                  .arg(name(e.device), dnsQuestion(e.name, e.qtype), ip(e.server));
                row.detail = true;
            } else if constexpr (std::is_same_v<T, DnsQueryReceived>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dns);
                row.summary = tr("%1: DNS query %2 from %3")
                                  .arg(name(e.device), dnsQuestion(e.name, e.qtype), ip(e.client));
                row.detail = true;
            } else if constexpr (std::is_same_v<T, DnsResponseSent>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dns);
                row.summary = tr("%1: DNS response %2 (%3) to %4")
                                  .arg(name(e.device), dnsQuestion(e.name, e.qtype),
                                       dnsAnswerWord(e.kind), ip(e.peer));
                row.detail = true;
            } else if constexpr (std::is_same_v<T, DnsResponseReceived>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dns);
                row.summary = tr("%1: DNS response %2 (%3) from %4")
                                  .arg(name(e.device), dnsQuestion(e.name, e.qtype),
                                       dnsAnswerWord(e.kind), ip(e.peer));
                row.detail = true;
            } else if constexpr (std::is_same_v<T, DnsCacheChanged>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dns);
                row.summary = tr("%1: DNS cache %2 %3 %4 (TTL %5)")
                                  .arg(name(e.device), dnsCacheChangeWord(e.change),
                                       dnsQuestion(e.name, e.qtype), QString::fromStdString(e.data))
                                  .arg(e.ttl);
            } else if constexpr (std::is_same_v<T, DnsLookupFinished>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Dns);
                QStringList addresses;
                for (Ipv4Address a : e.addresses)
                    addresses << ip(a);
                row.summary =
                    tr("%1: DNS lookup %2: %3 %4")
                        .arg(name(e.device), dnsQuestion(e.name, e.qtype),
                             dnsOutcomeWord(e.outcome), addresses.join(QStringLiteral(", ")));
            } else if constexpr (std::is_same_v<T, TracerouteProbeSent>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol =
                    protocolName(e.probe == TracerouteProbe::Udp ? Protocol::Udp : Protocol::Icmp);
                row.summary = tr("%1: traceroute probe %2 of hop %3 to %4")
                                  .arg(name(e.device))
                                  .arg(e.probeIndex + 1)
                                  .arg(e.ttl)
                                  .arg(ip(e.target));
            } else if constexpr (std::is_same_v<T, TracerouteProbeResult>) {
                row.device = e.device;
                row.layer = kApplication;
                row.protocol = protocolName(Protocol::Icmp);
                row.summary = e.answered
                                  ? tr("%1: traceroute hop %2 probe %3 answered by %4 in %5 ms")
                                        .arg(name(e.device))
                                        .arg(e.ttl)
                                        .arg(e.probeIndex + 1)
                                        .arg(ip(e.from))
                                        .arg(timeToSeconds(e.rtt) * 1000.0, 0, 'f', 3)
                                  : tr("%1: traceroute hop %2 probe %3: no answer (*)")
                                        .arg(name(e.device))
                                        .arg(e.ttl)
                                        .arg(e.probeIndex + 1);
            } else {
                // Every event type needs a branch above: a new one stops the build here.
                static_assert(sizeof(T) == 0, "EventDescriber::describe: describe this event");
            }
        },
        event.kind);
    return row;
}

} // namespace ww::ui
