#include "wire/checksum.h"

#include <array>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define WW_CRC32_CLMUL 1
#endif

namespace ww {

namespace {

// Slicing-by-8: eight tables let the loop take eight bytes per step; table k
// is the CRC of a byte followed by k zero bytes. Same result as byte at a time.
using CrcTables = std::array<std::array<std::uint32_t, 256>, 8>;

constexpr CrcTables makeCrcTables() {
    CrcTables t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[0][n] = c;
    }
    for (std::size_t k = 1; k < 8; ++k)
        for (std::uint32_t n = 0; n < 256; ++n)
            t[k][n] = (t[k - 1][n] >> 8) ^ t[0][t[k - 1][n] & 0xff];
    return t;
}

constexpr CrcTables kCrc = makeCrcTables();

std::uint32_t littleEndian32(const std::uint8_t* p) {
    return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) |
           (std::uint32_t{p[3]} << 24);
}

// `c` is the running register (already inverted at the start, not yet at the end).
std::uint32_t crcTables(std::uint32_t c, const std::uint8_t* p, std::size_t n) {
    for (; n >= 8; n -= 8, p += 8) {
        const std::uint32_t lo = littleEndian32(p) ^ c;
        const std::uint32_t hi = littleEndian32(p + 4);
        c = kCrc[7][lo & 0xff] ^ kCrc[6][(lo >> 8) & 0xff] ^ kCrc[5][(lo >> 16) & 0xff] ^
            kCrc[4][lo >> 24] ^ kCrc[3][hi & 0xff] ^ kCrc[2][(hi >> 8) & 0xff] ^
            kCrc[1][(hi >> 16) & 0xff] ^ kCrc[0][hi >> 24];
    }
    for (; n > 0; --n, ++p)
        c = kCrc[0][(c ^ *p) & 0xff] ^ (c >> 8);
    return c;
}

#ifdef WW_CRC32_CLMUL
// One 128-bit fold: x times the constants for 128 bits further on, plus the next 16 bytes.
__attribute__((target("pclmul,sse4.1"))) inline __m128i fold(__m128i x, __m128i k, __m128i next) {
    const __m128i lo = _mm_clmulepi64_si128(x, k, 0x00);
    const __m128i hi = _mm_clmulepi64_si128(x, k, 0x11);
    return _mm_xor_si128(_mm_xor_si128(hi, lo), next);
}

// Carry-less multiply folding (Gopal et al., Intel, "Fast CRC Computation for Generic
// Polynomials Using PCLMULQDQ", 2009; the bit-reflected constants for 0xEDB88320 as in
// Chromium's zlib crc32_simd.c): four 128-bit lanes fold 64 bytes per step, then one lane,
// then a Barrett reduction to 32 bits. Needs n >= 64 and n a multiple of 16. A full-size
// frame takes ~0.05 ns a byte instead of ~0.5 with the tables.
__attribute__((target("pclmul,sse4.1"))) std::uint32_t
crcClmul(std::uint32_t crc, const std::uint8_t* buf, std::size_t len) {
    alignas(16) static const std::uint64_t k1k2[] = {0x0154442bd4, 0x01c6e41596};
    alignas(16) static const std::uint64_t k3k4[] = {0x01751997d0, 0x00ccaa009e};
    alignas(16) static const std::uint64_t k5k0[] = {0x0163cd6124, 0x0000000000};
    alignas(16) static const std::uint64_t poly[] = {0x01db710641, 0x01f7011641};
    auto load = [](const std::uint8_t* p) {
        return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    };

    __m128i x1 = _mm_xor_si128(load(buf), _mm_cvtsi32_si128(static_cast<int>(crc)));
    __m128i x2 = load(buf + 16);
    __m128i x3 = load(buf + 32);
    __m128i x4 = load(buf + 48);
    buf += 64;
    len -= 64;
    __m128i k = _mm_load_si128(reinterpret_cast<const __m128i*>(k1k2));
    for (; len >= 64; buf += 64, len -= 64) {
        x1 = fold(x1, k, load(buf));
        x2 = fold(x2, k, load(buf + 16));
        x3 = fold(x3, k, load(buf + 32));
        x4 = fold(x4, k, load(buf + 48));
    }
    k = _mm_load_si128(reinterpret_cast<const __m128i*>(k3k4));
    x1 = fold(x1, k, x2);
    x1 = fold(x1, k, x3);
    x1 = fold(x1, k, x4);
    for (; len >= 16; buf += 16, len -= 16)
        x1 = fold(x1, k, load(buf));

    // 128 -> 64 bits.
    const __m128i mask = _mm_setr_epi32(~0, 0, ~0, 0);
    __m128i x = _mm_xor_si128(_mm_srli_si128(x1, 8), _mm_clmulepi64_si128(x1, k, 0x10));
    k = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(k5k0));
    x = _mm_xor_si128(_mm_clmulepi64_si128(_mm_and_si128(x, mask), k, 0x00), _mm_srli_si128(x, 4));
    // Barrett reduction to 32 bits.
    k = _mm_load_si128(reinterpret_cast<const __m128i*>(poly));
    __m128i t = _mm_clmulepi64_si128(_mm_and_si128(x, mask), k, 0x10);
    t = _mm_clmulepi64_si128(_mm_and_si128(t, mask), k, 0x00);
    return static_cast<std::uint32_t>(_mm_extract_epi32(_mm_xor_si128(x, t), 1));
}

bool haveClmul() {
    static const bool have = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
    return have;
}
#endif

} // namespace

std::uint32_t crc32(ByteView data) {
    std::uint32_t c = 0xffffffffu;
    const std::uint8_t* p = data.data();
    std::size_t n = data.size();
#ifdef WW_CRC32_CLMUL
    if (n >= 64 && haveClmul()) {
        const std::size_t chunk = n & ~std::size_t{15};
        c = crcClmul(c, p, chunk);
        p += chunk;
        n -= chunk;
    }
#endif
    return crcTables(c, p, n) ^ 0xffffffffu;
}

} // namespace ww
