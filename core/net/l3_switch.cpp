#include "net/l3_switch.h"

#include "net/l2_switch.h"
#include "net/link.h"
#include "net/network.h"

#include <algorithm>

namespace ww {

namespace {
constexpr PortIndex kFromRoutingEngine = 0xffff; // the frame comes from the SVI, not a port
}

L3Switch::L3Switch(Network& net, DeviceId id, std::string name, IpNodeOptions options)
    : IpNode(net, id, std::move(name), [&] {
        options.forwarding = true;
        return options;
    }()) {}

void L3Switch::addVlan(int vlan, MacAddress mac, Ipv4Prefix address) {
    // The IpInterface's "port" holds the VLAN id: SVIs have no port of their own.
    const std::size_t index = addInterface(static_cast<PortIndex>(vlan), mac, address);
    vlans_[vlan] = Vlan{index, std::make_unique<MacTable>(net_, id(), net_.settings().macAgeing)};
}

int L3Switch::vlanOfPort(PortIndex port) const {
    auto it = portVlan_.find(port);
    return it == portVlan_.end() ? -1 : it->second;
}

const MacTable* L3Switch::macTable(int vlan) const {
    auto it = vlans_.find(vlan);
    return it == vlans_.end() ? nullptr : it->second.table.get();
}

std::vector<PortIndex> L3Switch::members(int vlan) const {
    std::vector<PortIndex> out;
    for (const auto& [port, v] : portVlan_)
        if (v == vlan && this->port(port).link)
            out.push_back(port);
    return out;
}

void L3Switch::receiveFrame(PortIndex port, const PduRef& frame, std::uint64_t frameId) {
    const int vlan = vlanOfPort(port);
    auto it = vlans_.find(vlan);
    if (it == vlans_.end()) {
        emit(Drop{id(), kNoLink, DropReason::Malformed, frameId, frame});
        return;
    }
    if (!checkFcs(net_, id(), port, frame, frameId))
        return;
    ByteView b = frame.view();
    const MacAddress dst = MacAddress::read(b.data());
    const MacAddress src = MacAddress::read(b.data() + 6);
    if (!src.isMulticast())
        it->second.table->learn(src, port);
    const std::size_t svi = it->second.ipInterface;
    if (dst == interfaces()[svi].mac) {
        emit(
            ReceiveCheck{id(), port, Check::DestinationMac, true, dst.toU64(), dst.toU64(), frame});
        receiveOnInterface(svi, frame, frameId);
        return;
    }
    sendInVlan(vlan, port, frameId, frame);
    // Broadcast and multicast also reach the switch's own IP stack in that VLAN.
    if (dst.isMulticast() && isOwnMac(svi, dst))
        receiveOnInterface(svi, frame, frameId);
}

void L3Switch::sendInVlan(int vlan, PortIndex inPort, std::uint64_t frameId, const PduRef& frame) {
    ByteView b = frame.view();
    const MacAddress dst = MacAddress::read(b.data());
    SwitchingResult r =
        switchFrame(*vlans_.at(vlan).table, dst, inPort, [this, vlan] { return members(vlan); });
    emit(SwitchDecision{id(), inPort, frameId, dst, r.action, r.tableHit, r.outPorts});
    if (r.action == SwitchAction::Filtered) {
        emit(Drop{id(), kNoLink, DropReason::SameSegment, frameId, frame});
        return;
    }
    for (PortIndex out : r.outPorts)
        transmit(out, frame);
}

void L3Switch::transmitOnInterface(std::size_t ifIndex, const PduRef& frame) {
    sendInVlan(static_cast<int>(interfaces()[ifIndex].port), kFromRoutingEngine, 0, frame);
}

std::uint32_t L3Switch::interfaceMtu(std::size_t ifIndex) const {
    std::uint32_t mtu = 1500;
    bool any = false;
    for (PortIndex p : members(static_cast<int>(interfaces()[ifIndex].port))) {
        const std::uint32_t m = port(p).link->params().mtu;
        mtu = any ? std::min(mtu, m) : m;
        any = true;
    }
    return mtu;
}

} // namespace ww
