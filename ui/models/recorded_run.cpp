#include "models/recorded_run.h"

#include "lab/lab_builder.h"
#include "models/run_recorder.h"
#include "net/ip_node.h"

#include <algorithm>
#include <limits>
#include <map>

namespace ww::ui {

namespace {

DeviceInfo describe(const Device& d, const lab::Device& labDevice) {
    DeviceInfo info;
    info.name = QString::fromStdString(d.name());
    info.type = labDevice.type;
    for (const Port& p : d.ports())
        info.ports.push_back(QString::fromStdString(p.name));
    const auto* node = dynamic_cast<const IpNode*>(&d);
    if (!node)
        return info;
    const bool l3Switch = labDevice.type == lab::DeviceType::L3Switch;
    const auto& ifs = node->interfaces();
    for (std::size_t i = 0; i < ifs.size(); ++i) {
        InterfaceInfo itf;
        itf.port = ifs[i].port;
        itf.mac = ifs[i].mac;
        itf.address = ifs[i].address;
        if (l3Switch && i < labDevice.vlans.size())
            itf.name = QStringLiteral("vlan%1").arg(labDevice.vlans[i].id);
        else if (itf.port < info.ports.size())
            itf.name = info.ports[itf.port];
        info.interfaces.push_back(itf);
    }
    info.routes = node->routingTable().routes();
    return info;
}

} // namespace

RecordedRun RecordedRun::record(const lab::Lab& lab, std::uint64_t seed,
                                std::set<std::uint64_t> forcedLosses, RunBudget budget) {
    RunRecorder recorder(lab, seed, std::move(forcedLosses), budget);
    recorder.advance(std::numeric_limits<std::size_t>::max());
    return recorder.finish();
}

RunRecorder::RunRecorder(const lab::Lab& lab, std::uint64_t seed,
                         std::set<std::uint64_t> forcedLosses, RunBudget budget) {
    run_.lab_ = lab;
    run_.seed_ = seed;
    run_.losses_ = std::move(forcedLosses);
    run_.duration_ = secondsToTime(lab.duration);
    run_.budget_ = budget;

    net_ = lab::buildNetwork(lab, seed);
    net_->setBudget(budget);
    // Every event is kept: the memory budget counts the recording.
    net_->retainEvents(sizeof(Event));
    for (std::uint64_t id : run_.losses_)
        net_->loseFrame(id);
    for (std::size_t i = 0; i < net_->devices().size() && i < lab.devices.size(); ++i)
        run_.devices_.push_back(describe(*net_->devices()[i], lab.devices[i]));
    run_.events_.reserve(4096);
    net_->bus().subscribe([this](const Event& e) { run_.events_.push_back(e); });
}

RunRecorder::~RunRecorder() = default;

bool RunRecorder::advance(std::size_t events, const std::atomic<bool>* cancel) {
    // A thousandth of the run per slice: fine enough to stop soon after a cancel
    // or a full slice of events, coarse enough to cost nothing.
    const SimTime slice = std::max<SimTime>(1, run_.duration_ / 1000);
    const std::size_t target =
        events > std::numeric_limits<std::size_t>::max() - run_.events_.size()
            ? std::numeric_limits<std::size_t>::max()
            : run_.events_.size() + events;
    while (!done_ && run_.events_.size() < target &&
           !(cancel && cancel->load(std::memory_order_relaxed))) {
        const SimTime next = std::min(run_.duration_, reached_ + slice);
        if (!net_->runUntil(next)) {
            run_.budgetStop_ = net_->budgetStop();
            run_.duration_ = run_.budgetStop_->at; // the recording ends where the run stopped
            done_ = true;
        } else {
            reached_ = next;
            done_ = reached_ >= run_.duration_;
        }
        progress_.store(run_.duration_ > 0
                            ? static_cast<double>(reached_) / static_cast<double>(run_.duration_)
                            : 1.0,
                        std::memory_order_relaxed);
    }
    return done_;
}

RecordedRun RunRecorder::finish() {
    run_.events_.shrink_to_fit();
    run_.indexFlights(*net_);
    net_.reset();
    return std::move(run_);
}

void RecordedRun::indexFlights(const Network& net) {
    RecordedRun& run = *this;
    // Index each frame's trip so the canvas can find what is in flight.
    std::map<std::uint64_t, std::size_t> started; // while indexing: flights by frame id
    for (std::size_t i = 0; i < run.events_.size(); ++i) {
        const EventKind& k = run.events_[i].kind;
        if (const auto* tx = std::get_if<FrameTxStart>(&k)) {
            FrameFlight f;
            f.frameId = tx->frameId;
            f.link = tx->link;
            f.from = tx->from;
            const Link& link = net.link(tx->link);
            f.to = link.device(0).id() == tx->from && link.port(0) == tx->port
                       ? link.device(1).id()
                       : link.device(0).id();
            f.start = run.events_[i].time;
            f.arrival = tx->arrival;
            f.startEvent = i;
            f.endEvent = run.events_.size();
            f.frame = tx->frame;
            started[f.frameId] = run.flights_.size();
            run.flights_.push_back(std::move(f));
        } else if (const auto* a = std::get_if<FrameArrival>(&k)) {
            if (auto it = started.find(a->frameId); it != started.end())
                run.flights_[it->second].endEvent = i;
        } else if (const auto* d = std::get_if<Drop>(&k); d && d->link != kNoLink) {
            if (auto it = started.find(d->frameId); it != started.end()) {
                run.flights_[it->second].endEvent = i;
                run.flights_[it->second].lost = true;
            }
        }
    }
    run.flights_.shrink_to_fit();
    const auto byId = [this](std::uint32_t a, std::uint32_t b) {
        return flights_[a].frameId < flights_[b].frameId;
    };
    flightsByFrame_.clear();
    if (!std::is_sorted(
            flights_.begin(), flights_.end(),
            [](const FrameFlight& a, const FrameFlight& b) { return a.frameId < b.frameId; })) {
        flightsByFrame_.resize(flights_.size());
        for (std::size_t i = 0; i < flights_.size(); ++i)
            flightsByFrame_[i] = static_cast<std::uint32_t>(i);
        std::stable_sort(flightsByFrame_.begin(), flightsByFrame_.end(), byId);
    }
    flightEnds_.clear();
    flightEnds_.reserve(flights_.size());
    for (const FrameFlight& f : flights_)
        flightEnds_.push_back(static_cast<std::uint32_t>(f.endEvent));
    std::sort(flightEnds_.begin(), flightEnds_.end());
}

RecordedRun RecordedRun::withLoss(std::uint64_t frameId) const {
    auto losses = losses_;
    losses.insert(frameId);
    return record(lab_, seed_, std::move(losses), budget_);
}

NetDeviceType RecordedRun::deviceKind(DeviceId id) const {
    if (id >= devices_.size())
        return NetDeviceType::Host;
    switch (devices_[id].type) {
    case lab::DeviceType::Host:
        return NetDeviceType::Host;
    case lab::DeviceType::Switch:
        return NetDeviceType::Switch;
    case lab::DeviceType::Router:
        return NetDeviceType::Router;
    case lab::DeviceType::L3Switch:
        return NetDeviceType::L3Switch;
    }
    return NetDeviceType::Host;
}

QString RecordedRun::deviceName(DeviceId id) const {
    return id < devices_.size() ? devices_[id].name : QStringLiteral("?");
}

QString RecordedRun::portName(DeviceId id, PortIndex port) const {
    if (id >= devices_.size() || port >= devices_[id].ports.size())
        return QString::number(port);
    return devices_[id].ports[port];
}

QString RecordedRun::interfaceOnPort(DeviceId id, PortIndex port) const {
    if (id < devices_.size())
        for (const InterfaceInfo& itf : devices_[id].interfaces)
            if (itf.port == port)
                return itf.name;
    return portName(id, port);
}

QString RecordedRun::interfaceName(DeviceId id, std::size_t interfaceIndex) const {
    if (id >= devices_.size() || interfaceIndex >= devices_[id].interfaces.size())
        return QString::number(interfaceIndex);
    return devices_[id].interfaces[interfaceIndex].name;
}

std::size_t RecordedRun::framesInFlight(std::size_t applied) const {
    if (applied > events_.size())
        return 0;
    // In flight once its start has happened (startEvent < applied) until its end has.
    const auto started =
        std::lower_bound(flights_.begin(), flights_.end(), applied,
                         [](const FrameFlight& f, std::size_t a) { return f.startEvent < a; }) -
        flights_.begin();
    const auto ended = std::lower_bound(flightEnds_.begin(), flightEnds_.end(), applied,
                                        [](std::uint32_t end, std::size_t a) { return end < a; }) -
                       flightEnds_.begin();
    return static_cast<std::size_t>(started - ended);
}

const FrameFlight* RecordedRun::flight(std::uint64_t frameId) const {
    if (flightsByFrame_.empty()) {
        auto it =
            std::lower_bound(flights_.begin(), flights_.end(), frameId,
                             [](const FrameFlight& f, std::uint64_t id) { return f.frameId < id; });
        return it != flights_.end() && it->frameId == frameId ? &*it : nullptr;
    }
    auto it = std::lower_bound(
        flightsByFrame_.begin(), flightsByFrame_.end(), frameId,
        [this](std::uint32_t i, std::uint64_t id) { return flights_[i].frameId < id; });
    return it != flightsByFrame_.end() && flights_[*it].frameId == frameId ? &flights_[*it]
                                                                           : nullptr;
}

std::size_t RecordedRun::eventsUpTo(SimTime t) const {
    auto it = std::upper_bound(events_.begin(), events_.end(), t,
                               [](SimTime v, const Event& e) { return v < e.time; });
    return static_cast<std::size_t>(it - events_.begin());
}

} // namespace ww::ui
