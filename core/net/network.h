#pragma once

#include "net/device.h"
#include "net/link.h"
#include "sim/rng.h"
#include "sim/simulator.h"
#include "trace/event_bus.h"

#include <atomic>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

namespace ww {

// Timers shared by every device of a network (lab "settings").
struct NetworkSettings {
    SimTime arpTimeout = 60 * kSecond;
    SimTime arpRetryInterval = 1 * kSecond;
    int arpRetries = 3;
    SimTime macAgeing = 300 * kSecond;
    SimTime reassemblyTimeout = 30 * kSecond;
    SimTime msl = 30 * kSecond;            // TCP: TIME-WAIT lasts 2 x MSL
    SimTime ackDelay = 200 * kMillisecond; // TCP delayed ACK timer, where a device enables it
};

// The safety valve of a run: a lab the format accepts can still ask for a storm
// (a switching loop) or a huge backlog. Defaults sit far above every built-in lab.
struct RunBudget {
    static constexpr std::uint64_t kDefaultMaxEvents = 20'000'000;
    static constexpr std::uint64_t kDefaultMaxBytes = std::uint64_t{2} << 30; // 2 GiB

    // Events: the larger of the engine's scheduled events run and the trace events published.
    std::uint64_t maxEvents = kDefaultMaxEvents;
    // Memory, approximate: bytes of every packet and frame still held (queues, buffers,
    // reassembly, scheduled events, a recording), scheduled events, and recorded events.
    std::uint64_t maxBytes = kDefaultMaxBytes;
};

enum class BudgetKind : std::uint8_t { Events, Memory };

// Why and when a run stopped before its end time.
struct BudgetStop {
    BudgetKind kind;
    std::uint64_t limit;   // the budget
    std::uint64_t reached; // the value that exceeded it
    SimTime at;            // simulated time of the last event run
};

// Owns the clock, the event bus, the random stream, devices and links.
// A Network is a pure function of how it was built and its seed.
class Network {
public:
    explicit Network(std::uint64_t seed = 1, NetworkSettings settings = {});
    ~Network();
    Network(const Network&) = delete;
    Network& operator=(const Network&) = delete;

    Simulator& sim() { return sim_; }
    EventBus& bus() { return bus_; }
    Rng& rng() { return rng_; }
    SimTime now() const { return sim_.now(); }
    const NetworkSettings& settings() const { return settings_; }

    void emit(EventKind&& kind) { bus_.publish(sim_.now(), std::move(kind)); }
    // A new PDU holding `bytes` (no room around it).
    PduRef makePdu(Bytes bytes);
    // A new PDU of `length` bytes, zeroed, with free room for `headroom` bytes of headers in
    // front and `tailroom` bytes of trailer behind; fill it with fill() before publishing it.
    PduRef makePdu(std::size_t length, std::size_t headroom, std::size_t tailroom);
    // Encapsulation: a new PDU [header | inner | trailer]. inner's bytes stay where they are
    // when the room around them is free (nothing shown there yet), else they are copied into
    // a new buffer. The caller fills header and trailer (fill()) before publishing it.
    PduRef wrapPdu(const PduRef& inner, std::size_t header, std::size_t trailer);
    // Decapsulation: the new PDU is bytes [offset, offset + length) of `outer`, not copied.
    // `part` must lie within outer.view() (else it is copied into a new PDU).
    PduRef slicePdu(const PduRef& outer, ByteView part);
    // Room left around a new PDU for the headers and trailer that usually go around it next
    // (an IPv4 header with options and Ethernet's 14 bytes; minimum-frame padding and FCS).
    static constexpr std::size_t kPduRoom = 80;
    // The CRC-32 over a frame but its last 4 bytes (what its FCS should be), computed once per
    // buffer region (PduBuffer::crc). The frame must be at least 4 bytes.
    static std::uint32_t frameCrc(const PduRef& frame);
    static void rememberFrameCrc(const PduRef& frame, std::uint32_t crc);
    std::uint64_t nextFrameId() { return ++lastFrameId_; }
    // Run-unique number of a DNS lookup (stub or server), from 1 (trace/dns_event.h).
    std::uint32_t nextDnsLookup() { return ++lastDnsLookup_; }

    template <typename D, typename... Args> D& addDevice(std::string name, Args&&... args) {
        const auto id = static_cast<DeviceId>(devices_.size());
        auto device = std::make_unique<D>(*this, id, std::move(name), std::forward<Args>(args)...);
        D& ref = *device;
        devices_.push_back(std::move(device));
        return ref;
    }
    Link& connect(std::string name, Device& a, PortIndex portA, Device& b, PortIndex portB,
                  LinkParams params);

    const std::vector<std::unique_ptr<Device>>& devices() const { return devices_; }
    const std::vector<std::unique_ptr<Link>>& links() const { return links_; }
    Device& device(DeviceId id) const { return *devices_[id]; }
    Link& link(LinkId id) const { return *links_[id]; }
    Device* findDevice(std::string_view name) const;

    // Runs every event up to `end`, then sets the clock to `end`; false when the run
    // stopped early on its budget (budgetStop() says why). Deterministic: the budget is
    // checked after each event, from counts that depend only on the lab, the seed and
    // what subscribers keep (retainEvents).
    bool runUntil(SimTime end);
    void setBudget(RunBudget budget) { budget_ = budget; }
    const RunBudget& budget() const { return budget_; }
    const std::optional<BudgetStop>& budgetStop() const { return stop_; }
    // A subscriber that keeps every event (the GUI's recording) declares what each costs,
    // so the memory budget counts the recording too.
    void retainEvents(std::size_t bytesPerEvent) { retainedEventBytes_ = bytesPerEvent; }
    // The memory estimate the budget compares with maxBytes.
    std::uint64_t heldBytes() const;

    // Frames to lose on purpose (the teacher's click-to-drop, tests): frame
    // ids are deterministic, so a re-run with the same set loses the same frames.
    void loseFrame(std::uint64_t frameId) { forcedLosses_.insert(frameId); }
    bool isForcedLoss(std::uint64_t frameId) const { return forcedLosses_.count(frameId) != 0; }

private:
    // Bytes of live PDUs; shared with every PDU's deleter, since PDUs outlive the network.
    struct PduMeter {
        std::atomic<std::uint64_t> live{0};
    };
    std::optional<BudgetStop> overBudget() const;

    Simulator sim_;
    EventBus bus_;
    Rng rng_;
    NetworkSettings settings_;
    std::uint64_t lastPduId_ = 0;
    std::uint64_t lastFrameId_ = 0;
    std::uint32_t lastDnsLookup_ = 0;
    std::vector<std::unique_ptr<Device>> devices_;
    std::vector<std::unique_ptr<Link>> links_;
    std::set<std::uint64_t> forcedLosses_;
    RunBudget budget_;
    std::optional<BudgetStop> stop_;
    std::shared_ptr<PduMeter> meter_ = std::make_shared<PduMeter>();
    std::size_t retainedEventBytes_ = 0;
};

} // namespace ww
