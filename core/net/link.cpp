#include "net/link.h"

#include "net/device.h"
#include "net/network.h"
#include "sim/rng.h"

#include <algorithm>
#include <cmath>

namespace ww {

Link::Link(Network& net, LinkId id, std::string name, LinkParams params, Device& a, PortIndex portA,
           Device& b, PortIndex portB)
    : net_(net)
    , id_(id)
    , name_(std::move(name))
    , params_(params)
    , ends_{End{&a, portA}, End{&b, portB}} {}

int Link::sideOf(const Device& d, PortIndex p) const {
    for (int s = 0; s < 2; ++s)
        if (ends_[s].device == &d && ends_[s].port == p)
            return s;
    return -1;
}

SimTime Link::serializationTime(std::size_t bytes) const {
    // Rounded up to whole nanoseconds so a frame never takes zero time.
    const Uint128 bits = static_cast<Uint128>(bytes) * 8 * kSecond;
    return static_cast<SimTime>((bits + params_.bandwidthBps - 1) / params_.bandwidthBps);
}

bool Link::frameTooBig(ByteView frame) const {
    // Ethernet header, an 802.1Q tag if there is one, and the FCS are not in the MTU.
    std::size_t overhead = 14 + 4;
    if (frame.size() >= 14 && frame[12] == 0x81 && frame[13] == 0x00)
        overhead += 4;
    return frame.size() > overhead && frame.size() - overhead > params_.mtu;
}

std::uint64_t Link::send(int side, const PduRef& frame) {
    End& end = ends_[side];
    const std::uint64_t frameId = net_.nextFrameId();
    if (end.queued >= params_.queueFrames) {
        net_.emit(Drop{end.device->id(), id_, DropReason::QueueFull, frameId, frame});
        return 0;
    }
    // Hosts and routers fragment to the link's MTU; a switch passes frames as they are, so
    // a frame from a wider link can be too big here. A real port drops it (a "giant").
    if (frameTooBig(frame.view())) {
        net_.emit(Drop{end.device->id(), id_, DropReason::FrameTooBig, frameId, frame});
        return 0;
    }
    ++end.queued;
    const SimTime start = std::max(net_.now(), end.busyUntil);
    end.busyUntil = start + serializationTime(frame.size());
    net_.sim().scheduleAt(
        start, [this, side, frame, frameId] { startTransmission(side, frame, frameId); });
    return frameId;
}

void Link::startTransmission(int side, const PduRef& frame, std::uint64_t frameId) {
    End& from = ends_[side];
    const End& to = ends_[1 - side];
    --from.queued;
    const SimTime txEnd = net_.now() + serializationTime(frame.size());
    const SimTime arrival = txEnd + params_.delay;
    net_.emit(FrameTxStart{id_, from.device->id(), from.port, frameId, frame, txEnd, arrival});

    // Fate is drawn when the first bit leaves, in simulation order, so the
    // random stream (and the whole run) depends only on (lab, seed).
    ++started_;
    const bool chosen = net_.isForcedLoss(frameId) ||
                        std::find(params_.loseFrames.begin(), params_.loseFrames.end(),
                                  static_cast<int>(started_)) != params_.loseFrames.end();
    const bool lost = net_.rng().chance(params_.loss) || chosen;
    bool flipped = false;
    PduRef received = lost ? frame : corrupt(frame, flipped);

    auto& sim = net_.sim();
    sim.scheduleAt(txEnd, [this, side, frameId] {
        const End& e = ends_[side];
        net_.emit(FrameTxEnd{id_, e.device->id(), e.port, frameId});
    });
    Device* toDevice = to.device;
    const PortIndex toPort = to.port;
    sim.scheduleAt(arrival, [this, lost, chosen, flipped, received, frameId, toDevice, toPort] {
        if (lost) {
            net_.emit(Drop{kNoDevice, id_, chosen ? DropReason::Injected : DropReason::LinkLoss,
                           frameId, received});
            return;
        }
        net_.emit(FrameArrival{id_, toDevice->id(), toPort, frameId, received, flipped});
        toDevice->receiveFrame(toPort, received, frameId);
    });
}

PduRef Link::corrupt(const PduRef& frame, bool& flipped) {
    const double p = params_.bitErrorRate;
    if (p <= 0.0)
        return frame;
    const std::uint64_t bits = frame.size() * 8;
    Bytes copy;
    // Geometric skips between flipped bits: one draw per error, not per bit.
    const double logq = std::log1p(-std::min(p, 0.999999999));
    std::uint64_t pos = 0;
    while (true) {
        const double u = net_.rng().uniform();
        const double skip = std::floor(std::log1p(-u) / logq);
        if (skip >= static_cast<double>(bits - pos))
            break;
        pos += static_cast<std::uint64_t>(skip);
        if (copy.empty())
            copy = frame.copy();
        copy[pos / 8] ^= static_cast<std::uint8_t>(0x80u >> (pos % 8));
        ++pos;
        if (pos >= bits)
            break;
    }
    if (copy.empty())
        return frame;
    flipped = true;
    return net_.makePdu(std::move(copy));
}

} // namespace ww
