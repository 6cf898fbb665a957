#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace ww {

// An immutable T shared by its copies, one pointer wide. The bulky and rare parts of events
// (DNS names, answers, records) sit behind one so the event variant is sized by the common
// events: a recording keeps every event. A default (empty) value allocates nothing.
// Reads look like T's: it converts to const T&, and has T's begin/end/size/empty/[].
template <class T> class Shared {
public:
    Shared() = default;
    Shared(T value) // NOLINT(google-explicit-constructor): fields stay assignable from a T
        : box_(new Box{{1}, std::move(value)}) {}
    template <class U>
    requires(std::is_constructible_v<T, U&&> && !std::is_same_v<std::decay_t<U>, Shared> &&
             !std::is_same_v<std::decay_t<U>, T>)
        Shared(U&& value) // NOLINT(google-explicit-constructor)
        : Shared(T(std::forward<U>(value))) {}
    template <class E>
    requires std::is_constructible_v<T, std::initializer_list<E>>
    Shared(std::initializer_list<E> values)
        : Shared(T(values)) {}
    Shared(const Shared& other) noexcept
        : box_(other.box_) {
        if (box_)
            box_->refs.fetch_add(1, std::memory_order_relaxed);
    }
    Shared(Shared&& other) noexcept
        : box_(std::exchange(other.box_, nullptr)) {}
    Shared& operator=(Shared other) noexcept {
        std::swap(box_, other.box_);
        return *this;
    }
    ~Shared() {
        if (box_ && box_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1)
            delete box_;
    }

    const T& get() const { return box_ ? box_->value : none(); }
    operator const T&() const { return get(); } // NOLINT(google-explicit-constructor)
    const T& operator*() const { return get(); }
    const T* operator->() const { return &get(); }

    auto begin() const { return get().begin(); }
    auto end() const { return get().end(); }
    std::size_t size() const { return get().size(); }
    bool empty() const { return get().empty(); }
    decltype(auto) operator[](std::size_t i) const { return get()[i]; }
    decltype(auto) front() const { return get().front(); }
    decltype(auto) back() const { return get().back(); }

    friend bool operator==(const Shared& a, const Shared& b) { return a.get() == b.get(); }
    template <class U>
    requires(!std::is_same_v<std::decay_t<U>, Shared> &&
             requires(const T& t, const U& u) { t == u; }) friend bool
    operator==(const Shared& a, const U& b) {
        return a.get() == b;
    }

private:
    struct Box {
        std::atomic<std::uint32_t> refs;
        T value;
    };
    static const T& none() {
        static const T value{};
        return value;
    }
    Box* box_ = nullptr;
};

} // namespace ww
