#pragma once

#include "lab/lab.h"
#include "net/device.h"
#include "net/network.h"
#include "trace/event.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace ww::ui {

struct EventListFacts;

// An IPv4 interface of a device as built from the lab: what the routing table
// and the ARP cache name as "interface".
struct InterfaceInfo {
    QString name;
    PortIndex port = 0; // the device port (for an L3 switch: the VLAN's index)
    MacAddress mac;
    std::optional<Ipv4Prefix> address;
};

// The static state of a device: it does not change while the lab runs.
struct DeviceInfo {
    QString name;
    lab::DeviceType type = lab::DeviceType::Host;
    std::vector<QString> ports;            // device port names, by PortIndex
    std::vector<InterfaceInfo> interfaces; // IP interfaces, by interface index
    std::vector<RouteView> routes;         // RouteView::port is an interface index
};

// One frame's trip over one link: from its FrameTxStart to its FrameArrival or
// the Drop that ended it on the link (lost). Event indices point into events().
struct FrameFlight { // the 4-byte members last: no padding (a recording has many flights)
    std::uint64_t frameId = 0;
    SimTime start = 0;
    SimTime arrival = 0;
    std::size_t startEvent = 0;
    std::size_t endEvent = 0; // arrival or loss; events().size() when the run ended first
    PduRef frame;
    LinkId link = kNoLink;
    DeviceId from = kNoDevice;
    DeviceId to = kNoDevice;
    bool lost = false;
};

// A lab run headless to its duration with every event kept. The simulation is
// a pure function of (lab, seed, forced losses), so stepping back and scrubbing
// are moving a cursor over this recording, and click-to-drop is a re-record
// with one more frame id in the losses.
class RecordedRun {
public:
    // Records up to the lab's duration, or up to where the run exceeded `budget`
    // (then budgetStop() says why and duration() is the time of the stop).
    static RecordedRun record(const lab::Lab& lab, std::uint64_t seed,
                              std::set<std::uint64_t> forcedLosses = {}, RunBudget budget = {});
    // The same lab and seed with `frameId` also lost on its link.
    RecordedRun withLoss(std::uint64_t frameId) const;

    const lab::Lab& lab() const { return lab_; }
    std::uint64_t seed() const { return seed_; }
    const std::set<std::uint64_t>& forcedLosses() const { return losses_; }
    SimTime duration() const { return duration_; }
    const RunBudget& budget() const { return budget_; }
    const std::optional<BudgetStop>& budgetStop() const { return budgetStop_; }

    const std::vector<Event>& events() const { return events_; }
    // The event list's facts when made with the recording (a worker thread's), else null.
    const std::shared_ptr<const EventListFacts>& listFacts() const { return listFacts_; }
    void setListFacts(std::shared_ptr<const EventListFacts> facts) {
        listFacts_ = std::move(facts);
    }
    const std::vector<DeviceInfo>& devices() const { return devices_; }
    const std::vector<FrameFlight>& flights() const { return flights_; }

    QString deviceName(DeviceId id) const;
    NetDeviceType deviceKind(DeviceId id) const;
    QString portName(DeviceId id, PortIndex port) const;
    // Name of the IP interface whose port (or VLAN index) is `port`.
    QString interfaceOnPort(DeviceId id, PortIndex port) const;
    QString interfaceName(DeviceId id, std::size_t interfaceIndex) const;
    // The flight of a frame id, or nullptr.
    const FrameFlight* flight(std::uint64_t frameId) const;

    // Number of events whose time is <= t: the cursor position at time t.
    std::size_t eventsUpTo(SimTime t) const;
    // Frames on links once the first `applied` events have happened.
    std::size_t framesInFlight(std::size_t applied) const;

private:
    friend class RunRecorder;
    // Indexes the frames' flights (the network knows each link's two ends).
    void indexFlights(const Network& net);

    lab::Lab lab_;
    std::uint64_t seed_ = 1;
    std::set<std::uint64_t> losses_;
    SimTime duration_ = 0;
    RunBudget budget_;
    std::optional<BudgetStop> budgetStop_;
    std::vector<Event> events_;
    std::vector<DeviceInfo> devices_;
    std::vector<FrameFlight> flights_;
    // Indices into flights_ by frame id, for flight(); empty while flights_ (in start order)
    // is in frame id order too, as it is unless a link queued frames.
    std::vector<std::uint32_t> flightsByFrame_;
    // Every flight's endEvent, in order: with flights_ (in startEvent order) it counts the
    // frames in flight at any cursor, for 4 bytes a flight rather than 4 an event.
    std::vector<std::uint32_t> flightEnds_;
    std::shared_ptr<const EventListFacts> listFacts_;
};

} // namespace ww::ui
