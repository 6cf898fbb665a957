#pragma once

#include "wire/address.h"
#include "wire/bytes.h"
#include "wire/field.h"
#include "wire/result.h"

namespace ww::ethernet {

inline constexpr std::size_t kHeaderLen = 14;
inline constexpr std::size_t kFcsLen = 4;
inline constexpr std::size_t kMinFrameLen = 64;   // with FCS (IEEE 802.3)
inline constexpr std::size_t kMinPayloadLen = 46; // shorter payloads are padded
inline constexpr std::size_t kMinFrameNoFcs = kMinFrameLen - kFcsLen;

enum EtherType : std::uint16_t {
    kIpv4 = 0x0800,
    kArp = 0x0806,
};

// Header fields plus the FCS trailer (bitOffset of "fcs" is relative to the trailer).
FieldTable headerFields();
const FieldSpec& fcsField();

struct Repr {
    MacAddress destination;
    MacAddress source;
    std::uint16_t etherType = kIpv4;

    bool operator==(const Repr&) const = default;
};

// A whole frame as it crosses the wire: header, payload, zero padding up to
// 60 bytes, and the FCS (CRC-32 over everything before it, little-endian on the wire).
Bytes emitFrame(const Repr& repr, ByteView payload);
// The same in place: `frame` is frameLength(payloadLen) bytes with the payload already at
// kHeaderLen; writes header, padding and FCS, and returns the FCS.
std::size_t frameLength(std::size_t payloadLen);
std::uint32_t writeFrame(const Repr& repr, MutableByteView frame, std::size_t payloadLen);

struct ParsedFrame {
    Repr repr;
    ByteView payload;      // between header and FCS; may include padding
    std::uint32_t fcs = 0; // as carried in the frame
    std::uint32_t computedFcs = 0;
    bool fcsOk() const { return fcs == computedFcs; }
};

// Truncated below 64 bytes (a runt) or below header + FCS. A bad FCS is not
// an error here: the receiver's check reports it (and drops the frame).
// Without `computeFcs`, computedFcs is left 0: for a receiver that already
// checked it, or that filters on the destination MAC before checking (as a NIC does).
Result<ParsedFrame> parseFrame(ByteView frame, bool computeFcs = true);
// CRC-32 over everything before the FCS (the caller checked the length).
std::uint32_t computeFcs(ByteView frame);

} // namespace ww::ethernet
