#pragma once

#include "lab/lab.h"
#include "models/recorded_run.h"
#include "net/device.h"
#include "trace/event.h"

#include <QString>
#include <optional>
#include <vector>

namespace ww::inspector {

// The recording the playback views use: every event of a run, with the devices.
using RecordedRun = ui::RecordedRun;

// The PDU an event carries, and at which protocol its bytes start; nullopt for
// events without one (a MAC table change, a TCP state change ...).
struct EventPdu {
    PduRef pdu;
    Protocol protocol;
    DeviceId device;
};
std::optional<EventPdu> pduOf(const RecordedRun& run, std::size_t eventIndex);

enum class StepKind : std::uint8_t {
    Built,         // data created at a layer (PduBuilt)
    Pushed,        // encapsulation: header (+ trailer) added
    Fragmented,    // IPv4 split to fit the MTU
    OnWire,        // bits onto the link
    Checked,       // a receive check, passed or failed
    SwitchForward, // an L2 switch read the Ethernet header only
    Popped,        // decapsulation: header removed
    RouterForward, // a router: TTL n -> n-1, checksum recomputed
    FrameRebuilt,  // a router: new frame with new MACs
    Delivered,     // handed to the application
    Dropped,
};

struct StoryStep {
    StepKind kind = StepKind::Built;
    std::size_t eventIndex = 0;
    Layer layer = Layer::NetworkInterface;
    Protocol protocol = Protocol::Data;
    PduName name = PduName::Frame;
    int headerLen = 0;
    int trailerLen = 0;
    PduRef pdu; // the PDU after the step (pushed/built), or the one opened (popped/checked)
    // Checked
    Check check = Check::Fcs;
    bool passed = true;
    std::uint64_t expected = 0, actual = 0;
    // RouterForward / FrameRebuilt / SwitchForward
    int ttlBefore = 0, ttlAfter = 0;
    std::uint16_t checksumBefore = 0, checksumAfter = 0;
    PduRef frameBefore; // the frame as it arrived at the router
    DropReason dropReason = DropReason::Malformed;
    SwitchAction switchAction = SwitchAction::Forwarded;
    std::uint32_t mtu = 0;
    int fragmentCount = 0;

    int totalLen() const { return static_cast<int>(pdu.size()); }
    int payloadLen() const { return totalLen() - headerLen - trailerLen; }
};

enum class HopRole : std::uint8_t { Sender, Switch, Router, L3Switch, Receiver, Bystander };

// One device on the PDU's way, with what happened to the PDU there.
struct StoryHop {
    DeviceId device = kNoDevice;
    QString deviceName;
    HopRole role = HopRole::Sender;
    std::vector<StoryStep> steps;
};

struct EncapsulationStory {
    std::vector<StoryHop> hops;
    PduRef frame;    // the frame as the sender put it on the wire
    QString problem; // why there is no story (translated), empty when there is one

    bool empty() const { return hops.empty(); }
    // Steps flattened in order, for step-by-step animation: (hop, step) pairs.
    std::vector<std::pair<int, int>> stepOrder() const;
};

// Follows the PDU of event `eventIndex` from the host that built it, through
// switches and routers, to the host that opened it. Frames, packets and
// transport PDUs are linked by content (IPv4 identification, destination and
// transport bytes, which routers do not change), not by ids.
EncapsulationStory buildStory(const RecordedRun& run, std::size_t eventIndex);

} // namespace ww::inspector
