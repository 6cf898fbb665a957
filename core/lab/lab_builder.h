#pragma once

#include "lab/lab.h"
#include "net/network.h"

#include <memory>

namespace ww::lab {

// The MAC an interface gets when the lab gives none: locally administered,
// 02:00:00:DD:DD:II from the device's and interface's positions in the file.
MacAddress defaultMac(std::size_t deviceIndex, std::size_t interfaceIndex);

// Builds the network of a validated lab and schedules its scenario. Device
// ids follow lab.devices' order and link ids lab.links' order.
std::unique_ptr<Network> buildNetwork(const Lab& lab, std::uint64_t seed);

NetworkSettings toNetworkSettings(const Settings& s);

} // namespace ww::lab
