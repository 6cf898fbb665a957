#pragma once

#include "wire/bytes.h"

#include <QString>

class QIODevice;

namespace ww {

// pcapng (draft-ietf-opsawg-pcapng) in little-endian byte order: a Section
// Header Block, one Interface Description Block per interface, and an Enhanced
// Packet Block per frame, with nanosecond timestamps (if_tsresol = 9).
class PcapngWriter {
public:
    static constexpr std::uint16_t kLinkTypeEthernet = 1;
    // epb_flags bits 0-1: which way the frame went through the interface.
    enum class Direction : std::uint8_t { Unknown = 0, Inbound = 1, Outbound = 2 };

    explicit PcapngWriter(QIODevice& out)
        : out_(out) {}

    void writeSectionHeader(const QString& application);
    // Returns the interface id for writePacket. fcsIncluded: frames end with their
    // 4-byte FCS (if_fcslen = 4), so Wireshark shows and checks it. description:
    // if_description, left out when empty.
    std::uint32_t addInterface(const QString& name, const QString& description = {},
                               std::uint16_t linkType = kLinkTypeEthernet, bool fcsIncluded = true,
                               std::uint32_t snaplen = 262144);
    void writePacket(std::uint32_t interfaceId, std::int64_t timestampNs, ByteView frame,
                     Direction direction = Direction::Unknown);

private:
    void writeBlock(std::uint32_t type, const Bytes& body);

    QIODevice& out_;
    std::uint32_t interfaces_ = 0;
};

} // namespace ww
