#pragma once

#include "lab/lab.h"

namespace ww::cli {

// The benchmark's lab: `hosts` hosts split over two LANs (one switch each)
// joined by a router; every host on LAN A pings its partner on LAN B every
// `interval` seconds for `seconds`.
lab::Lab makeBenchLab(int hosts, double seconds, double interval);

// host - switch - router - switch - host at 100 Mb/s, 1 ms per link; the client
// sends `bytes` over TCP; every link loses `loss` of its frames.
lab::Lab makeTcpBenchLab(std::uint64_t bytes, double loss);

} // namespace ww::cli
