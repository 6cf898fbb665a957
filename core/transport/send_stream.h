#pragma once

#include "wire/bytes.h"

#include <cstdint>
#include <deque>

namespace ww::tcp {

// The bytes from SND.UNA on, sent or not: what the application wrote, and what it will
// write. A lab's bulk transfer is a pattern of its offset ('A' to 'Z' repeated), made when a
// segment needs it, so a 1 GB transfer holds a few segments' worth, not a gigabyte.
class SendStream {
public:
    std::uint64_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    void append(ByteView data);
    // `count` bytes of the pattern, from its start.
    void appendPattern(std::uint64_t count);
    // Forgets `count` bytes at the front (acknowledged); at most size().
    void drop(std::uint64_t count);
    // `len` bytes from `offset` (both from the front); offset + len <= size().
    Bytes copy(std::uint64_t offset, std::uint64_t len) const;
    std::uint8_t at(std::uint64_t offset) const;

    static std::uint8_t patternByte(std::uint64_t index) {
        return static_cast<std::uint8_t>('A' + index % 26);
    }

private:
    struct Piece {
        std::uint64_t length = 0;
        Bytes bytes; // written data; empty for the pattern
        bool generated = false;
    };
    std::deque<Piece> pieces_;
    std::uint64_t frontSkip_ = 0; // bytes of the front piece already dropped
    std::uint64_t size_ = 0;
};

} // namespace ww::tcp
