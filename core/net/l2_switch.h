#pragma once

#include "net/device.h"
#include "net/mac_table.h"

namespace ww {

// A store-and-forward learning bridge (IEEE 802.1D): checks the FCS, learns
// the source MAC, then forwards by table, floods unknown/broadcast/multicast
// destinations, and filters frames whose destination is on the ingress port.
// It reads only the Ethernet header; the frame leaves unchanged.
class L2Switch : public Device {
public:
    L2Switch(Network& net, DeviceId id, std::string name);

    NetDeviceType kind() const override { return NetDeviceType::Switch; }
    void receiveFrame(PortIndex port, const PduRef& frame, std::uint64_t frameId) override;
    const MacTable& macTable() const { return table_; }

private:
    MacTable table_;
};

// Shared by the L2 switch and each VLAN of the L3 switch: decide and send.
// `members()` lists the ports of the same broadcast domain; it is called only when the
// frame floods, so a table hit costs no port list (it grows with the switch's ports).
struct SwitchingResult {
    SwitchAction action;
    bool tableHit;
    std::vector<PortIndex> outPorts;
};
template <typename MembersFn>
SwitchingResult switchFrame(const MacTable& table, const MacAddress& destination, PortIndex inPort,
                            MembersFn&& members) {
    if (!destination.isMulticast()) {
        if (auto port = table.lookup(destination)) {
            if (*port == inPort)
                return {SwitchAction::Filtered, true, {}};
            return {SwitchAction::Forwarded, true, {*port}};
        }
    }
    SwitchingResult flood{SwitchAction::Flooded, false, members()};
    std::erase(flood.outPorts, inPort);
    return flood;
}

// Verifies the FCS of a frame arriving at `port`, publishing the check (and a
// drop when it fails). Returns the parsed frame only when it is intact.
bool checkFcs(Network& net, DeviceId device, PortIndex port, const PduRef& frame,
              std::uint64_t frameId);

} // namespace ww
