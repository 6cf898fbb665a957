#pragma once

#include <cstddef>
#include <utility>
#include <variant>

namespace ww {

enum class WireError {
    Truncated,   // fewer bytes than the header or a length field claims
    Malformed,   // a field holds a value the protocol does not allow
    BadChecksum, // checksum / FCS does not verify
    Unsupported, // valid on the wire, but not something we model (e.g. IPv6)
};

// What went wrong and in which field (a FieldSpec name, e.g. "ihl"). Parsers of
// variable-length messages (DNS) also say where and why.
struct WireFailure {
    WireError error;
    const char* field = "";
    std::size_t offset = 0; // byte offset in the parsed bytes, when reason is set
    const char* reason = "";
};

// Minimal std::expected stand-in (C++23's is not available with C++20 on g++ 12).
template <typename T> class Result {
public:
    Result(T value)
        : v_(std::move(value)) {}
    Result(WireFailure f)
        : v_(f) {}
    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(v_); }
    T& value() { return std::get<0>(v_); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const WireFailure& failure() const { return std::get<1>(v_); }

private:
    std::variant<T, WireFailure> v_;
};

inline WireFailure fail(WireError e, const char* field) {
    return WireFailure{e, field};
}
inline WireFailure fail(WireError e, const char* field, std::size_t offset, const char* reason) {
    return WireFailure{e, field, offset, reason};
}

} // namespace ww
