#pragma once

#include "sim/time.h"
#include "trace/event.h"

#include <string>
#include <vector>

namespace ww {

class Device;
class Network;

struct LinkParams {
    std::uint64_t bandwidthBps = 100'000'000;
    SimTime delay = 100 * kMicrosecond; // propagation, one way
    std::uint32_t mtu = 1500;           // largest IP packet the link carries
    double loss = 0.0;                  // per-frame loss probability
    double bitErrorRate = 0.0;          // per-bit flip probability
    std::uint32_t queueFrames = 1000;   // per direction, frames waiting to be sent
    std::vector<int> loseFrames;        // the Nth frame to start on this link is lost (1-based)
};

// A full-duplex point-to-point cable between two ports. Each direction has
// its own transmitter: frames wait in FIFO order, take bits/bandwidth to
// serialize, then the propagation delay to arrive.
class Link {
public:
    Link(Network& net, LinkId id, std::string name, LinkParams params, Device& a, PortIndex portA,
         Device& b, PortIndex portB);

    LinkId id() const { return id_; }
    const std::string& name() const { return name_; }
    const LinkParams& params() const { return params_; }
    Device& device(int side) const { return *ends_[side].device; }
    PortIndex port(int side) const { return ends_[side].port; }
    // The side a device/port pair is on, or -1.
    int sideOf(const Device& d, PortIndex p) const;

    SimTime serializationTime(std::size_t bytes) const;
    // Larger than the MTU once the Ethernet header, any 802.1Q tag and the FCS are taken off.
    bool frameTooBig(ByteView frame) const;

    // Queues a frame (with FCS) for transmission from `side`; returns its frame id,
    // or 0 when the frame was dropped (queue full, or too big for the link).
    std::uint64_t send(int side, const PduRef& frame);

private:
    void startTransmission(int side, const PduRef& frame, std::uint64_t frameId);
    PduRef corrupt(const PduRef& frame, bool& flipped);

    struct End {
        Device* device;
        PortIndex port;
        SimTime busyUntil = 0;
        std::uint32_t queued = 0;
    };

    Network& net_;
    LinkId id_;
    std::string name_;
    LinkParams params_;
    End ends_[2];
    std::uint64_t started_ = 0; // frames that began transmission, both directions
};

} // namespace ww
