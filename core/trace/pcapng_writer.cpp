#include "trace/pcapng_writer.h"

#include <QIODevice>

namespace ww {

namespace {

constexpr std::uint32_t kSectionHeader = 0x0A0D0D0A;
constexpr std::uint32_t kInterfaceDescription = 0x00000001;
constexpr std::uint32_t kEnhancedPacket = 0x00000006;
constexpr std::uint32_t kByteOrderMagic = 0x1A2B3C4D;
constexpr std::uint16_t kOptEnd = 0;
constexpr std::uint16_t kShbUserAppl = 4;
constexpr std::uint16_t kIfName = 2;
constexpr std::uint16_t kIfDescription = 3;
constexpr std::uint16_t kEpbFlags = 2;
constexpr std::uint16_t kIfTsResol = 9;
constexpr std::uint16_t kIfFcsLen = 13;

void put16(Bytes& b, std::uint16_t v) {
    b.push_back(static_cast<std::uint8_t>(v));
    b.push_back(static_cast<std::uint8_t>(v >> 8));
}
void put32(Bytes& b, std::uint32_t v) {
    put16(b, static_cast<std::uint16_t>(v));
    put16(b, static_cast<std::uint16_t>(v >> 16));
}
void pad4(Bytes& b) {
    while (b.size() % 4)
        b.push_back(0);
}
void putOption(Bytes& b, std::uint16_t code, ByteView value) {
    put16(b, code);
    put16(b, static_cast<std::uint16_t>(value.size()));
    b.insert(b.end(), value.begin(), value.end());
    pad4(b);
}
void putStringOption(Bytes& b, std::uint16_t code, const QString& s) {
    const QByteArray utf8 = s.toUtf8().left(0xFFFF);
    putOption(b, code,
              ByteView(reinterpret_cast<const std::uint8_t*>(utf8.constData()),
                       static_cast<std::size_t>(utf8.size())));
}
void endOptions(Bytes& b) {
    put16(b, kOptEnd);
    put16(b, 0);
}

} // namespace

void PcapngWriter::writeBlock(std::uint32_t type, const Bytes& body) {
    const auto total = static_cast<std::uint32_t>(body.size() + 12);
    Bytes block;
    block.reserve(total);
    put32(block, type);
    put32(block, total);
    block.insert(block.end(), body.begin(), body.end());
    put32(block, total);
    out_.write(reinterpret_cast<const char*>(block.data()), static_cast<qint64>(block.size()));
}

void PcapngWriter::writeSectionHeader(const QString& application) {
    Bytes body;
    put32(body, kByteOrderMagic);
    put16(body, 1);          // major version
    put16(body, 0);          // minor version
    put32(body, 0xFFFFFFFF); // section length: not given
    put32(body, 0xFFFFFFFF);
    putStringOption(body, kShbUserAppl, application);
    endOptions(body);
    writeBlock(kSectionHeader, body);
}

std::uint32_t PcapngWriter::addInterface(const QString& name, const QString& description,
                                         std::uint16_t linkType, bool fcsIncluded,
                                         std::uint32_t snaplen) {
    Bytes body;
    put16(body, linkType);
    put16(body, 0); // reserved
    put32(body, snaplen);
    putStringOption(body, kIfName, name);
    if (!description.isEmpty())
        putStringOption(body, kIfDescription, description);
    const std::uint8_t nanoseconds = 9; // 10^-9
    putOption(body, kIfTsResol, ByteView(&nanoseconds, 1));
    if (fcsIncluded) {
        const std::uint8_t fcsLen = 4;
        putOption(body, kIfFcsLen, ByteView(&fcsLen, 1));
    }
    endOptions(body);
    writeBlock(kInterfaceDescription, body);
    return interfaces_++;
}

void PcapngWriter::writePacket(std::uint32_t interfaceId, std::int64_t timestampNs, ByteView frame,
                               Direction direction) {
    Bytes body;
    body.reserve(frame.size() + 24);
    put32(body, interfaceId);
    const auto ts = static_cast<std::uint64_t>(timestampNs);
    put32(body, static_cast<std::uint32_t>(ts >> 32));
    put32(body, static_cast<std::uint32_t>(ts));
    put32(body, static_cast<std::uint32_t>(frame.size())); // captured
    put32(body, static_cast<std::uint32_t>(frame.size())); // original
    body.insert(body.end(), frame.begin(), frame.end());
    pad4(body);
    if (direction != Direction::Unknown) {
        Bytes flags;
        put32(flags, static_cast<std::uint32_t>(direction));
        putOption(body, kEpbFlags, flags);
        endOptions(body);
    }
    writeBlock(kEnhancedPacket, body);
}

} // namespace ww
