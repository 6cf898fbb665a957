// StoryPainter's drawing half: the layout is computed in story_painter.cpp.
#include "inspector/story_geometry.h"
#include "inspector/story_painter.h"
#include "inspector/story_text.h"

#include <QCoreApplication>
#include <QPainterPath>

namespace ww::inspector {

using namespace geometry;

namespace {

void arrow(QPainter& p, QPointF from, QPointF to, const QColor& c) {
    p.setPen(QPen(c, 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(from, to);
    const double dir = to.y() > from.y() ? 1 : -1;
    QPainterPath head;
    head.moveTo(to + QPointF(0, dir * 4));
    head.lineTo(to + QPointF(-7, -dir * 9));
    head.lineTo(to + QPointF(7, -dir * 9));
    head.closeSubpath();
    p.fillPath(head, c);
}

void verticalLabel(QPainter& p, QPointF center, const QString& text, const QColor& c) {
    p.save();
    p.translate(center);
    p.rotate(-90);
    p.setPen(c);
    p.setFont(font(p, 12, true));
    p.drawText(QRectF(-150, -10, 300, 20), Qt::AlignCenter, text);
    p.restore();
}

} // namespace

QRect StoryPainter::stepRect(int index) const {
    // The same walk as paint(): title, column headers, then the four bands.
    int y = kMargin + kTitleH + kHeaderH;
    for (std::size_t b = 0; b < 4 && b < bandHeight_.size(); ++b) {
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            int yy = y + 10;
            for (const Item& it : items_[c][b]) {
                const int h = itemHeight(it);
                if (it.flat == index)
                    return QRect(columnX_[c] + kArrowW - 6, yy - 4, columnW_[c] - kArrowW, h + 6);
                yy += h + 4;
            }
        }
        y += bandHeight_[b];
    }
    return {};
}

void StoryPainter::paint(QPainter& p, int reveal) const {
    const int last = reveal < 0 ? stepCount() - 1 : reveal;
    p.save();
    const QFont base = p.font(); // geometry::font() sizes whatever the painter holds
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRect(QPoint(0, 0), size_), Qt::white);
    const int right = size_.width() - kMargin;
    int y = kMargin;
    p.setPen(kInk);
    p.setFont(font(p, 22, true));
    if (story_.empty()) {
        p.drawText(QRect(kMargin, y, right - kMargin, 40), Qt::AlignLeft, story_.problem);
        p.restore();
        return;
    }
    p.drawText(QRect(kMargin, y, right - kMargin, 30), Qt::AlignLeft | Qt::AlignVCenter,
               storyTitle(story_));
    p.setFont(font(p, 15, reveal >= 0));
    p.setPen(reveal >= 0 ? kCurrent.darker(130) : kMuted);
    p.drawText(
        QRect(kMargin, y + 36, right - kMargin, 24), Qt::AlignLeft | Qt::AlignVCenter,
        reveal >= 0
            ? QStringLiteral("%1/%2  ").arg(reveal + 1).arg(stepCount()) + stepSentence(reveal)
            : QCoreApplication::translate(
                  "StoryPainter", "Each device opens only the headers it needs: a switch the "
                                  "Ethernet header, a router the Ethernet and IP headers."));
    y += kTitleH;

    auto columnX = [&](std::size_t c) { return columnX_[c]; };
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const StoryHop& hop = story_.hops[static_cast<std::size_t>(columns_[c])];
        const QRect r(columnX(c), y, columnW_[c], kHeaderH - 8);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe8, 0xee, 0xf5));
        p.drawRoundedRect(r, 8, 8);
        p.setPen(kInk);
        p.setFont(font(p, 16, true));
        p.drawText(r.adjusted(12, 4, -8, -22), Qt::AlignLeft | Qt::AlignVCenter, hop.deviceName);
        p.setFont(font(p, 12));
        p.setPen(kMuted);
        p.drawText(r.adjusted(12, 24, -8, -2), Qt::AlignLeft | Qt::AlignVCenter,
                   roleText(hop.role));
    }
    y += kHeaderH;

    std::array<int, 4> bandY{};
    for (std::size_t b = 0; b < 4; ++b) {
        bandY[b] = y;
        const int h = bandHeight_[b];
        p.fillRect(QRect(kMargin, y, right - kMargin, h),
                   b % 2 ? QColor(0xfa, 0xfb, 0xfc) : QColor(0xf1, 0xf4, 0xf8));
        p.setPen(kInk);
        p.setFont(font(p, 14, true));
        const Layer layer = static_cast<Layer>(3 - b);
        p.drawText(QRect(kMargin + 8, y + 8, kLabelW - 12, h - 16),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layerText(layer));
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            const StoryHop& hop = story_.hops[static_cast<std::size_t>(columns_[c])];
            const int x = columnX(c) + kArrowW;
            const int columnWidth = columnW_[c];
            int yy = y + 10;
            const auto& items = items_[c][b];
            const bool intermediate = hop.role == HopRole::Switch || hop.role == HopRole::Router ||
                                      hop.role == HopRole::L3Switch;
            if (items.empty() && intermediate) {
                p.setPen(QColor(0xb0, 0xb6, 0xbe));
                p.setFont(font(p, 12));
                p.drawText(QRect(x, yy, columnWidth - kArrowW - 8, kLineH),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           QCoreApplication::translate("StoryPainter", "(not opened)"));
            }
            for (const Item& it : items) {
                if (it.flat > last)
                    continue;
                const int h2 = itemHeight(it);
                if (it.flat == reveal) {
                    p.setPen(QPen(kCurrent, 3));
                    p.setBrush(Qt::NoBrush);
                    p.drawRoundedRect(QRect(x - 6, yy - 4, columnWidth - kArrowW, h2 + 6), 6, 6);
                }
                if (it.box >= 0) {
                    paintBox(p, chain_[static_cast<std::size_t>(it.box)], x, yy);
                    p.setPen(kInk);
                    p.setFont(font(p, 13, true));
                    p.drawText(QRect(x, yy + kBoxH + 3, columnWidth - kArrowW, kLineH),
                               Qt::AlignLeft | Qt::AlignVCenter, it.text);
                    p.setFont(font(p, 12));
                    p.setPen(kMuted);
                    p.drawText(QRect(x, yy + kBoxH + 3 + kLineH, columnWidth - kArrowW, kLineH),
                               Qt::AlignLeft | Qt::AlignVCenter, it.detail);
                } else {
                    p.setPen(it.bad ? kBad : it.good ? kGood : kInk);
                    p.setFont(font(p, 13, it.bad || it.good));
                    p.drawText(QRect(x, yy, columnWidth - kArrowW - 4, h2),
                               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, it.text);
                }
                yy += h2 + 4;
            }
        }
        y += h;
    }
    // Encapsulation goes down the sender's stack, decapsulation up the receiver's.
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const StoryHop& hop = story_.hops[static_cast<std::size_t>(columns_[c])];
        // The arrow spans the layers the PDU went through here, as far as revealed.
        std::size_t top = 4;
        for (std::size_t b = 0; b < 4 && top == 4; ++b)
            for (const Item& it : items_[c][b])
                if (it.flat <= last)
                    top = b;
        if (top == 4)
            continue; // no arrow before the PDU reaches the device
        const int ax = columnX(c) + 26;
        const int from = bandY[top] + 8;
        if (hop.role == HopRole::Sender) {
            arrow(p, QPointF(ax, from), QPointF(ax, y - 8), QColor(0x3b, 0x6e, 0xb4));
            verticalLabel(p, QPointF(ax - 15, (from + y) / 2.0),
                          QCoreApplication::translate("StoryPainter", "encapsulation"),
                          QColor(0x3b, 0x6e, 0xb4));
        } else if (hop.role == HopRole::Receiver) {
            arrow(p, QPointF(ax, y - 8), QPointF(ax, from), QColor(0x2e, 0x8b, 0x57));
            verticalLabel(p, QPointF(ax - 15, (from + y) / 2.0),
                          QCoreApplication::translate("StoryPainter", "decapsulation"),
                          QColor(0x2e, 0x8b, 0x57));
        }
    }

    // The link: bits between the columns, drawn once the frame has left a device.
    const int wireY = y + kWireH / 2;
    p.setPen(kInk);
    p.setFont(font(p, 14, true));
    p.drawText(QRect(kMargin + 8, y + 6, kLabelW - 12, kWireH - 12),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               QCoreApplication::translate("StoryPainter", "Link: bits"));
    for (std::size_t c = 0; c + 1 < columns_.size(); ++c) {
        // Dark once the frame has reached the next column (from this device, or
        // from a switch before it that flooded the frame past it).
        bool sent = false;
        for (const auto& band : items_[c + 1])
            for (const Item& it : band)
                sent |= it.flat <= last;
        const int xa = columnX(c) + columnW_[c] / 2, xb = columnX(c + 1) + columnW_[c + 1] / 2;
        p.setPen(QPen(sent ? kInk : QColor(0xd0, 0xd4, 0xda), 3));
        p.drawLine(xa, wireY, xb, wireY);
        if (sent) {
            QFont bits = font(p, 12);
            bits.setFamily(QStringLiteral("monospace"));
            p.setFont(bits);
            p.setPen(QColor(0x3b, 0x6e, 0xb4));
            p.drawText(QRect(xa, wireY - 22, xb - xa, 18), Qt::AlignCenter,
                       QStringLiteral("1 0 1 1 0 0 1 0 1 1 1 0 …"));
        }
    }
    y += kWireH;
    p.setFont(base);

    int px = kMargin;
    for (const StoryHop& hop : story_.hops) {
        const int s = panelStep(hop);
        if (s < 0)
            continue;
        const auto it = std::find_if(order_.begin(), order_.end(), [&](const auto& o) {
            return story_.hops[static_cast<std::size_t>(o.first)].device == hop.device &&
                   o.second == s;
        });
        if (it - order_.begin() > last)
            continue;
        p.save(); // the panel switches to a monospaced font for values
        paintRouterPanel(p, px, y + 8, hop, s);
        p.restore();
        px += kRouterPanelW + kGap;
    }
    if (routerPanels_ > 0)
        y += 56 + kRowH * static_cast<int>(routerFields(story_.frame).size());

    QStringList notes;
    if (const QString m = mtuNote(); !m.isEmpty())
        notes << m;
    if (routerPanels_ > 0)
        notes << QCoreApplication::translate(
            "StoryPainter",
            "A router reads the Ethernet header too: it checks the destination MAC, "
            "opens the IP header, and builds a new frame. Source and destination IP "
            "stay the same.");
    bool arp = false, reassembled = false;
    for (const StoryHop& h : story_.hops)
        for (const StoryStep& st : h.steps) {
            arp |= st.protocol == Protocol::Arp;
            reassembled |= st.kind == StepKind::Reassembled;
        }
    if (arp)
        notes << layerPlacementNote(Protocol::Arp);
    if (reassembled)
        notes << QCoreApplication::translate(
            "StoryPainter", "Routers forward each fragment as a packet of its own; only the "
                            "destination host reassembles them (RFC 791)");
    QStringList bystanders;
    for (const StoryHop& h : story_.hops)
        if (h.role == HopRole::Bystander)
            bystanders << h.deviceName;
    if (!bystanders.isEmpty())
        notes << QCoreApplication::translate(
                     "StoryPainter",
                     "Also received the flooded frame and dropped it (not their MAC): %1")
                     .arg(bystanders.join(QStringLiteral(", ")));
    p.setFont(font(p, 13));
    p.setPen(kInk);
    for (const QString& n : notes) {
        p.drawText(QRect(kMargin, y + 8, right - kMargin, kLineH + 4),
                   Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("• ") + n);
        y += kLineH + 6;
    }
    p.restore();
}

void StoryPainter::paintRouterPanel(QPainter& p, int x, int y, const StoryHop& hop,
                                    int stepIndex) const {
    const StoryStep& s = hop.steps[static_cast<std::size_t>(stepIndex)];
    const auto before = routerFields(s.frameBefore);
    const auto after = routerFields(s.pdu);
    const int rows = static_cast<int>(std::min(before.size(), after.size()));
    const QRect panel(x, y, kRouterPanelW, 48 + rows * kRowH);
    p.setPen(QPen(QColor(0xc8, 0xcf, 0xd8), 1));
    p.setBrush(QColor(0xfc, 0xfd, 0xfe));
    p.drawRoundedRect(panel, 8, 8);
    p.setPen(kInk);
    p.setFont(font(p, 15, true));
    p.drawText(QRect(x + 12, y + 4, kRouterPanelW - 24, 22), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate(
                   "StoryPainter", "%1: the frame before and after (changed fields highlighted)")
                   .arg(hop.deviceName));
    const QFont base = p.font(); // font() below derives from the painter's font
    const int labelW = 190, valueW = (kRouterPanelW - labelW - 36) / 2;
    p.setFont(font(p, 12, true));
    p.setPen(kMuted);
    p.drawText(QRect(x + 12 + labelW, y + 26, valueW, 18), Qt::AlignLeft,
               QCoreApplication::translate("StoryPainter", "arriving frame"));
    p.drawText(QRect(x + 12 + labelW + valueW + 12, y + 26, valueW, 18), Qt::AlignLeft,
               QCoreApplication::translate("StoryPainter", "leaving frame"));
    for (int r = 0; r < rows; ++r) {
        const auto& b = before[static_cast<std::size_t>(r)];
        const auto& a = after[static_cast<std::size_t>(r)];
        const int ry = y + 44 + r * kRowH;
        const bool changed = a.value != b.value;
        if (changed)
            p.fillRect(QRect(x + 6, ry, kRouterPanelW - 12, kRowH - 2), QColor(0xff, 0xec, 0xb3));
        p.setPen(kInk);
        p.setFont(base);
        p.setFont(font(p, 12, changed));
        p.drawText(QRect(x + 12, ry, labelW, kRowH), Qt::AlignLeft | Qt::AlignVCenter, a.label);
        QFont mono(QStringLiteral("monospace"));
        mono.setPixelSize(12);
        mono.setBold(changed);
        p.setFont(mono);
        p.drawText(QRect(x + 12 + labelW, ry, valueW, kRowH), Qt::AlignLeft | Qt::AlignVCenter,
                   b.value);
        p.setPen(changed ? kBad : kInk);
        p.drawText(QRect(x + 12 + labelW + valueW + 12, ry, valueW, kRowH),
                   Qt::AlignLeft | Qt::AlignVCenter, a.value);
    }
}

} // namespace ww::inspector
