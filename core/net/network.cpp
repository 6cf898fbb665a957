#include "net/network.h"

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
// The bytes and their metering in one allocation (make_shared), shared as the bytes alone
// (the aliasing constructor): one allocation a PDU instead of two.
template <typename Meter> struct MeteredBytes {
    MeteredBytes(Bytes b, std::shared_ptr<Meter> m, std::uint64_t s)
        : bytes(std::move(b))
        , meter(std::move(m))
        , size(s) {}
    MeteredBytes(const MeteredBytes&) = delete;
    MeteredBytes& operator=(const MeteredBytes&) = delete;
    ~MeteredBytes() { meter->live.fetch_sub(size, std::memory_order_relaxed); }
    Bytes bytes;
    std::shared_ptr<Meter> meter;
    std::uint64_t size;
};
} // namespace

PduRef Network::makePdu(Bytes bytes) {
    const std::uint64_t size = bytes.capacity() + kPduOverheadBytes;
    meter_->live.fetch_add(size, std::memory_order_relaxed);
    auto owner = std::make_shared<MeteredBytes<PduMeter>>(std::move(bytes), meter_, size);
    const Bytes* view = &owner->bytes;
    return PduRef{++lastPduId_, std::shared_ptr<const Bytes>(std::move(owner), view)};
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
