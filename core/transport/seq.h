#pragma once

#include <cstdint>

namespace ww::tcp {

// Sequence numbers live modulo 2^32 (RFC 9293 §3.4): compare by the sign of
// the 32-bit difference, so a < b holds across the wrap from 0xffffffff to 0.
inline bool seqLt(std::uint32_t a, std::uint32_t b) {
    return static_cast<std::int32_t>(a - b) < 0;
}
inline bool seqLe(std::uint32_t a, std::uint32_t b) {
    return static_cast<std::int32_t>(a - b) <= 0;
}
inline bool seqGt(std::uint32_t a, std::uint32_t b) {
    return seqLt(b, a);
}
inline bool seqGe(std::uint32_t a, std::uint32_t b) {
    return seqLe(b, a);
}
// a <= x < b, modulo 2^32.
inline bool seqInWindow(std::uint32_t x, std::uint32_t a, std::uint32_t b) {
    return seqLe(a, x) && seqLt(x, b);
}

} // namespace ww::tcp
