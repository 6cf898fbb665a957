#include "wire/tcp.h"

#include "wire/checksum.h"
#include "wire/ipv4.h"

#include <algorithm>
#include <array>

namespace ww::tcp {

namespace {

constexpr FieldSpec kFields[] = {
    {"source_port", QT_TRANSLATE_NOOP("wire", "Source port"), 0, 16,
     QT_TRANSLATE_NOOP("wire", "The sending application's port (often ephemeral, 49152-65535)")},
    {"destination_port", QT_TRANSLATE_NOOP("wire", "Destination port"), 16, 16,
     QT_TRANSLATE_NOOP("wire", "Which application gets the data, e.g. 80 HTTP")},
    {"sequence", QT_TRANSLATE_NOOP("wire", "Sequence number"), 32, 32,
     QT_TRANSLATE_NOOP("wire", "Number of the first data byte (SYN and FIN each use one number)")},
    {"acknowledgment", QT_TRANSLATE_NOOP("wire", "Acknowledgment number"), 64, 32,
     QT_TRANSLATE_NOOP("wire", "With ACK set: the next byte expected from the other side")},
    {"data_offset", QT_TRANSLATE_NOOP("wire", "Data offset"), 96, 4,
     QT_TRANSLATE_NOOP("wire", "Header length in 32-bit words (5-15)")},
    {"reserved", QT_TRANSLATE_NOOP("wire", "Reserved"), 100, 4,
     QT_TRANSLATE_NOOP("wire", "Always zero")},
    {"cwr", "CWR", 104, 1, QT_TRANSLATE_NOOP("wire", "Congestion window reduced (ECN)")},
    {"ece", "ECE", 105, 1, QT_TRANSLATE_NOOP("wire", "ECN echo")},
    {"urg", "URG", 106, 1, QT_TRANSLATE_NOOP("wire", "The urgent pointer is significant")},
    {"ack", "ACK", 107, 1, QT_TRANSLATE_NOOP("wire", "The acknowledgment number is significant")},
    {"psh", "PSH", 108, 1, QT_TRANSLATE_NOOP("wire", "Push: hand the data to the application now")},
    {"rst", "RST", 109, 1, QT_TRANSLATE_NOOP("wire", "Reset the connection")},
    {"syn", "SYN", 110, 1,
     QT_TRANSLATE_NOOP("wire", "Synchronize sequence numbers: opens a connection")},
    {"fin", "FIN", 111, 1,
     QT_TRANSLATE_NOOP("wire", "No more data from the sender: starts the close")},
    {"window", QT_TRANSLATE_NOOP("wire", "Window"), 112, 16,
     QT_TRANSLATE_NOOP("wire", "How many more bytes the receiver can take now (flow control)")},
    {"checksum", QT_TRANSLATE_NOOP("wire", "Checksum"), 128, 16,
     QT_TRANSLATE_NOOP("wire",
                       "Covers a pseudo-header (addresses, protocol, length), header and data")},
    {"urgent_pointer", QT_TRANSLATE_NOOP("wire", "Urgent pointer"), 144, 16,
     QT_TRANSLATE_NOOP("wire", "With URG: where urgent data ends (rarely used)")},
    {"options", QT_TRANSLATE_NOOP("wire", "Options"), 160, 0,
     QT_TRANSLATE_NOOP("wire", "E.g. MSS in SYNs: the largest segment this side can receive")},
};

constexpr std::size_t kSrc = byteOffset(kFields[0]);
constexpr std::size_t kDst = byteOffset(kFields[1]);
constexpr std::size_t kSeq = byteOffset(kFields[2]);
constexpr std::size_t kAckAt = byteOffset(kFields[3]);
constexpr std::size_t kOffset = byteOffset(kFields[4]);
constexpr std::size_t kFlags = byteOffset(kFields[6]);
constexpr std::size_t kWindow = byteOffset(kFields[14]);
constexpr std::size_t kChecksum = byteOffset(kFields[15]);
constexpr std::size_t kUrgent = byteOffset(kFields[16]);

// RFC 9293 §3.2 option kinds.
constexpr std::uint8_t kOptEnd = 0, kOptNop = 1, kOptMss = 2, kOptWindowScale = 3,
                       kOptSackPermitted = 4, kOptTimestamps = 8;

bool parseOptions(ByteView opts, Options& out) {
    std::size_t i = 0;
    while (i < opts.size()) {
        const std::uint8_t kind = opts[i];
        if (kind == kOptEnd)
            return true;
        if (kind == kOptNop) {
            ++i;
            continue;
        }
        if (i + 1 >= opts.size())
            return false;
        const std::uint8_t len = opts[i + 1];
        if (len < 2 || i + len > opts.size())
            return false;
        if (kind == kOptMss && len == 4)
            out.mss = readU16(opts, i + 2);
        else if (kind == kOptWindowScale && len == 3)
            out.windowScale = opts[i + 2];
        else if (kind == kOptSackPermitted && len == 2)
            out.sackPermitted = true;
        else if (kind == kOptTimestamps && len == 10)
            out.timestamps = std::pair{readU32(opts, i + 2), readU32(opts, i + 6)};
        i += len;
    }
    return true;
}

// Options as written, at most 40 bytes (the data offset's limit); no allocation.
struct OptionBytes {
    std::array<std::uint8_t, kMaxHeaderLen - kMinHeaderLen> b{};
    std::size_t n = 0;
    void add(std::initializer_list<std::uint8_t> bytes) {
        for (std::uint8_t x : bytes)
            b[n++] = x;
    }
    void u16(std::uint16_t v) {
        add({static_cast<std::uint8_t>(v >> 8), static_cast<std::uint8_t>(v)});
    }
    void u32(std::uint32_t v) {
        u16(static_cast<std::uint16_t>(v >> 16));
        u16(static_cast<std::uint16_t>(v));
    }
};

// Linux's layout: MSS; SACK-permitted and timestamps sharing a word; NOP + window scale.
// Padded with End of Option List to a multiple of 4.
OptionBytes emitOptions(const Options& o) {
    OptionBytes out;
    if (o.mss) {
        out.add({kOptMss, 4});
        out.u16(*o.mss);
    }
    if (o.sackPermitted && o.timestamps)
        out.add({kOptSackPermitted, 2});
    else if (o.sackPermitted)
        out.add({kOptNop, kOptNop, kOptSackPermitted, 2});
    else if (o.timestamps)
        out.add({kOptNop, kOptNop});
    if (o.timestamps) {
        out.add({kOptTimestamps, 10});
        out.u32(o.timestamps->first);
        out.u32(o.timestamps->second);
    }
    if (o.windowScale)
        out.add({kOptNop, kOptWindowScale, 3, *o.windowScale});
    while (out.n % 4)
        out.add({kOptEnd});
    return out;
}

} // namespace

std::size_t Options::wireLength() const {
    return emitOptions(*this).n;
}

FieldTable fields() {
    return kFields;
}

Result<Parsed> parse(ByteView s, Ipv4Address source, Ipv4Address destination) {
    if (s.size() < kMinHeaderLen)
        return fail(WireError::Truncated, "source_port");
    const std::size_t headerLen = std::size_t{static_cast<std::uint8_t>(s[kOffset] >> 4)} * 4;
    if (headerLen < kMinHeaderLen)
        return fail(WireError::Malformed, "data_offset");
    if (s.size() < headerLen)
        return fail(WireError::Truncated, "options");
    Parsed out;
    Repr& r = out.repr;
    r.sourcePort = readU16(s, kSrc);
    r.destinationPort = readU16(s, kDst);
    r.sequence = readU32(s, kSeq);
    r.acknowledgment = readU32(s, kAckAt);
    r.flags = s[kFlags];
    r.window = readU16(s, kWindow);
    r.checksum = readU16(s, kChecksum);
    r.urgentPointer = readU16(s, kUrgent);
    if (!parseOptions(s.subspan(kMinHeaderLen, headerLen - kMinHeaderLen), r.options))
        return fail(WireError::Malformed, "options");
    out.payload = s.subspan(headerLen);
    const auto check =
        checkChecksum(onesComplementSumSkipping(
                          s, kChecksum, pseudoHeaderSum(source, destination, ipv4::kTcp, s.size())),
                      r.checksum);
    out.checksumOk = check.ok;
    out.expectedChecksum = check.expected;
    return out;
}

void writeHeader(const Repr& r, MutableByteView s, Ipv4Address source, Ipv4Address destination) {
    const OptionBytes options = emitOptions(r.options);
    const std::size_t headerLen = kMinHeaderLen + options.n;
    std::fill_n(s.begin(), kMinHeaderLen, std::uint8_t{0});
    writeU16(s, kSrc, r.sourcePort);
    writeU16(s, kDst, r.destinationPort);
    writeU32(s, kSeq, r.sequence);
    writeU32(s, kAckAt, r.acknowledgment);
    s[kOffset] = static_cast<std::uint8_t>((headerLen / 4) << 4);
    s[kFlags] = r.flags;
    writeU16(s, kWindow, r.window);
    writeU16(s, kUrgent, r.urgentPointer);
    std::copy_n(options.b.begin(), options.n, s.begin() + kMinHeaderLen);
    writeU16(s, kChecksum,
             foldChecksum(
                 onesComplementSum(s, pseudoHeaderSum(source, destination, ipv4::kTcp, s.size()))));
}

Bytes emit(const Repr& r, ByteView payload, Ipv4Address source, Ipv4Address destination) {
    const std::size_t headerLen = r.headerLen();
    Bytes s(headerLen + payload.size(), 0);
    std::copy(payload.begin(), payload.end(), s.begin() + static_cast<std::ptrdiff_t>(headerLen));
    writeHeader(r, s, source, destination);
    return s;
}

std::string flagNames(std::uint8_t flags) {
    static constexpr std::pair<std::uint8_t, const char*> kNames[] = {
        {kSyn, "SYN"}, {kFin, "FIN"}, {kRst, "RST"}, {kPsh, "PSH"},
        {kAck, "ACK"}, {kUrg, "URG"}, {kEce, "ECE"}, {kCwr, "CWR"}};
    std::string out;
    for (auto [bit, name] : kNames) {
        if (!(flags & bit))
            continue;
        if (!out.empty())
            out += ", ";
        out += name;
    }
    return out;
}

} // namespace ww::tcp
