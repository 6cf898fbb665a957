#include "net/network.h"

namespace ww {

Network::Network(std::uint64_t seed, NetworkSettings settings)
    : rng_(seed)
    , settings_(settings) {}

Network::~Network() = default;

PduRef Network::makePdu(Bytes bytes) {
    return PduRef{++lastPduId_, std::make_shared<const Bytes>(std::move(bytes))};
}

Link& Network::connect(std::string name, Device& a, PortIndex portA, Device& b, PortIndex portB,
                       LinkParams params) {
    const auto id = static_cast<LinkId>(links_.size());
    links_.push_back(
        std::make_unique<Link>(*this, id, std::move(name), params, a, portA, b, portB));
    Link& link = *links_.back();
    a.attach(portA, link, 0);
    b.attach(portB, link, 1);
    return link;
}

Device* Network::findDevice(std::string_view name) const {
    for (const auto& d : devices_)
        if (d->name() == name)
            return d.get();
    return nullptr;
}

} // namespace ww
