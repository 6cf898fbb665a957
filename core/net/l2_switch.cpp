#include "net/l2_switch.h"

#include "net/network.h"
#include "wire/ethernet.h"

namespace ww {

L2Switch::L2Switch(Network& net, DeviceId id, std::string name)
    : Device(net, id, std::move(name))
    , table_(net, id, net.settings().macAgeing) {}

bool checkFcs(Network& net, DeviceId device, PortIndex port, const PduRef& frame,
              std::uint64_t frameId) {
    auto parsed = ethernet::parseFrame(frame.view(), false);
    if (!parsed) {
        net.emit(Drop{device, kNoLink, DropReason::Malformed, frameId, frame});
        return false;
    }
    const std::uint32_t computed = Network::frameCrc(frame);
    const bool ok = computed == parsed->fcs;
    net.emit(ReceiveCheck{device, port, Check::Fcs, ok, computed, parsed->fcs, frame});
    if (!ok)
        net.emit(Drop{device, kNoLink, DropReason::FcsError, frameId, frame});
    return ok;
}

void L2Switch::receiveFrame(PortIndex port, const PduRef& frame, std::uint64_t frameId) {
    if (!checkFcs(net_, id(), port, frame, frameId))
        return;
    ByteView bytes = frame.view();
    const auto destination = MacAddress::read(bytes.data());
    const auto source = MacAddress::read(bytes.data() + 6);
    if (!source.isMulticast())
        table_.learn(source, port);

    SwitchingResult r = switchFrame(table_, destination, port, [this] {
        std::vector<PortIndex> members;
        members.reserve(ports().size());
        for (std::size_t p = 0; p < ports().size(); ++p)
            if (ports()[p].link)
                members.push_back(static_cast<PortIndex>(p));
        return members;
    });
    emit(SwitchDecision{id(), port, frameId, destination, r.action, r.tableHit, r.outPorts});
    if (r.action == SwitchAction::Filtered) {
        emit(Drop{id(), kNoLink, DropReason::SameSegment, frameId, frame});
        return;
    }
    for (PortIndex out : r.outPorts)
        transmit(out, frame);
}

} // namespace ww
