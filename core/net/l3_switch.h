#pragma once

#include "net/ip_node.h"
#include "net/mac_table.h"

#include <map>
#include <memory>

namespace ww {

// A switch whose ports belong to VLANs, each VLAN one network with a routed
// interface (SVI). Within a VLAN it switches like an L2 switch (reads only the
// Ethernet header); frames for the SVI's MAC go up to its IP stack, which
// routes between the VLANs like a router.
class L3Switch : public IpNode {
public:
    L3Switch(Network& net, DeviceId id, std::string name, IpNodeOptions options);

    NetDeviceType kind() const override { return NetDeviceType::L3Switch; }

    // Declares VLAN `vlan` with its routed interface.
    void addVlan(int vlan, MacAddress mac, Ipv4Prefix address);
    // Puts a port (already added with addPort) into a VLAN.
    void assignPort(PortIndex port, int vlan) { portVlan_[port] = vlan; }
    int vlanOfPort(PortIndex port) const;
    const MacTable* macTable(int vlan) const;

    void receiveFrame(PortIndex port, const PduRef& frame, std::uint64_t frameId) override;

protected:
    void transmitOnInterface(std::size_t ifIndex, const PduRef& frame) override;
    std::uint32_t interfaceMtu(std::size_t ifIndex) const override;

private:
    struct Vlan {
        std::size_t ipInterface;
        std::unique_ptr<MacTable> table;
    };
    std::vector<PortIndex> members(int vlan) const;
    void sendInVlan(int vlan, PortIndex inPort, std::uint64_t frameId, const PduRef& frame);

    std::map<int, Vlan> vlans_;
    std::map<PortIndex, int> portVlan_;
};

} // namespace ww
