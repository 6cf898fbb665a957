#include "wire/ethernet.h"

#include "wire/checksum.h"

#include <algorithm>

namespace ww::ethernet {

namespace {

constexpr FieldSpec kHeader[] = {
    {"destination", QT_TRANSLATE_NOOP("wire", "Destination MAC"), 0, 48,
     QT_TRANSLATE_NOOP(
         "wire",
         "Who the frame is for on this link: a MAC, a group, or ff:ff:ff:ff:ff:ff for everyone")},
    {"source", QT_TRANSLATE_NOOP("wire", "Source MAC"), 48, 48,
     QT_TRANSLATE_NOOP("wire", "The interface that sent the frame onto this link")},
    {"ethertype", QT_TRANSLATE_NOOP("wire", "EtherType"), 96, 16,
     QT_TRANSLATE_NOOP("wire", "What the payload is: 0x0800 IPv4, 0x0806 ARP")},
};

constexpr FieldSpec kFcs{
    "fcs", QT_TRANSLATE_NOOP("wire", "Frame Check Sequence"), 0, 32,
    QT_TRANSLATE_NOOP(
        "wire",
        "CRC-32 of the frame; the receiver recomputes it and drops the frame on a mismatch")};

constexpr std::size_t kDst = byteOffset(kHeader[0]);
constexpr std::size_t kSrc = byteOffset(kHeader[1]);
constexpr std::size_t kType = byteOffset(kHeader[2]);

} // namespace

FieldTable headerFields() {
    return kHeader;
}
const FieldSpec& fcsField() {
    return kFcs;
}

std::size_t frameLength(std::size_t payloadLen) {
    return kHeaderLen + std::max(payloadLen, kMinPayloadLen) + kFcsLen;
}

std::uint32_t writeFrame(const Repr& repr, MutableByteView frame, std::size_t payloadLen) {
    const std::size_t body = frame.size() - kFcsLen;
    std::copy(repr.destination.octets.begin(), repr.destination.octets.end(), frame.begin() + kDst);
    std::copy(repr.source.octets.begin(), repr.source.octets.end(), frame.begin() + kSrc);
    writeU16(frame, kType, repr.etherType);
    std::fill(frame.begin() + static_cast<std::ptrdiff_t>(kHeaderLen + payloadLen),
              frame.begin() + static_cast<std::ptrdiff_t>(body), std::uint8_t{0});
    // IEEE 802.3 §3.2.9: the FCS goes out least significant byte first.
    const std::uint32_t fcs = crc32(ByteView(frame).first(body));
    for (std::size_t i = 0; i < 4; ++i)
        frame[body + i] = static_cast<std::uint8_t>(fcs >> (8 * i));
    return fcs;
}

Bytes emitFrame(const Repr& repr, ByteView payload) {
    Bytes frame(frameLength(payload.size()), 0);
    std::copy(payload.begin(), payload.end(), frame.begin() + kHeaderLen);
    writeFrame(repr, frame, payload.size());
    return frame;
}

std::uint32_t computeFcs(ByteView frame) {
    return crc32(frame.first(frame.size() - kFcsLen));
}

Result<ParsedFrame> parseFrame(ByteView frame, bool withFcs) {
    if (frame.size() < kMinFrameLen)
        return fail(WireError::Truncated, "frame");
    ParsedFrame p;
    p.repr.destination = MacAddress::read(frame.data() + kDst);
    p.repr.source = MacAddress::read(frame.data() + kSrc);
    p.repr.etherType = readU16(frame, kType);
    const std::size_t body = frame.size() - kFcsLen;
    p.payload = frame.subspan(kHeaderLen, body - kHeaderLen);
    p.fcs = std::uint32_t{frame[body]} | (std::uint32_t{frame[body + 1]} << 8) |
            (std::uint32_t{frame[body + 2]} << 16) | (std::uint32_t{frame[body + 3]} << 24);
    if (withFcs)
        p.computedFcs = crc32(frame.first(body));
    return p;
}

} // namespace ww::ethernet
