#pragma once

#include "trace/event.h"
#include "wire/address.h"

#include <string>
#include <vector>

namespace ww {

class Link;
class Network;

// What a simulated device does with a frame. Not lab::DeviceType (the lab
// file's word) nor ui::PaletteKind (what the palette offers).
enum class NetDeviceType { Host, Switch, Router, L3Switch };

struct Port {
    std::string name;
    MacAddress mac;
    Link* link = nullptr;
    int side = 0; // which end of the link this port is
};

// Anything with ports on the canvas. Devices never call each other: frames
// travel only through links, and everything they do is published as events.
class Device {
public:
    Device(Network& net, DeviceId id, std::string name);
    virtual ~Device();
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;

    virtual NetDeviceType kind() const = 0;
    DeviceId id() const { return id_; }
    const std::string& name() const { return name_; }
    Network& network() const { return net_; }

    PortIndex addPort(std::string name, MacAddress mac);
    const std::vector<Port>& ports() const { return ports_; }
    const Port& port(PortIndex p) const { return ports_[p]; }
    void attach(PortIndex p, Link& link, int side);
    // Port by name, or -1.
    int findPort(const std::string& name) const;

    // The link delivers a whole frame (with FCS) whose last bit has arrived.
    virtual void receiveFrame(PortIndex port, const PduRef& frame, std::uint64_t frameId) = 0;

protected:
    // Hands a frame to the port's link; returns its frame id (0 if not sent).
    std::uint64_t transmit(PortIndex port, const PduRef& frame);
    void emit(EventKind&& kind) const;

    Network& net_;

private:
    DeviceId id_;
    std::string name_;
    std::vector<Port> ports_;
};

} // namespace ww
