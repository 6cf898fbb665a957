#include "inspector/story_receiver.h"

#include "wire/arp.h"
#include "wire/ethernet.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <algorithm>

namespace ww::inspector {

namespace {

StoryStep followStep(StepKind kind, std::size_t index, Protocol protocol, PduRef pdu) {
    StoryStep s;
    s.kind = kind;
    s.eventIndex = index;
    s.protocol = protocol;
    s.layer = Layer::Internet;
    s.pdu = std::move(pdu);
    return s;
}

bool isTransport(std::uint8_t ipProtocol) {
    return ipProtocol == ipv4::kUdp || ipProtocol == ipv4::kTcp;
}

} // namespace

void classifyDelivery(StoryStep& s) {
    s.layer = Layer::Application;
    s.delivery = Delivery::Application;
    if (s.protocol == Protocol::Arp) {
        s.delivery = Delivery::ArpModule;
        s.layer = Layer::Internet;
        return;
    }
    if (s.protocol != Protocol::Icmp)
        return;
    const auto m = icmp::parse(s.pdu.view());
    if (!m)
        return;
    switch (m->repr.type) {
    case icmp::kEchoRequest:
        s.delivery = Delivery::IcmpEcho;
        s.layer = Layer::Internet;
        return;
    case icmp::kEchoReply:
        s.delivery = Delivery::PingProgram;
        return;
    default:
        s.delivery = Delivery::IcmpError;
        // The offending packet's header travels inside: its protocol field says who sent it.
        if (m->repr.data.size() >= ipv4::kMinHeaderLen)
            s.offendingProtocol = static_cast<std::uint8_t>(m->repr.data[9]);
        s.layer = isTransport(s.offendingProtocol) ? Layer::Transport : Layer::Internet;
    }
}

std::vector<StoryStep> aftermathOf(const RecordedRun& run, std::size_t index,
                                   const StoryStep& delivered) {
    std::vector<StoryStep> steps;
    const auto& events = run.events();
    const DeviceId device = std::get<Delivered>(events[index].kind).device;
    const WireFailure other{WireError::Unsupported, ""};
    const auto arp = delivered.protocol == Protocol::Arp ? arp::parse(delivered.pdu.view())
                                                         : Result<arp::Repr>(other);
    const auto message = delivered.protocol == Protocol::Icmp ? icmp::parse(delivered.pdu.view())
                                                              : Result<icmp::Parsed>(other);
    // The stack answers in the same instant, before the next frame is read.
    for (std::size_t j = index + 1; j < events.size() && j < index + 12; ++j) {
        const EventKind& k = events[j].kind;
        if (const auto* next = std::get_if<FrameArrival>(&k); next && next->to == device)
            break;
        if (const auto* c = std::get_if<ArpCacheChanged>(&k)) {
            if (c->device != device || !arp || c->ip != arp->senderIp ||
                c->change == ArpCacheChange::Expired)
                continue;
            StoryStep s = followStep(StepKind::CacheUpdated, j, Protocol::Arp, delivered.pdu);
            s.name = PduName::Packet;
            s.cacheIp = c->ip;
            s.cacheMac = c->mac;
            steps.push_back(s);
        } else if (const auto* b = std::get_if<PduBuilt>(&k); b && b->device == device) {
            if (arp && b->protocol == Protocol::Arp) {
                const auto reply = arp::parse(b->pdu.view());
                if (!reply || reply->operation != arp::Operation::Reply ||
                    reply->targetIp != arp->senderIp)
                    continue;
            } else if (message && message->repr.type == icmp::kEchoRequest &&
                       b->protocol == Protocol::Icmp) {
                const auto reply = icmp::parse(b->pdu.view());
                if (!reply || reply->repr.type != icmp::kEchoReply ||
                    reply->repr.identifier != message->repr.identifier ||
                    reply->repr.sequence != message->repr.sequence)
                    continue;
            } else {
                continue;
            }
            StoryStep s = followStep(StepKind::Answered, j, b->protocol, b->pdu);
            s.name = b->name;
            steps.push_back(s);
            break;
        } else if (const auto* e = std::get_if<IcmpErrorReceived>(&k)) {
            if (e->device != device || delivered.delivery != Delivery::IcmpError)
                continue;
            StoryStep s = followStep(StepKind::Notified, j, Protocol::Icmp, delivered.pdu);
            s.layer = Layer::Application;
            s.offendingProtocol = delivered.offendingProtocol;
            steps.push_back(s);
            break;
        }
    }
    return steps;
}

Layer dropLayer(DropReason reason, const Journey& journey) {
    const bool icmp = !journey.keys.empty() && journey.keys.front().ipProtocol == ipv4::kIcmp;
    const bool arp = !journey.keys.empty() && journey.keys.front().isArp;
    switch (reason) {
    case DropReason::LinkLoss:
    case DropReason::Injected:
    case DropReason::QueueFull:
    case DropReason::FrameTooBig:
    case DropReason::FcsError:
    case DropReason::NotForThisMac:
    case DropReason::SameSegment:
        return Layer::NetworkInterface;
    case DropReason::PortUnreachable:
        return Layer::Transport;
    case DropReason::TransportChecksum:
    case DropReason::NoListener:
        return icmp || arp ? Layer::Internet : Layer::Transport;
    default:
        return Layer::Internet;
    }
}

namespace {

QString prefixText(const Ipv4Prefix& p) {
    return QStringLiteral("%1/%2")
        .arg(QString::fromStdString(p.network().toString()))
        .arg(p.length);
}

// The network of the sender's interface that put `frame` on the wire.
QString senderNetwork(const RecordedRun& run, DeviceId sender, ByteView frame) {
    if (sender >= run.devices().size() || frame.size() < ethernet::kHeaderLen)
        return {};
    MacAddress source;
    for (std::size_t b = 0; b < 6; ++b)
        source.octets[b] = static_cast<std::uint8_t>(frame[6 + b]);
    for (const auto& i : run.devices()[sender].interfaces)
        if (i.address && i.mac == source)
            return prefixText(*i.address);
    return {};
}

} // namespace

Audience audienceOf(const RecordedRun& run, const EncapsulationStory& story) {
    Audience a;
    // The unicast receiver: the host the PDU was handed up to, else the last that opened it.
    for (const StoryHop& h : story.hops) {
        if (h.role != HopRole::Receiver)
            continue;
        const bool delivered = std::any_of(h.steps.begin(), h.steps.end(), [](const auto& s) {
            return s.kind == StepKind::Delivered || s.kind == StepKind::Reassembled;
        });
        if (delivered || a.receiver.isEmpty())
            a.receiver = h.deviceName;
    }
    const ByteView frame = story.frame.view();
    if (story.hops.empty() || frame.size() < ethernet::kHeaderLen + ethernet::kFcsLen)
        return a;
    const DeviceId sender = story.hops.front().device;
    const bool macBroadcast =
        std::all_of(frame.begin(), frame.begin() + 6, [](std::uint8_t b) { return b == 0xff; });
    const std::uint16_t type = readU16(frame, 12);
    if (type == ethernet::kArp) {
        if (macBroadcast) {
            a.kind = AudienceKind::LanBroadcast;
            a.network = senderNetwork(run, sender, frame);
        }
        return a;
    }
    const auto ip = ipv4::parse(frame.subspan(ethernet::kHeaderLen));
    if (type != ethernet::kIpv4 || !ip)
        return a;
    const Ipv4Address to = ip->repr.destination;
    if (to.isLimitedBroadcast()) {
        a.kind = AudienceKind::LanBroadcast;
        a.network = senderNetwork(run, sender, frame);
    } else if (to.isMulticast()) {
        a.kind = AudienceKind::Multicast;
        a.group = QString::fromStdString(to.toString());
        for (std::size_t d = 0; d < run.lab().devices.size(); ++d) {
            const auto& groups = run.lab().devices[d].multicastGroups;
            if (std::find(groups.begin(), groups.end(), to) != groups.end())
                a.members << run.deviceName(static_cast<DeviceId>(d));
        }
    } else {
        // A directed broadcast: the all-ones host part of some network of the lab.
        for (const auto& device : run.devices())
            for (const auto& i : device.interfaces)
                if (i.address && i.address->length < 31 && i.address->broadcast() == to) {
                    a.kind = AudienceKind::DirectedBroadcast;
                    a.network = prefixText(*i.address);
                    return a;
                }
    }
    return a;
}

} // namespace ww::inspector
