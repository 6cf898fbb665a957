#pragma once

// A device for tests: sends the exact frames a test hands it and records
// every frame it receives.
#include "net/device.h"
#include "net/network.h"
#include "wire/ethernet.h"

#include <vector>

namespace ww::test {

class Probe : public Device {
public:
    Probe(Network& net, DeviceId id, std::string name)
        : Device(net, id, std::move(name)) {
        addPort("eth0", MacAddress::local(0xAA00 + id));
    }
    NetDeviceType kind() const override { return NetDeviceType::Host; }
    void receiveFrame(PortIndex, const PduRef& frame, std::uint64_t) override {
        received.push_back(frame);
    }
    void sendFrame(const MacAddress& dst, const MacAddress& src, std::uint16_t type,
                   ByteView payload) {
        transmit(0, network().makePdu(ethernet::emitFrame({dst, src, type}, payload)));
    }
    MacAddress mac() const { return port(0).mac; }

    std::vector<PduRef> received;
};

} // namespace ww::test
