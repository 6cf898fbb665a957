#pragma once

// Sizes shared by the two halves of DnsWalkPainter (layout and painting).
#include <QFont>
#include <QPainter>

namespace ww::ui::dnsgeometry {

inline constexpr int kMargin = 24;
inline constexpr int kTitleH = 64;
inline constexpr int kBannerH = 34;
inline constexpr int kLegendH = 34;
inline constexpr int kLaneW = 132;
inline constexpr int kLaneHeaderH = 62;
inline constexpr int kGap = 16;
inline constexpr int kTextW = 560;
inline constexpr int kTextPx = 13;
inline constexpr int kLineH = 18;
inline constexpr int kRowPad = 6;
inline constexpr int kMinRowH = 40;
inline constexpr int kBadgeW = 30;
inline constexpr int kIndent = 12;
inline constexpr int kBadgeR = 10;

inline QFont font(const QPainter& p, int px, bool bold = false) {
    QFont f = p.font();
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

} // namespace ww::ui::dnsgeometry
