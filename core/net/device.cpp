#include "net/device.h"

#include "net/link.h"
#include "net/network.h"

namespace ww {

Device::Device(Network& net, DeviceId id, std::string name)
    : net_(net)
    , id_(id)
    , name_(std::move(name)) {}

Device::~Device() = default;

PortIndex Device::addPort(std::string name, MacAddress mac) {
    ports_.push_back(Port{std::move(name), mac, nullptr, 0});
    return static_cast<PortIndex>(ports_.size() - 1);
}

void Device::attach(PortIndex p, Link& link, int side) {
    ports_[p].link = &link;
    ports_[p].side = side;
}

int Device::findPort(const std::string& name) const {
    for (std::size_t i = 0; i < ports_.size(); ++i)
        if (ports_[i].name == name)
            return static_cast<int>(i);
    return -1;
}

std::uint64_t Device::transmit(PortIndex port, const PduRef& frame) {
    const Port& p = ports_[port];
    if (!p.link)
        return 0; // unplugged port: the frame goes nowhere, as on a real NIC without carrier
    return p.link->send(p.side, frame);
}

void Device::emit(EventKind&& kind) const {
    net_.emit(std::move(kind));
}

} // namespace ww
