#include "trace/pcapng_capture.h"

namespace ww {

PcapngCapture::PcapngCapture(const CaptureTap& tap, const QString& interfaceName,
                             const QString& description, QIODevice& out)
    : tap_(tap)
    , writer_(out) {
    writer_.writeSectionHeader(QStringLiteral("Wirewalk"));
    writer_.addInterface(interfaceName, description);
}

void PcapngCapture::onEvent(const Event& e) {
    // Sent here: stamped as the first bit leaves, as a capture on the sending host is.
    if (const auto* tx = std::get_if<FrameTxStart>(&e.kind)) {
        if (tx->link == tap_.link && tx->from == tap_.device && tx->port == tap_.port) {
            writer_.writePacket(0, e.time, tx->frame.view(), PcapngWriter::Direction::Outbound);
            ++frames_;
        }
        return;
    }
    // Received here: the last bit is in, with the bytes the link delivered (a bit
    // error shows as a bad FCS). A frame lost on the link never arrives, so it is absent.
    if (const auto* rx = std::get_if<FrameArrival>(&e.kind)) {
        if (rx->link == tap_.link && rx->to == tap_.device && rx->port == tap_.port) {
            writer_.writePacket(0, e.time, rx->frame.view(), PcapngWriter::Direction::Inbound);
            ++frames_;
        }
    }
}

} // namespace ww
