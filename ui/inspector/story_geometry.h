#pragma once

// Sizes and colours shared by the two halves of StoryPainter (layout and painting).
#include "inspector/pdu_dissection.h"

#include <QColor>
#include <QFont>
#include <QPainter>

namespace ww::inspector::geometry {

inline constexpr int kMargin = 24;
inline constexpr int kTitleH = 78;
inline constexpr int kHeaderH = 54;
inline constexpr int kLabelW = 200;
inline constexpr int kGap = 14;
inline constexpr int kArrowW = 44;
inline constexpr int kWireH = 58;
inline constexpr int kBoxH = 30;
inline constexpr int kLineH = 17;
inline constexpr int kHeaderSegW = 64;
inline constexpr int kDataSegW = 96;
inline constexpr int kTrailerSegW = 58;
inline constexpr int kRouterPanelW = 640;
inline constexpr int kRowH = 20;
inline const QColor kInk(0x22, 0x2b, 0x36);
inline const QColor kMuted(0x6b, 0x74, 0x80);
inline const QColor kGood(0x1e, 0x8e, 0x3e);
inline const QColor kBad(0xc6, 0x28, 0x28);
inline const QColor kCurrent(0xff, 0x8f, 0x00);

inline QFont font(const QPainter& p, int px, bool bold = false) {
    QFont f = p.font();
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

// The Ethernet and IPv4 fields of a frame, by key, for the router's before/after table.
inline std::vector<DissectionNode> routerFields(const PduRef& frame) {
    std::vector<DissectionNode> rows;
    const Dissection d = dissect(frame.view());
    for (const auto& layer : d.layers)
        if (layer.key == "ethernet" || layer.key == "ipv4")
            for (const auto& f : layer.children)
                if (f.key != "padding" && f.key != "options")
                    rows.push_back(f);
    return rows;
}

} // namespace ww::inspector::geometry
