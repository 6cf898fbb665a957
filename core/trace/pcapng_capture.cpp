#include "trace/pcapng_capture.h"

namespace ww {

PcapngCapture::PcapngCapture(const std::vector<QString>& linkNames, QIODevice& out)
    : writer_(out) {
    writer_.writeSectionHeader(QStringLiteral("Wirewalk"));
    for (const QString& name : linkNames)
        writer_.addInterface(name); // interface id == link id
}

void PcapngCapture::onEvent(const Event& e) {
    if (auto* tx = std::get_if<FrameTxStart>(&e.kind))
        writer_.writePacket(tx->link, e.time, tx->frame.view());
}

} // namespace ww
