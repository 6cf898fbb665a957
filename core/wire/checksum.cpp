#include "wire/checksum.h"

#include <array>

namespace ww {

std::uint32_t onesComplementSum(ByteView data, std::uint32_t sum) {
    // RFC 1071 §4.1: 16-bit big-endian words, an odd last byte padded with zero.
    std::size_t i = 0;
    std::uint64_t acc = sum;
    for (; i + 1 < data.size(); i += 2)
        acc += static_cast<std::uint32_t>((data[i] << 8) | data[i + 1]);
    if (i < data.size())
        acc += static_cast<std::uint32_t>(data[i] << 8);
    while (acc >> 32)
        acc = (acc & 0xffffffffu) + (acc >> 32);
    return static_cast<std::uint32_t>(acc);
}

std::uint16_t foldChecksum(std::uint32_t sum) {
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

ChecksumCheck checkChecksum(std::uint32_t sumWithoutField, std::uint16_t carried) {
    ChecksumCheck c;
    c.ok = foldChecksum(sumWithoutField + carried) == 0;
    c.expected = c.ok ? carried : foldChecksum(sumWithoutField);
    return c;
}

std::uint32_t onesComplementSumSkipping(ByteView data, std::size_t fieldOffset, std::uint32_t sum) {
    sum = onesComplementSum(data.first(fieldOffset), sum);
    return onesComplementSum(data.subspan(fieldOffset + 2), sum);
}

std::uint16_t updateChecksum(std::uint16_t checksum, std::uint16_t oldWord, std::uint16_t newWord) {
    // RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m')
    std::uint32_t sum = static_cast<std::uint16_t>(~checksum);
    sum += static_cast<std::uint16_t>(~oldWord);
    sum += newWord;
    return foldChecksum(sum);
}

std::uint32_t pseudoHeaderSum(Ipv4Address source, Ipv4Address destination, std::uint8_t protocol,
                              std::size_t length) {
    std::uint8_t ph[12];
    writeU32(ph, 0, source.value);
    writeU32(ph, 4, destination.value);
    ph[8] = 0;
    ph[9] = protocol;
    writeU16(ph, 10, static_cast<std::uint16_t>(length));
    return onesComplementSum(ph);
}

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

} // namespace

std::uint32_t crc32(ByteView data) {
    std::uint32_t c = 0xffffffffu;
    const std::uint8_t* p = data.data();
    std::size_t n = data.size();
    for (; n >= 8; n -= 8, p += 8) {
        const std::uint32_t lo = littleEndian32(p) ^ c;
        const std::uint32_t hi = littleEndian32(p + 4);
        c = kCrc[7][lo & 0xff] ^ kCrc[6][(lo >> 8) & 0xff] ^ kCrc[5][(lo >> 16) & 0xff] ^
            kCrc[4][lo >> 24] ^ kCrc[3][hi & 0xff] ^ kCrc[2][(hi >> 8) & 0xff] ^
            kCrc[1][(hi >> 16) & 0xff] ^ kCrc[0][hi >> 24];
    }
    for (; n > 0; --n, ++p)
        c = kCrc[0][(c ^ *p) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

} // namespace ww
