#include "inspector/encapsulation_story.h"

#include "inspector/journey_key.h"
#include "inspector/story_receiver.h"
#include "lab/lab_builder.h"
#include "proto/protocol_registry.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>
#include <set>

namespace ww::inspector {

namespace {

// UDP applications hand their messages down as plain data (the engine's PduBuilt says
// Data); the port the transport header carries names them, as a packet analyser does
// (a query to port 53 is a DNS message, not "application data"). Over TCP the payload
// is a piece of a byte stream: it is named only when it is one whole DNS message after
// its 2-byte length (RFC 1035 §4.2.2, RFC 7766 §8), which the step keeps as its
// "header"; HTTP names its own messages.
void nameApplicationData(std::vector<StoryStep>& chain) {
    if (chain.size() < 2 || chain[0].kind != StepKind::Built || chain[0].protocol != Protocol::Data)
        return;
    const ByteView transport = chain[1].pdu.view();
    if (chain[1].protocol == Protocol::Udp && transport.size() >= udp::kHeaderLen) {
        if (const proto::Descriptor* app =
                proto::byPorts(proto::Carrier::UdpPort, readU16(transport, 0),
                               readU16(transport, 2), transport.subspan(udp::kHeaderLen)))
            chain[0].protocol = app->id;
        return;
    }
    if (chain[1].protocol != Protocol::Tcp || transport.size() < tcp::kMinHeaderLen)
        return;
    const std::size_t header = std::size_t{transport[12]} >> 4 << 2; // data offset, RFC 9293
    const proto::Descriptor* app =
        proto::byPorts(proto::Carrier::TcpPort, readU16(transport, 0), readU16(transport, 2), {});
    if (!app || app->id != Protocol::Dns || header > transport.size())
        return;
    // One whole message only: a segment with the middle of one (or several) is stream data.
    const auto framed = dns::unframeTcp(transport.subspan(header));
    if (!framed || framed->consumed != transport.size() - header ||
        framed->message.size() < dns::kHeaderLen)
        return;
    chain[0].protocol = Protocol::Dns;
    chain[0].headerLen = static_cast<int>(dns::kTcpPrefixLen);
}

StoryHop& hopFor(EncapsulationStory& story, const RecordedRun& run, DeviceId device) {
    for (auto& h : story.hops)
        if (h.device == device)
            return h;
    StoryHop h;
    h.device = device;
    h.deviceName = run.deviceName(device);
    switch (run.deviceKind(device)) {
    case NetDeviceType::Switch:
        h.role = HopRole::Switch;
        break;
    case NetDeviceType::Router:
        h.role = HopRole::Router;
        break;
    case NetDeviceType::L3Switch:
        h.role = HopRole::L3Switch;
        break;
    case NetDeviceType::Host:
        h.role = HopRole::Receiver;
        break;
    }
    story.hops.push_back(std::move(h));
    return story.hops.back();
}

StoryStep stepOf(StepKind kind, std::size_t index, Protocol protocol, const PduRef& pdu) {
    StoryStep s;
    s.kind = kind;
    s.eventIndex = index;
    s.protocol = protocol;
    s.layer = layerOf(protocol);
    s.pdu = pdu;
    return s;
}

// The sender's chain, walked backwards from the frame: each earlier PDU that
// the current one contains, layer by layer upwards, until an unrelated PDU of
// a lower layer (the previous packet) shows up.
std::vector<StoryStep> senderChain(const RecordedRun& run, std::size_t frameIndex) {
    const auto& framePush = std::get<HeaderPushed>(run.events()[frameIndex].kind);
    std::vector<StoryStep> chain;
    StoryStep frame = stepOf(StepKind::Pushed, frameIndex, framePush.protocol, framePush.pdu);
    frame.name = framePush.name;
    frame.headerLen = static_cast<int>(framePush.headerLen);
    frame.trailerLen = static_cast<int>(framePush.trailerLen);
    chain.push_back(frame);
    PduRef current = framePush.pdu;
    Layer currentLayer = Layer::NetworkInterface;
    Protocol currentProtocol = Protocol::Ethernet;
    const std::size_t stop = frameIndex > 6000 ? frameIndex - 6000 : 0;
    for (std::size_t i = frameIndex; i-- > stop;) {
        const EventKind& k = run.events()[i].kind;
        if (const auto* f = std::get_if<Fragmented>(&k); f && f->device == framePush.device) {
            const bool ours = std::any_of(f->fragments.begin(), f->fragments.end(),
                                          [&](const PduRef& r) { return r.id == current.id; });
            if (ours) {
                StoryStep s = stepOf(StepKind::Fragmented, i, Protocol::Ipv4, current);
                s.mtu = f->mtu;
                s.fragmentCount = static_cast<int>(f->fragments.size());
                s.frameBefore = f->original;
                s.name = PduName::Packet;
                s.headerLen = static_cast<int>(ipv4::kMinHeaderLen);
                chain.push_back(s);
                current = f->original;
            }
            continue;
        }
        const auto* built = std::get_if<PduBuilt>(&k);
        const auto* pushed = std::get_if<HeaderPushed>(&k);
        if (!(built && built->device == framePush.device) &&
            !(pushed && pushed->device == framePush.device))
            continue;
        const Layer layer = built ? built->layer : pushed->layer;
        const Protocol protocol = built ? built->protocol : pushed->protocol;
        const PduRef& pdu = built ? built->pdu : pushed->pdu;
        const bool related = contains(current.view(), pdu.view()) ||
                             (layer == Layer::Application && contains(pdu.view(), current.view()));
        if (layer < currentLayer) {
            if (related)
                continue;
            break; // the previous PDU's encapsulation: our chain is complete
        }
        if (!related || (layer == currentLayer && protocol == currentProtocol))
            continue;
        StoryStep s = stepOf(built ? StepKind::Built : StepKind::Pushed, i, protocol, pdu);
        s.layer = layer;
        s.name = built ? built->name : pushed->name;
        if (pushed) {
            s.headerLen = static_cast<int>(pushed->headerLen);
            s.trailerLen = static_cast<int>(pushed->trailerLen);
        }
        // TCP publishes its payload as data again: keep only the richer HTTP step.
        if (chain.back().kind == StepKind::Built && chain.back().pdu.bytes && pdu.bytes &&
            std::ranges::equal(chain.back().pdu.view(), pdu.view()))
            chain.pop_back();
        chain.push_back(s);
        current = pdu;
        currentLayer = layer;
        currentProtocol = protocol;
    }
    std::reverse(chain.begin(), chain.end());
    nameApplicationData(chain);
    return chain;
}

} // namespace

std::vector<std::pair<int, int>> EncapsulationStory::stepOrder() const {
    std::vector<std::pair<int, int>> order;
    for (std::size_t h = 0; h < hops.size(); ++h)
        for (std::size_t s = 0; s < hops[h].steps.size(); ++s)
            order.emplace_back(static_cast<int>(h), static_cast<int>(s));
    return order;
}

namespace {

// The journey of a PDU (and the fragments made of it), from the first device that framed it.
EncapsulationStory storyOf(const RecordedRun& run, Journey& journey, std::size_t eventIndex) {
    EncapsulationStory story;
    // A host that fragments its own packet never frames it whole: look for its fragments too.
    for (const Event& e : run.events())
        if (const auto* f = std::get_if<Fragmented>(&e.kind);
            f && run.deviceKind(f->device) == NetDeviceType::Host &&
            journey.matches(f->original.view(), Protocol::Ipv4))
            journey.addFragments(f->fragments);
    // The first frame that carries it is the one its sender built.
    std::size_t frameIndex = run.events().size();
    for (std::size_t i = 0; i < run.events().size(); ++i) {
        const auto* p = std::get_if<HeaderPushed>(&run.events()[i].kind);
        if (p && p->protocol == Protocol::Ethernet && journey.matches(p->pdu.view(), p->protocol)) {
            frameIndex = i;
            break;
        }
    }
    if (frameIndex == run.events().size()) {
        story.problem = QCoreApplication::translate("EncapsulationStory",
                                                    "event %1: its PDU never travels in a frame")
                            .arg(eventIndex);
        return story;
    }
    const auto& framePush = std::get<HeaderPushed>(run.events()[frameIndex].kind);
    story.frame = framePush.pdu;
    StoryHop& sender = hopFor(story, run, framePush.device);
    sender.role = HopRole::Sender;
    sender.steps = senderChain(run, frameIndex);
    const bool icmp = journey.keys.front().ipProtocol == ipv4::kIcmp;

    std::set<std::uint64_t> frameIds;
    std::set<DeviceId> onWire;
    std::map<DeviceId, PduRef> arrivedFrame; // per device: the frame it opened last
    std::size_t lastMatch = frameIndex;
    for (std::size_t i = frameIndex + 1; i < run.events().size() && i < lastMatch + 4000; ++i) {
        const EventKind& k = run.events()[i].kind;
        auto add = [&](DeviceId device, StoryStep s) {
            if (const FragmentKey* f = journey.fragmentOf(s.pdu.view(), s.protocol)) {
                s.fragmentIndex = f->index;
                s.fragmentCount = f->count;
            }
            hopFor(story, run, device).steps.push_back(std::move(s));
            lastMatch = i;
        };
        if (const auto* tx = std::get_if<FrameTxStart>(&k)) {
            if (!journey.matches(tx->frame.view(), Protocol::Ethernet))
                continue;
            frameIds.insert(tx->frameId);
            if (onWire.insert(tx->from).second) {
                StoryStep s = stepOf(StepKind::OnWire, i, Protocol::Ethernet, tx->frame);
                s.name = PduName::Frame;
                add(tx->from, s);
            }
        } else if (const auto* sw = std::get_if<SwitchDecision>(&k)) {
            if (!frameIds.count(sw->frameId))
                continue;
            StoryStep s = stepOf(StepKind::SwitchForward, i, Protocol::Ethernet, story.frame);
            s.switchAction = sw->action;
            s.name = PduName::Frame;
            s.headerLen = static_cast<int>(ethernet::kHeaderLen);
            add(sw->device, s);
        } else if (const auto* c = std::get_if<ReceiveCheck>(&k)) {
            if (!journey.matchesAny(c->pdu.view()))
                continue;
            StoryStep s = stepOf(StepKind::Checked, i, Protocol::Ethernet, c->pdu);
            s.check = c->check;
            s.passed = c->passed;
            s.expected = c->expected;
            s.actual = c->actual;
            s.layer = c->check == Check::DestinationMac || c->check == Check::Fcs
                          ? Layer::NetworkInterface
                      : (c->check == Check::TransportChecksum || c->check == Check::Port ||
                         c->check == Check::SequenceNumber) &&
                              !icmp // ICMP is part of the Internet layer
                          ? Layer::Transport
                          : Layer::Internet;
            add(c->device, s);
            if (c->check == Check::DestinationMac && !c->passed &&
                run.deviceKind(c->device) == NetDeviceType::Host)
                hopFor(story, run, c->device).role = HopRole::Bystander;
        } else if (const auto* pop = std::get_if<HeaderPopped>(&k)) {
            if (!journey.matches(pop->pdu.view(), pop->protocol))
                continue;
            StoryStep s = stepOf(StepKind::Popped, i, pop->protocol, pop->pdu);
            s.layer = pop->layer;
            s.name = pop->name;
            s.headerLen = static_cast<int>(pop->headerLen);
            s.trailerLen = static_cast<int>(pop->trailerLen);
            if (pop->protocol == Protocol::Ethernet)
                arrivedFrame[pop->device] = pop->pdu;
            add(pop->device, s);
        } else if (const auto* r = std::get_if<RouterDecision>(&k)) {
            if (!journey.matches(r->packet.view(), Protocol::Ipv4))
                continue;
            StoryStep s = stepOf(StepKind::RouterForward, i, Protocol::Ipv4, r->packet);
            s.name = PduName::Packet;
            s.ttlBefore = r->ttlBefore;
            s.ttlAfter = r->ttlAfter;
            s.checksumBefore = r->checksumBefore;
            s.checksumAfter = r->checksumAfter;
            s.frameBefore = arrivedFrame[r->device];
            add(r->device, s);
        } else if (const auto* fr = std::get_if<FrameRebuilt>(&k)) {
            if (!journey.matches(fr->frame.view(), Protocol::Ethernet))
                continue;
            StoryStep s = stepOf(StepKind::FrameRebuilt, i, Protocol::Ethernet, fr->frame);
            s.name = PduName::Frame;
            s.headerLen = static_cast<int>(ethernet::kHeaderLen);
            s.trailerLen = static_cast<int>(ethernet::kFcsLen);
            s.frameBefore = arrivedFrame[fr->device];
            add(fr->device, s);
        } else if (const auto* f = std::get_if<Fragmented>(&k)) {
            if (!journey.matches(f->original.view(), Protocol::Ipv4))
                continue;
            journey.addFragments(f->fragments); // the routers after this one see only those
            StoryStep s = stepOf(StepKind::Fragmented, i, Protocol::Ipv4, f->original);
            s.name = PduName::Packet;
            s.mtu = f->mtu;
            s.fragmentCount = static_cast<int>(f->fragments.size());
            s.frameBefore = f->original;
            add(f->device, s);
        } else if (const auto* held = std::get_if<FragmentHeld>(&k)) {
            const auto fragment = std::find_if(
                journey.fragments.begin(), journey.fragments.end(), [&](const auto& x) {
                    return x.key.ipId == held->identification && x.offsetBytes == held->offsetBytes;
                });
            if (fragment == journey.fragments.end())
                continue;
            StoryStep s = stepOf(StepKind::Held, i, Protocol::Ipv4, {});
            s.name = PduName::Packet;
            s.fragmentIndex = fragment->index;
            s.fragmentCount = fragment->count;
            s.offsetBytes = held->offsetBytes;
            s.dataLen = held->length;
            s.lastFragment = held->last;
            add(held->device, s);
        } else if (const auto* whole = std::get_if<Reassembled>(&k)) {
            if (!journey.matches(whole->datagram.view(), Protocol::Ipv4))
                continue;
            StoryStep s = stepOf(StepKind::Reassembled, i, Protocol::Ipv4, whole->datagram);
            s.name = PduName::Packet;
            s.fragmentCount = static_cast<int>(whole->fragmentCount);
            add(whole->device, s);
        } else if (const auto* d = std::get_if<Delivered>(&k)) {
            if (!journey.matches(d->pdu.view(), d->protocol))
                continue;
            StoryStep s = stepOf(StepKind::Delivered, i, d->protocol, d->pdu);
            classifyDelivery(s);
            add(d->device, s);
            for (StoryStep& next : aftermathOf(run, i, s))
                hopFor(story, run, d->device).steps.push_back(std::move(next));
        } else if (const auto* drop = std::get_if<Drop>(&k)) {
            if (drop->device == kNoDevice || !journey.matchesAny(drop->pdu.view()))
                continue;
            StoryStep s = stepOf(StepKind::Dropped, i, Protocol::Ethernet, drop->pdu);
            s.dropReason = drop->reason;
            s.layer = dropLayer(drop->reason, journey);
            if (journey.keys.front().isArp && s.layer == Layer::Internet)
                s.protocol = Protocol::Arp; // the ARP module read it and let it go
            add(drop->device, s);
        }
    }
    return story;
}

// A fragment made by a router (or its sender): the original packet's key.
std::optional<JourneyKey> fragmentOrigin(const RecordedRun& run, const JourneyKey& key) {
    for (const Event& e : run.events())
        if (const auto* f = std::get_if<Fragmented>(&e.kind))
            for (const PduRef& fragment : f->fragments)
                if (matches(key, fragment.view(), Protocol::Ipv4))
                    return keyOfPacket(f->original.view());
    return std::nullopt;
}

} // namespace

EncapsulationStory buildStory(const RecordedRun& run, std::size_t eventIndex) {
    EncapsulationStory story;
    const auto e = pduOf(run, eventIndex);
    if (!e) {
        story.problem = QCoreApplication::translate("EncapsulationStory", "event %1 carries no PDU")
                            .arg(eventIndex);
        return story;
    }
    const auto key = keyOf(run, eventIndex, *e);
    if (!key) {
        story.problem = QCoreApplication::translate("EncapsulationStory",
                                                    "event %1: its PDU never travels in a frame")
                            .arg(eventIndex);
        return story;
    }
    Journey journey;
    journey.keys.push_back(*key);
    // A fragment: told from the whole packet at its sender, then this piece
    // alone from the device that cut it, to the receiver's reassembly.
    if (const auto original = fragmentOrigin(run, *key)) {
        journey.keys.insert(journey.keys.begin(), *original);
        journey.followFragments = false;
    }
    story = storyOf(run, journey, eventIndex);
    if (!journey.followFragments)
        for (const FragmentKey& f : journey.fragments)
            if (f.key == *key) {
                story.fragmentIndex = f.index;
                story.fragmentCount = f.count;
            }
    story.audience = audienceOf(run, story);
    return story;
}

} // namespace ww::inspector
