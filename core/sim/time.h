#pragma once

#include <cstdint>

namespace ww {

// Simulated time in nanoseconds since the start of the run. 2^63 ns is ~292 years.
using SimTime = std::int64_t;

inline constexpr SimTime kNanosecond = 1;
inline constexpr SimTime kMicrosecond = 1'000;
inline constexpr SimTime kMillisecond = 1'000'000;
inline constexpr SimTime kSecond = 1'000'000'000;

constexpr SimTime secondsToTime(double s) {
    return static_cast<SimTime>(s * 1e9 + (s >= 0 ? 0.5 : -0.5));
}
constexpr double timeToSeconds(SimTime t) {
    return static_cast<double>(t) / 1e9;
}

} // namespace ww
