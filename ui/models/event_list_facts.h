#pragma once

#include "models/frame_summary.h"
#include "net/device.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace ww::ui {

class RecordedRun;

// What the event list keeps of each recorded event (12 bytes a row: what filtering needs),
// the protocols the rows name, and the relative Seq/Ack bases of the TCP frames. One pass
// describes every event in trace order; a long recording makes it on its worker thread
// (a million events take about a second), a short one when the list first shows it.
struct EventListFacts {
    struct Row {
        DeviceId device = kNoDevice;
        DeviceId peer = kNoDevice;
        std::uint16_t protocol = 0; // index into protocols
        std::int8_t layer = -1;
        bool detail = false;
    };
    struct PinnedBases {
        std::uint32_t row = 0;
        PduDescriber::TcpBases bases;
    };

    std::vector<Row> rows;
    std::vector<QString> protocols{QString()};
    // The bases (counted from each side's ISN) of the TCP frames that had non-zero ones,
    // by row: whichever way the list shows Seq/Ack, they are kept.
    std::vector<PinnedBases> tcpBases;

    // Null when `cancel` was set before the pass ended.
    static std::shared_ptr<const EventListFacts> of(const RecordedRun& run,
                                                    const std::atomic<bool>* cancel = nullptr);
};

} // namespace ww::ui
