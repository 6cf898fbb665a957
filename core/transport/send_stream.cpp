#include "transport/send_stream.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace ww::tcp {

void SendStream::append(ByteView data) {
    if (data.empty())
        return;
    pieces_.push_back(Piece{data.size(), Bytes(data.begin(), data.end()), false});
    size_ += data.size();
}

void SendStream::appendPattern(std::uint64_t count) {
    if (count == 0)
        return;
    pieces_.push_back(Piece{count, {}, true});
    size_ += count;
}

void SendStream::drop(std::uint64_t count) {
    count = std::min(count, size_);
    size_ -= count;
    while (count > 0) {
        const std::uint64_t left = pieces_.front().length - frontSkip_;
        if (count < left) {
            frontSkip_ += count;
            return;
        }
        count -= left;
        pieces_.pop_front();
        frontSkip_ = 0;
    }
}

Bytes SendStream::copy(std::uint64_t offset, std::uint64_t len) const {
    Bytes out;
    out.reserve(len);
    std::uint64_t skip = offset + frontSkip_;
    for (const Piece& p : pieces_) {
        if (len == 0)
            break;
        if (skip >= p.length) {
            skip -= p.length;
            continue;
        }
        const std::uint64_t n = std::min(len, p.length - skip);
        if (p.generated) {
            // Whole runs of the alphabet copied from a table, not a byte at a time.
            static const auto kTable = [] {
                std::array<std::uint8_t, 26 * 64> t{};
                for (std::size_t i = 0; i < t.size(); ++i)
                    t[i] = patternByte(i);
                return t;
            }();
            std::size_t at = out.size();
            out.resize(at + n);
            std::uint64_t phase = skip % 26;
            for (std::uint64_t left = n; left > 0;) {
                const auto m =
                    static_cast<std::size_t>(std::min<std::uint64_t>(left, kTable.size() - phase));
                std::memcpy(out.data() + at, kTable.data() + phase, m);
                at += m;
                left -= m;
                phase = (phase + m) % 26;
            }
        } else {
            const auto from = p.bytes.begin() + static_cast<std::ptrdiff_t>(skip);
            out.insert(out.end(), from, from + static_cast<std::ptrdiff_t>(n));
        }
        len -= n;
        skip = 0;
    }
    return out;
}

std::uint8_t SendStream::at(std::uint64_t offset) const {
    return copy(offset, 1).front();
}

} // namespace ww::tcp
