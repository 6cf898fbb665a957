#include "net/network.h"

#include "wire/checksum.h"
#include "wire/ethernet.h"

#include <algorithm>

namespace ww {

Network::Network(std::uint64_t seed, NetworkSettings settings)
    : rng_(seed)
    , settings_(settings) {}

Network::~Network() = default;

namespace {
// What a PDU costs beyond its bytes: the vector, the shared control block with its
// deleter, allocator overhead (measured order of magnitude, not exact).
constexpr std::uint64_t kPduOverheadBytes = 128;
} // namespace

namespace {
// The buffer and its metering in one allocation (make_shared), shared as the buffer alone
// (the aliasing constructor): one allocation a buffer instead of two.
template <typename Meter> struct MeteredBuffer {
    MeteredBuffer(Bytes b, std::shared_ptr<Meter> m, std::uint64_t s)
        : meter(std::move(m))
        , size(s) {
        buffer.storage = std::move(b);
    }
    MeteredBuffer(const MeteredBuffer&) = delete;
    MeteredBuffer& operator=(const MeteredBuffer&) = delete;
    ~MeteredBuffer() { meter->live.fetch_sub(size, std::memory_order_relaxed); }
    PduBuffer buffer;
    std::shared_ptr<Meter> meter;
    std::uint64_t size;
};

template <typename Meter>
std::shared_ptr<PduBuffer> newBuffer(Bytes storage, const std::shared_ptr<Meter>& meter) {
    const std::uint64_t size = storage.capacity() + kPduOverheadBytes;
    meter->live.fetch_add(size, std::memory_order_relaxed);
    auto owner = std::make_shared<MeteredBuffer<Meter>>(std::move(storage), meter, size);
    PduBuffer* buffer = &owner->buffer;
    return std::shared_ptr<PduBuffer>(std::move(owner), buffer);
}
} // namespace

PduRef Network::makePdu(Bytes bytes) {
    const auto length = static_cast<std::uint32_t>(bytes.size());
    PduRef p{++lastPduId_, newBuffer(std::move(bytes), meter_), 0, length};
    p.bytes->back = length;
    return p;
}

PduRef Network::makePdu(std::size_t length, std::size_t headroom, std::size_t tailroom) {
    PduRef p{++lastPduId_, newBuffer(Bytes(headroom + length + tailroom), meter_),
             static_cast<std::uint32_t>(headroom), static_cast<std::uint32_t>(length)};
    p.bytes->front = p.offset;
    p.bytes->back = p.offset + p.length;
    return p;
}

PduRef Network::wrapPdu(const PduRef& inner, std::size_t header, std::size_t trailer) {
    if (inner.bytes) {
        PduBuffer& b = *inner.bytes;
        const std::uint32_t end = inner.offset + inner.length;
        if (inner.offset == b.front && inner.offset >= header && end == b.back &&
            b.storage.size() - end >= trailer) {
            b.front = static_cast<std::uint32_t>(inner.offset - header);
            b.back = static_cast<std::uint32_t>(end + trailer);
            return PduRef{++lastPduId_, inner.bytes, b.front, b.back - b.front};
        }
    }
    PduRef p = makePdu(header + inner.length + trailer, kPduRoom, kPduRoom);
    const ByteView in = inner.view();
    std::copy(in.begin(), in.end(), p.fill().begin() + static_cast<std::ptrdiff_t>(header));
    return p;
}

std::uint32_t Network::frameCrc(const PduRef& frame) {
    PduBuffer& b = *frame.bytes;
    const auto len = static_cast<std::uint32_t>(frame.length - ethernet::kFcsLen);
    if (b.crcLen != len || b.crcFrom != frame.offset) {
        b.crc = crc32(frame.view().first(len));
        b.crcFrom = frame.offset;
        b.crcLen = len;
    }
    return b.crc;
}

void Network::rememberFrameCrc(const PduRef& frame, std::uint32_t crc) {
    frame.bytes->crcFrom = frame.offset;
    frame.bytes->crcLen = static_cast<std::uint32_t>(frame.length - ethernet::kFcsLen);
    frame.bytes->crc = crc;
}

PduRef Network::slicePdu(const PduRef& outer, ByteView part) {
    const ByteView whole = outer.view();
    if (!part.empty() && part.data() >= whole.data() &&
        part.data() + part.size() <= whole.data() + whole.size())
        return PduRef{++lastPduId_, outer.bytes,
                      static_cast<std::uint32_t>(part.data() - outer.bytes->storage.data()),
                      static_cast<std::uint32_t>(part.size())};
    return makePdu(Bytes(part.begin(), part.end()));
}

namespace {
// What one scheduled event costs, roughly: the queue entry and its std::function.
constexpr std::uint64_t kScheduledEventBytes = 64;
} // namespace

std::uint64_t Network::heldBytes() const {
    return meter_->live.load(std::memory_order_relaxed) + sim_.pending() * kScheduledEventBytes +
           bus_.published() * retainedEventBytes_;
}

std::optional<BudgetStop> Network::overBudget() const {
    const std::uint64_t events = std::max(sim_.executed(), bus_.published());
    if (events > budget_.maxEvents)
        return BudgetStop{BudgetKind::Events, budget_.maxEvents, events, sim_.now()};
    const std::uint64_t bytes = heldBytes();
    if (bytes > budget_.maxBytes)
        return BudgetStop{BudgetKind::Memory, budget_.maxBytes, bytes, sim_.now()};
    return std::nullopt;
}

bool Network::runUntil(SimTime end) {
    if (stop_)
        return false;
    while (sim_.hasEventBy(end)) {
        sim_.step();
        if ((stop_ = overBudget()))
            return false;
    }
    sim_.advanceTo(end);
    return true;
}

Link& Network::connect(std::string name, Device& a, PortIndex portA, Device& b, PortIndex portB,
                       LinkParams params) {
    const auto id = static_cast<LinkId>(links_.size());
    links_.push_back(
        std::make_unique<Link>(*this, id, std::move(name), params, a, portA, b, portB));
    Link& link = *links_.back();
    a.attach(portA, link, 0);
    b.attach(portB, link, 1);
    return link;
}

Device* Network::findDevice(std::string_view name) const {
    for (const auto& d : devices_)
        if (d->name() == name)
            return d.get();
    return nullptr;
}

} // namespace ww
