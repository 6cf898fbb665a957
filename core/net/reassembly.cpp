#include "net/reassembly.h"

#include <algorithm>

namespace ww {

std::optional<Bytes> Reassembly::add(const ipv4::Repr& header, ByteView payload, SimTime now,
                                     bool* isNewBuffer, std::uint32_t* fragmentCount) {
    const Key key = keyOf(header);
    auto [it, inserted] = buffers_.try_emplace(key);
    Buffer& buf = it->second;
    if (inserted)
        buf.started = now;
    *isNewBuffer = inserted;

    const auto offset = static_cast<std::uint32_t>(header.fragmentOffsetBytes());
    ++buf.fragmentCount;
    // A duplicate offset replaces the earlier copy (the newest data wins).
    buf.pieces[offset] = Bytes(payload.begin(), payload.end());
    if (offset == 0)
        buf.firstHeader = header;
    if (!header.moreFragments)
        buf.totalPayload = offset + static_cast<std::uint32_t>(payload.size());
    *fragmentCount = buf.fragmentCount;

    if (!buf.totalPayload || !buf.firstHeader)
        return std::nullopt;
    std::uint32_t covered = 0;
    for (const auto& [off, bytes] : buf.pieces) {
        if (off > covered)
            return std::nullopt; // a hole
        covered = std::max(covered, off + static_cast<std::uint32_t>(bytes.size()));
    }
    if (covered < *buf.totalPayload)
        return std::nullopt;

    Bytes data(*buf.totalPayload);
    for (const auto& [off, bytes] : buf.pieces) {
        const std::size_t n = std::min<std::size_t>(
            bytes.size(), data.size() - std::min<std::size_t>(off, data.size()));
        std::copy_n(bytes.begin(), n, data.begin() + off);
    }
    ipv4::Repr whole = *buf.firstHeader;
    whole.moreFragments = false;
    whole.fragmentOffset = 0;
    buffers_.erase(it);
    return ipv4::emit(whole, data);
}

std::optional<Reassembly::Buffer> Reassembly::expire(const Key& key, SimTime startedAt) {
    auto it = buffers_.find(key);
    if (it == buffers_.end() || it->second.started != startedAt)
        return std::nullopt; // completed, or a newer datagram reused the key
    Buffer buf = std::move(it->second);
    buffers_.erase(it);
    return buf;
}

} // namespace ww
