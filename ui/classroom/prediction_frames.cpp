// Questions about a frame about to leave or arrive: its TCP acknowledgment number, its
// destination MAC, and how far the receiver opens it.
#include "classroom/prediction_parts.h"
#include "wire/arp.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"

namespace ww::ui::classroom {

namespace {

struct TcpFrame {
    ipv4::Repr ip;
    tcp::Repr tcp;
    std::uint32_t payloadLen = 0;
};

std::optional<TcpFrame> tcpIn(const PduRef& frame) {
    auto eth = ethernet::parseFrame(frame.view(), false);
    if (!eth || eth->repr.etherType != ethernet::kIpv4)
        return std::nullopt;
    auto ip = ipv4::parse(eth->payload);
    if (!ip || ip->repr.protocol != ipv4::kTcp || ip->repr.fragmentOffset != 0 ||
        ip->repr.moreFragments)
        return std::nullopt;
    auto seg = tcp::parse(ip->payload, ip->repr.source, ip->repr.destination);
    if (!seg)
        return std::nullopt;
    return TcpFrame{ip->repr, seg->repr, static_cast<std::uint32_t>(seg->payload.size())};
}

// A frame leaving the device that built it (not a switch's or router's copy of another's).
const FrameTxStart* originalSend(const RecordedRun& run, std::size_t index) {
    const auto* tx = std::get_if<FrameTxStart>(&run.events()[index].kind);
    if (!tx || run.deviceKind(tx->from) == NetDeviceType::Switch)
        return nullptr;
    return tx;
}

bool hasAddress(const DeviceInfo& device, Ipv4Address address) {
    for (const InterfaceInfo& i : device.interfaces)
        if (i.address && i.address->address == address)
            return true;
    return false;
}

bool samePeer(const TcpFrame& a, const TcpFrame& fromPeer) {
    return fromPeer.ip.source == a.ip.destination && fromPeer.ip.destination == a.ip.source &&
           fromPeer.tcp.sourcePort == a.tcp.destinationPort &&
           fromPeer.tcp.destinationPort == a.tcp.sourcePort;
}

QString layerChoice(Layer layer) {
    switch (layer) {
    case Layer::NetworkInterface:
        return Prediction::tr("Only the Ethernet header (network interface layer)");
    case Layer::Internet:
        return Prediction::tr("Ethernet, then IP (up to the internet layer)");
    case Layer::Transport:
        return Prediction::tr("Ethernet, IP, then TCP or UDP (up to the transport layer)");
    case Layer::Application:
        return Prediction::tr("Every header, up to the application's data");
    }
    return {};
}

} // namespace

std::optional<Question> ackQuestion(const RecordedRun& run, std::size_t index) {
    const FrameTxStart* tx = originalSend(run, index);
    if (!tx)
        return std::nullopt;
    const auto seg = tcpIn(tx->frame);
    // Only where the segment starts (a router forwards it unchanged).
    if (!seg || !seg->tcp.has(tcp::kAck) || !hasAddress(run.devices()[tx->from], seg->ip.source))
        return std::nullopt;
    // Relative numbers, as Wireshark shows them: from the peer's initial sequence number,
    // and the peer's last segment that counted (data, SYN or FIN) for the explanation.
    std::optional<std::uint32_t> peerIsn;
    std::optional<TcpFrame> last;
    for (std::size_t i = 0; i < index; ++i) {
        const auto* other = std::get_if<FrameTxStart>(&run.events()[i].kind);
        if (!other || run.deviceKind(other->from) == NetDeviceType::Switch)
            continue;
        const auto peer = tcpIn(other->frame);
        if (!peer || !samePeer(*seg, *peer))
            continue;
        if (peer->tcp.has(tcp::kSyn))
            peerIsn = peer->tcp.sequence;
        if (peer->tcp.has(tcp::kSyn) || peer->tcp.has(tcp::kFin) || peer->payloadLen > 0)
            last = peer;
    }
    if (!peerIsn || !last)
        return std::nullopt;
    const std::uint32_t ack = seg->tcp.acknowledgment - *peerIsn;
    const std::uint32_t lastSeq = last->tcp.sequence - *peerIsn;
    const std::uint32_t flagsCount =
        (last->tcp.has(tcp::kSyn) ? 1u : 0u) + (last->tcp.has(tcp::kFin) ? 1u : 0u);
    Question q;
    q.kind = QuestionKind::AckNumber;
    q.event = index;
    q.form = AnswerForm::Number;
    q.prompt = Prediction::tr("%1 sends a TCP segment to %2 port %3. What is its acknowledgment "
                              "number (relative, counted from %2's initial sequence number)?")
                   .arg(run.deviceName(tx->from), ipText(seg->ip.destination))
                   .arg(seg->tcp.destinationPort);
    q.answer = QString::number(ack);
    q.explanation =
        Prediction::tr("The acknowledgment number is the next byte %1 expects. The last segment "
                       "from %2 that counted had sequence number %3, %4 bytes of data and %5 "
                       "SYN/FIN flag(s): %3 + %4 + %5 = %6. Only SYN and FIN count one without "
                       "data; ACK = seq + 1 is not the general rule.")
            .arg(run.deviceName(tx->from), ipText(seg->ip.destination))
            .arg(lastSeq)
            .arg(last->payloadLen)
            .arg(flagsCount)
            .arg(lastSeq + last->payloadLen + flagsCount);
    q.key = QStringLiteral("ack:%1:%2:%3").arg(tx->from).arg(seg->tcp.sourcePort).arg(ack);
    return q;
}

std::optional<Question> macQuestion(const RecordedRun& run, std::size_t index) {
    const FrameTxStart* tx = originalSend(run, index);
    if (!tx)
        return std::nullopt;
    auto eth = ethernet::parseFrame(tx->frame.view(), false);
    if (!eth)
        return std::nullopt;
    const QString sender = run.deviceName(tx->from);
    const MacAddress to = eth->repr.destination;
    Question q;
    q.kind = QuestionKind::DestinationMac;
    q.event = index;
    q.form = AnswerForm::Mac;
    q.answer = macText(to);
    if (eth->repr.etherType == ethernet::kArp) {
        auto a = arp::parse(eth->payload);
        if (!a)
            return std::nullopt;
        const bool request = a->operation == arp::Operation::Request;
        q.prompt = request ? Prediction::tr("%1 sends an ARP request: who has %2? What "
                                            "destination MAC does the frame carry?")
                                 .arg(sender, ipText(a->targetIp))
                           : Prediction::tr("%1 answers an ARP request from %2. What destination "
                                            "MAC does the reply's frame carry?")
                                 .arg(sender, ipText(a->targetIp));
        q.explanation =
            request ? Prediction::tr("%1 does not know who has %2, so it asks every station on "
                                     "the link: the broadcast address ff:ff:ff:ff:ff:ff.")
                          .arg(sender, ipText(a->targetIp))
                    : Prediction::tr("The request carried the asker's MAC, so the reply goes "
                                     "straight back to it (unicast).");
        q.key = QStringLiteral("mac:arp:%1:%2").arg(tx->from).arg(request ? 1 : 2);
        return q;
    }
    if (eth->repr.etherType != ethernet::kIpv4)
        return std::nullopt;
    auto ip = ipv4::parse(eth->payload);
    if (!ip)
        return std::nullopt;
    const Ipv4Address dst = ip->repr.destination;
    q.prompt = Prediction::tr("%1 sends a packet to %2. What destination MAC does its frame "
                              "carry?")
                   .arg(sender, ipText(dst));
    if (to.isBroadcast()) {
        q.explanation = Prediction::tr("%1 is a broadcast address: every station on the link "
                                       "must take it, so the frame goes to ff:ff:ff:ff:ff:ff.")
                            .arg(ipText(dst));
    } else if (to.isMulticast()) {
        q.explanation = Prediction::tr("A multicast group's MAC is 01:00:5e plus the low 23 bits "
                                       "of the group address (RFC 1112).");
    } else {
        // The address ARP resolved for this MAC: the destination itself or the next hop.
        std::optional<Ipv4Address> hop;
        for (std::size_t i = 0; i < index && !hop; ++i)
            if (const auto* c = std::get_if<ArpCacheChanged>(&run.events()[i].kind);
                c && c->device == tx->from && c->mac == to)
                hop = c->ip;
        bool onLink = false;
        for (const InterfaceInfo& i : run.devices()[tx->from].interfaces)
            onLink = onLink || (i.address && i.address->contains(dst));
        if (onLink || (hop && *hop == dst))
            q.explanation = Prediction::tr("%1 is on %2's own network, so the frame goes to it "
                                           "directly: its MAC, which ARP resolved.")
                                .arg(ipText(dst), sender);
        else
            q.explanation =
                Prediction::tr("%1 is not on %2's network: the frame goes to the next "
                               "hop %3, whose MAC ARP resolved. ARP resolves the next "
                               "hop, not the destination; the IP addresses stay "
                               "%4 to %1 all the way.")
                    .arg(ipText(dst), sender, hop ? ipText(*hop) : Prediction::tr("(the gateway)"),
                         ipText(ip->repr.source));
    }
    q.key = QStringLiteral("mac:ip:%1:%2").arg(tx->from).arg(macText(to));
    return q;
}

std::optional<Question> decapsulationQuestion(const RecordedRun& run, std::size_t index) {
    const auto& events = run.events();
    const auto* arrival = std::get_if<FrameArrival>(&events[index].kind);
    if (!arrival || arrival->corrupted)
        return std::nullopt;
    // What the receiver does with the frame happens at its arrival, before the next arrival.
    int highest = -1;
    bool routed = false;
    for (std::size_t j = index + 1; j < events.size() && events[j].time == events[index].time;
         ++j) {
        if (std::holds_alternative<FrameArrival>(events[j].kind))
            break;
        if (const auto* p = std::get_if<HeaderPopped>(&events[j].kind);
            p && p->device == arrival->to)
            highest = std::max(highest, static_cast<int>(p->layer));
        if (const auto* r = std::get_if<RouterDecision>(&events[j].kind);
            r && r->device == arrival->to)
            routed = true;
    }
    // A switch reads the Ethernet header without removing it; a router reads IP to forward.
    Layer answer = highest < 0 ? Layer::NetworkInterface : static_cast<Layer>(highest);
    if (routed && answer < Layer::Internet)
        answer = Layer::Internet;
    const QString device = run.deviceName(arrival->to);
    Question q;
    q.kind = QuestionKind::Decapsulation;
    q.event = index;
    q.form = AnswerForm::Choice;
    q.prompt = Prediction::tr("A frame arrives at %1. Which headers does %1 open?").arg(device);
    for (Layer l : {Layer::NetworkInterface, Layer::Internet, Layer::Transport, Layer::Application})
        q.choices << layerChoice(l);
    q.answer = layerChoice(answer);
    const NetDeviceType kind = run.deviceKind(arrival->to);
    if (kind == NetDeviceType::Switch)
        q.explanation = Prediction::tr("A layer-2 switch reads only the Ethernet header: it "
                                       "learns the source MAC and forwards or floods by the "
                                       "destination MAC.");
    else if (routed)
        q.explanation = Prediction::tr("The packet is not for %1: it removes the frame, reads the "
                                       "IP header to route it (TTL - 1, new checksum) and builds "
                                       "a new frame. It never opens TCP or UDP.")
                            .arg(device);
    else if (answer == Layer::NetworkInterface)
        q.explanation = Prediction::tr("%1 stops at the Ethernet header: the frame is not for it, "
                                       "or it carries ARP, which the network interface hands to "
                                       "ARP without an IP header.")
                            .arg(device);
    else
        q.explanation = Prediction::tr("The data is for %1, so it removes header after header "
                                       "(decapsulation) up to the layer that uses it.")
                            .arg(device);
    q.key = QStringLiteral("decap:%1:%2:%3")
                .arg(arrival->to)
                .arg(static_cast<int>(answer))
                .arg(routed ? 1 : 0);
    return q;
}

} // namespace ww::ui::classroom
