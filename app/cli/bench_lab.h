#pragma once

#include "lab/lab.h"

namespace ww::cli {

// The benchmark's lab: `hosts` hosts split over two LANs (one switch each)
// joined by a router; every host on LAN A pings its partner on LAN B every
// `interval` seconds for `seconds`.
lab::Lab makeBenchLab(int hosts, double seconds, double interval);

} // namespace ww::cli
