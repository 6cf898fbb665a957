// DnsWalkPainter's layout and texts; the drawing is in dns_walk_paint.cpp.
#include "dns/dns_walk_painter.h"

#include "dns/dns_walk_geometry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QPalette>
#include <algorithm>

namespace ww::ui {

using namespace dnsgeometry;

DnsWalkPainter::Colors DnsWalkPainter::printColors() {
    Colors c;
    c.background = Qt::white;
    c.ink = QColor(0x22, 0x2b, 0x36);
    c.muted = QColor(0x6b, 0x74, 0x80);
    c.lifeline = QColor(0xc8, 0xcf, 0xd8);
    c.laneFill = QColor(0xe8, 0xee, 0xf5);
    c.future = QColor(0xc4, 0xc9, 0xd0);
    c.current = QColor(0xff, 0xf1, 0xd6);
    c.ask = QColor(0x55, 0x5f, 0x6b);
    c.recursive = QColor(0x1f, 0x5f, 0xbf);
    c.iterative = QColor(0xd0, 0x6a, 0x00);
    c.answer = QColor(0x1e, 0x8e, 0x3e);
    c.referral = QColor(0x8e, 0x44, 0xad);
    c.negative = QColor(0xc6, 0x28, 0x28);
    c.calloutFill = QColor(0xff, 0xf8, 0xc4);
    c.calloutLine = QColor(0xc9, 0xa2, 0x27);
    c.shortFill = QColor(0xe3, 0xf4, 0xe6);
    return c;
}

DnsWalkPainter::Colors DnsWalkPainter::windowColors() {
    Colors c = printColors();
    const QPalette pal = QApplication::palette();
    c.background = pal.color(QPalette::Base);
    c.ink = pal.color(QPalette::Text);
    c.muted = pal.color(QPalette::PlaceholderText);
    if (c.background.lightness() < 128) { // a dark theme: lighter ink, darker fills
        c.lifeline = QColor(0x5a, 0x62, 0x6c);
        c.laneFill = QColor(0x2c, 0x35, 0x40);
        c.future = QColor(0x5f, 0x66, 0x70);
        c.current = QColor(0x4a, 0x3b, 0x1c);
        c.ask = QColor(0xa8, 0xb0, 0xba);
        c.recursive = QColor(0x6f, 0xa8, 0xff);
        c.iterative = QColor(0xff, 0xa2, 0x4a);
        c.answer = QColor(0x5c, 0xd0, 0x7a);
        c.referral = QColor(0xc3, 0x8d, 0xe6);
        c.negative = QColor(0xff, 0x6b, 0x6b);
        c.calloutFill = QColor(0x4a, 0x43, 0x1a);
        c.shortFill = QColor(0x1d, 0x3d, 0x26);
    }
    return c;
}

DnsWalkPainter::DnsWalkPainter(DnsWalk walk, Colors colors)
    : walk_(std::move(walk))
    , colors_(colors) {
    layOut();
}

QString DnsWalkPainter::laneRoleText(DnsLaneRole role) {
    switch (role) {
    case DnsLaneRole::Application:
        return QCoreApplication::translate("DnsWalk", "application");
    case DnsLaneRole::Stub:
        return QCoreApplication::translate("DnsWalk", "stub resolver");
    case DnsLaneRole::Forwarder:
        return QCoreApplication::translate("DnsWalk", "router forwarding");
    case DnsLaneRole::Resolver:
        return QCoreApplication::translate("DnsWalk", "cache DNS server");
    case DnsLaneRole::Root:
        return QCoreApplication::translate("DnsWalk", "root");
    case DnsLaneRole::Tld:
        return QCoreApplication::translate("DnsWalk", "TLD");
    case DnsLaneRole::Authoritative:
        return QCoreApplication::translate("DnsWalk", "authoritative");
    }
    return {};
}

QString DnsWalkPainter::calloutText() {
    return QCoreApplication::translate(
        "DnsWalk",
        "The notes call this walk down the hierarchy a \"recursive query\". It is iterative: the "
        "cache DNS server asks each server with RD=0 and gets a referral (the next servers' NS "
        "and glue) or the answer. Only the host's question to the cache DNS server is "
        "recursive (RD=1: \"find the answer for me\").");
}

QString DnsWalkPainter::stepText(int index) const {
    const DnsStep& s = walk_.steps.at(static_cast<std::size_t>(index));
    const auto lane = [this](int i) {
        return walk_.lanes.at(static_cast<std::size_t>(i)).deviceName;
    };
    // The application and its stub resolver are one device: name it once.
    const QString who = s.from != s.to && lane(s.from) != lane(s.to)
                            ? lane(s.from) + QStringLiteral(" → ") + lane(s.to)
                            : lane(s.from);
    return who + QStringLiteral(": ") + s.headline;
}

int DnsWalkPainter::laneX(int lane) const {
    return kMargin + lane * kLaneW + kLaneW / 2;
}

void DnsWalkPainter::layOut() {
    const int lanes = std::max<int>(1, static_cast<int>(walk_.lanes.size()));
    diagramW_ = lanes * kLaneW;
    textX_ = kMargin + diagramW_ + kGap;
    const int width = textX_ + kTextW + kMargin;

    QFont bold;
    bold.setPixelSize(kTextPx);
    bold.setBold(true);
    QFont plain = bold;
    plain.setBold(false);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics plainMetrics(plain);
    const auto linesOf = [](const QFontMetrics& m, const QString& text, int w) {
        const QRect r = m.boundingRect(QRect(0, 0, w, 100000), Qt::TextWordWrap, text);
        return std::max(1, (r.height() + m.lineSpacing() / 2) / std::max(1, m.lineSpacing()));
    };

    int y = kMargin + kTitleH;
    banner_ = QRect();
    if (walk_.shortPath) {
        banner_ = QRect(kMargin, y, width - 2 * kMargin, kBannerH);
        y += kBannerH + kGap;
    }
    y += kLegendH;
    lanesTop_ = y;
    y += kLaneHeaderH + kGap;

    rows_.clear();
    textLines_.clear();
    callout_ = QRect();
    const int iterative = walk_.firstIterativeQuery();
    for (std::size_t i = 0; i < walk_.steps.size(); ++i) {
        const DnsStep& s = walk_.steps[i];
        int lines = linesOf(boldMetrics, stepText(static_cast<int>(i)), kTextW - kBadgeW);
        for (const QString& d : s.details)
            lines += linesOf(plainMetrics, d, kTextW - kBadgeW - kIndent);
        for (const QString& c : s.cached)
            lines += linesOf(plainMetrics, c, kTextW - kBadgeW - kIndent);
        textLines_.push_back(lines);
        const int h = std::max(kMinRowH, lines * kLineH + 2 * kRowPad);
        rows_.emplace_back(kMargin, y, width - 2 * kMargin, h);
        y += h;
        if (static_cast<int>(i) == iterative) {
            const int lines2 = 1 + linesOf(plainMetrics, calloutText(), width - 2 * kMargin - 28);
            callout_ =
                QRect(kMargin, y + 6, width - 2 * kMargin, lines2 * kLineH + 2 * kRowPad + 14);
            y = callout_.bottom() + kGap;
        }
    }
    if (walk_.steps.empty())
        y += kMinRowH;
    size_ = QSize(width, y + kMargin);
}

int DnsWalkPainter::stepAt(QPoint point) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].contains(point))
            return static_cast<int>(i);
    return -1;
}

} // namespace ww::ui
