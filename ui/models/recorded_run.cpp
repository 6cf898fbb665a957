#include "models/recorded_run.h"

#include "lab/lab_builder.h"
#include "net/ip_node.h"

#include <algorithm>

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
    RecordedRun run;
    run.lab_ = lab;
    run.seed_ = seed;
    run.losses_ = std::move(forcedLosses);
    run.duration_ = secondsToTime(lab.duration);
    run.budget_ = budget;

    auto net = lab::buildNetwork(lab, seed);
    net->setBudget(budget);
    // Every event is kept: the memory budget counts the recording.
    net->retainEvents(sizeof(Event));
    for (std::uint64_t id : run.losses_)
        net->loseFrame(id);
    for (std::size_t i = 0; i < net->devices().size() && i < lab.devices.size(); ++i)
        run.devices_.push_back(describe(*net->devices()[i], lab.devices[i]));

    run.events_.reserve(4096);
    net->bus().subscribe([&run](const Event& e) { run.events_.push_back(e); });
    if (!net->runUntil(run.duration_)) {
        run.budgetStop_ = net->budgetStop();
        run.duration_ = run.budgetStop_->at; // the recording ends where the run stopped
    }

    // Index each frame's trip so the canvas can find what is in flight.
    for (std::size_t i = 0; i < run.events_.size(); ++i) {
        const EventKind& k = run.events_[i].kind;
        if (const auto* tx = std::get_if<FrameTxStart>(&k)) {
            FrameFlight f;
            f.frameId = tx->frameId;
            f.link = tx->link;
            f.from = tx->from;
            const Link& link = net->link(tx->link);
            f.to = link.device(0).id() == tx->from && link.port(0) == tx->port
                       ? link.device(1).id()
                       : link.device(0).id();
            f.start = run.events_[i].time;
            f.arrival = tx->arrival;
            f.startEvent = i;
            f.endEvent = run.events_.size();
            f.frame = tx->frame;
            run.flightByFrame_[f.frameId] = run.flights_.size();
            run.flights_.push_back(std::move(f));
        } else if (const auto* a = std::get_if<FrameArrival>(&k)) {
            if (auto it = run.flightByFrame_.find(a->frameId); it != run.flightByFrame_.end())
                run.flights_[it->second].endEvent = i;
        } else if (const auto* d = std::get_if<Drop>(&k); d && d->link != kNoLink) {
            if (auto it = run.flightByFrame_.find(d->frameId); it != run.flightByFrame_.end()) {
                run.flights_[it->second].endEvent = i;
                run.flights_[it->second].lost = true;
            }
        }
    }
    run.inFlight_.assign(run.events_.size() + 1, 0);
    std::vector<std::int32_t> delta(run.events_.size() + 2, 0);
    for (const FrameFlight& f : run.flights_) {
        ++delta[f.startEvent + 1]; // in flight once its start has happened...
        --delta[f.endEvent + 1];   // ...until its end has
    }
    std::int64_t n = 0;
    for (std::size_t k = 0; k <= run.events_.size(); ++k) {
        n += delta[k];
        run.inFlight_[k] = static_cast<std::uint32_t>(n);
    }
    return run;
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
    return applied < inFlight_.size() ? inFlight_[applied] : 0;
}

const FrameFlight* RecordedRun::flight(std::uint64_t frameId) const {
    auto it = flightByFrame_.find(frameId);
    return it == flightByFrame_.end() ? nullptr : &flights_[it->second];
}

std::size_t RecordedRun::eventsUpTo(SimTime t) const {
    auto it = std::upper_bound(events_.begin(), events_.end(), t,
                               [](SimTime v, const Event& e) { return v < e.time; });
    return static_cast<std::size_t>(it - events_.begin());
}

} // namespace ww::ui
