// DnsWalkPainter's drawing half: the layout is computed in dns_walk_painter.cpp.
#include "dns/dns_walk_geometry.h"
#include "dns/dns_walk_painter.h"

#include <QCoreApplication>
#include <QPainterPath>

namespace ww::ui {

using namespace dnsgeometry;

namespace {

void arrowHead(QPainter& p, QPointF tip, double dir, const QColor& c) {
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip + QPointF(-dir * 10, -5));
    head.lineTo(tip + QPointF(-dir * 10, 5));
    head.closeSubpath();
    p.fillPath(head, c);
}

// Solid for a recursive query and an answer, dashed for iterative queries and referrals.
QPen stepPen(const DnsStep& s, const QColor& c) {
    const bool dashed = (s.kind == DnsStepKind::Query && !s.recursive) ||
                        (s.kind == DnsStepKind::Response && s.reply == DnsReply::Referral);
    const bool heavy = s.kind == DnsStepKind::Query && s.recursive;
    QPen pen(c, heavy ? 3.5 : 2.2, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    return pen;
}

} // namespace

void DnsWalkPainter::paintArrow(QPainter& p, const DnsStep& s, int y, const QColor& c) const {
    const int x1 = laneX(s.from);
    const int x2 = laneX(s.to);
    const double dir = x2 >= x1 ? 1 : -1;
    p.setPen(stepPen(s, c));
    p.drawLine(QPointF(x1 + dir * 6, y), QPointF(x2 - dir * 8, y));
    arrowHead(p, QPointF(x2 - dir * 2, y), dir, c);
}

void DnsWalkPainter::paintStep(QPainter& p, int index, bool happened, bool current) const {
    const DnsStep& s = walk_.steps[static_cast<std::size_t>(index)];
    const QRect row = rows_[static_cast<std::size_t>(index)];
    if (current)
        p.fillRect(row, colors_.current);
    QColor c = colors_.ask;
    switch (s.kind) {
    case DnsStepKind::Query:
        c = s.recursive ? colors_.recursive : colors_.iterative;
        break;
    case DnsStepKind::Response:
        c = s.reply == DnsReply::Referral ? colors_.referral
            : s.reply == DnsReply::Answer ? colors_.answer
                                          : colors_.negative;
        break;
    case DnsStepKind::Check:
        c = s.hit ? (s.negative ? colors_.negative : colors_.answer) : colors_.muted;
        break;
    case DnsStepKind::Result:
        c = s.reply == DnsReply::Answer ? colors_.answer : colors_.negative;
        break;
    case DnsStepKind::Ask:
        break;
    }
    if (!happened)
        c = colors_.future;
    const QColor ink = happened ? colors_.ink : colors_.future;
    const int y = row.top() + kMinRowH / 2;

    // The diagram: an arrow between lanes, or a box on the lane for a place looked in.
    if (s.kind == DnsStepKind::Check) {
        const QRect box(laneX(s.from) - kLaneW / 2 + 10, y - 12, kLaneW - 20, 24);
        p.setPen(QPen(c, 1.6));
        p.setBrush(colors_.background);
        p.drawRoundedRect(box, 5, 5);
        p.setFont(font(p, 11, true));
        p.setPen(c);
        const QString mark =
            s.hit ? (s.negative ? QCoreApplication::translate("DnsWalk", "negative hit")
                                : QCoreApplication::translate("DnsWalk", "hit"))
                  : QCoreApplication::translate("DnsWalk", "miss");
        p.drawText(box.adjusted(kBadgeR * 2 + 2, 0, -2, 0), Qt::AlignCenter, mark);
    } else {
        paintArrow(p, s, y, c);
        if (s.tcp) {
            p.setFont(font(p, 10, true));
            p.setPen(c);
            p.drawText(QRect(std::min(laneX(s.from), laneX(s.to)), y - 18,
                             std::abs(laneX(s.to) - laneX(s.from)), 14),
                       Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("TCP "));
        }
    }
    // The step's number, on the arrow's start (or the box's left end) and before its text.
    const auto badge = [&](QPointF centre) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(centre, kBadgeR, kBadgeR);
        p.setPen(colors_.background);
        p.setFont(font(p, 11, true));
        p.drawText(QRectF(centre.x() - kBadgeR, centre.y() - kBadgeR, 2 * kBadgeR, 2 * kBadgeR),
                   Qt::AlignCenter, QString::number(index + 1));
    };
    if (s.kind == DnsStepKind::Check)
        badge(QPointF(laneX(s.from) - kLaneW / 2 + 10 + kBadgeR + 2, y));
    else
        badge(QPointF((laneX(s.from) * 2 + laneX(s.to)) / 3.0, y));
    badge(QPointF(textX_ + kBadgeR, row.top() + kRowPad + kLineH / 2));

    // The text: who and what in bold, then the records and what got cached.
    int ty = row.top() + kRowPad;
    const int tx = textX_ + kBadgeW;
    const int tw = kTextW - kBadgeW;
    p.setFont(font(p, kTextPx, true));
    p.setPen(ink);
    QRect used;
    p.drawText(QRect(tx, ty, tw, 100000), Qt::TextWordWrap | Qt::AlignTop | Qt::AlignLeft,
               stepText(index), &used);
    ty += std::max(kLineH, used.height());
    p.setFont(font(p, kTextPx));
    for (const QString& d : s.details) {
        p.setPen(happened ? colors_.muted : colors_.future);
        p.drawText(QRect(tx + kIndent, ty, tw - kIndent, 100000), Qt::TextWordWrap, d, &used);
        ty += std::max(kLineH, used.height());
    }
    for (const QString& cached : s.cached) {
        p.setPen(happened ? colors_.answer.darker(115) : colors_.future);
        p.drawText(QRect(tx + kIndent, ty, tw - kIndent, 100000), Qt::TextWordWrap, cached, &used);
        ty += std::max(kLineH, used.height());
    }
}

void DnsWalkPainter::paint(QPainter& p, std::size_t applied, bool hideFuture) const {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRect(QPoint(0, 0), size_), colors_.background);
    const int right = size_.width() - kMargin;

    // Title: the question and how it ended.
    p.setPen(colors_.ink);
    p.setFont(font(p, 20, true));
    const QString host = walk_.lanes.empty() ? QString() : walk_.lanes.front().deviceName;
    p.drawText(QRect(kMargin, kMargin, right - kMargin, 28), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("DnsWalk", "DNS lookup of %1 (%2) on %3")
                   .arg(walk_.name, walk_.type, host));
    p.setFont(font(p, 14));
    p.setPen(colors_.muted);
    p.drawText(QRect(kMargin, kMargin + 30, right - kMargin, 22), Qt::AlignLeft | Qt::AlignVCenter,
               walk_.outcome.isEmpty()
                   ? QCoreApplication::translate("DnsWalk", "No answer yet")
                   : QCoreApplication::translate("DnsWalk", "Result: %1").arg(walk_.outcome));

    if (!banner_.isEmpty()) {
        p.setPen(QPen(colors_.answer, 1.5));
        p.setBrush(colors_.shortFill);
        p.drawRoundedRect(banner_, 6, 6);
        p.setPen(colors_.ink);
        p.setFont(font(p, 14, true));
        p.drawText(
            banner_.adjusted(12, 0, -12, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate(
                "DnsWalk", "Short path: answered from %1, so no server further along was asked.")
                .arg(walk_.answeredBy));
    }

    // Legend: how each kind of arrow is drawn.
    {
        const int ly = lanesTop_ - kLegendH + 12;
        int lx = kMargin;
        p.setFont(font(p, 12));
        const auto sample = [&](DnsStepKind kind, bool recursive, DnsReply reply, QColor c,
                                const QString& label) {
            DnsStep s;
            s.kind = kind;
            s.recursive = recursive;
            s.reply = reply;
            p.setPen(stepPen(s, c));
            p.drawLine(QPointF(lx, ly), QPointF(lx + 34, ly));
            arrowHead(p, QPointF(lx + 40, ly), 1, c);
            p.setPen(colors_.ink);
            const int w = p.fontMetrics().horizontalAdvance(label);
            p.drawText(QRect(lx + 46, ly - 9, w + 4, 18), Qt::AlignLeft | Qt::AlignVCenter, label);
            lx += 46 + w + 22;
        };
        sample(DnsStepKind::Query, true, DnsReply::Answer, colors_.recursive,
               QCoreApplication::translate("DnsWalk", "recursive query (RD=1)"));
        sample(DnsStepKind::Query, false, DnsReply::Answer, colors_.iterative,
               QCoreApplication::translate("DnsWalk", "iterative query (RD=0)"));
        sample(DnsStepKind::Response, false, DnsReply::Referral, colors_.referral,
               QCoreApplication::translate("DnsWalk", "referral"));
        sample(DnsStepKind::Response, false, DnsReply::Answer, colors_.answer,
               QCoreApplication::translate("DnsWalk", "answer"));
        sample(DnsStepKind::Response, false, DnsReply::NxDomain, colors_.negative,
               QCoreApplication::translate("DnsWalk", "no such name / failure"));
    }

    // Lanes: a header box each and a lifeline down through the rows.
    const int bottom = size_.height() - kMargin;
    for (std::size_t i = 0; i < walk_.lanes.size(); ++i) {
        const DnsLane& lane = walk_.lanes[i];
        const int cx = laneX(static_cast<int>(i));
        const QRect head(cx - kLaneW / 2 + 4, lanesTop_, kLaneW - 8, kLaneHeaderH);
        p.setPen(QPen(colors_.lifeline, 1, Qt::DotLine));
        p.drawLine(cx, head.bottom(), cx, bottom);
        p.setPen(QPen(colors_.lifeline, 1));
        p.setBrush(colors_.laneFill);
        p.drawRoundedRect(head, 6, 6);
        p.setPen(colors_.ink);
        p.setFont(font(p, 13, true));
        const QRect inner = head.adjusted(4, 4, -4, -4);
        p.drawText(QRect(inner.left(), inner.top(), inner.width(), 18), Qt::AlignCenter,
                   p.fontMetrics().elidedText(lane.deviceName, Qt::ElideRight, inner.width()));
        // Role and zone on lines of their own, elided: a zone list can be long.
        p.setFont(font(p, 11));
        p.drawText(
            QRect(inner.left(), inner.top() + 19, inner.width(), 16), Qt::AlignCenter,
            p.fontMetrics().elidedText(laneRoleText(lane.role), Qt::ElideRight, inner.width()));
        if (!lane.zone.isEmpty() && lane.role != DnsLaneRole::Application) {
            p.setPen(colors_.muted);
            p.drawText(QRect(inner.left(), inner.top() + 35, inner.width(), 16), Qt::AlignCenter,
                       p.fontMetrics().elidedText(lane.zone, Qt::ElideRight, inner.width()));
        }
    }

    if (walk_.steps.empty()) {
        p.setPen(colors_.muted);
        p.setFont(font(p, 14));
        p.drawText(QRect(kMargin, lanesTop_ + kLaneHeaderH + kGap, right - kMargin, kMinRowH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("DnsWalk", "No step recorded for this lookup."));
    }
    const int happened = walk_.stepsHappened(applied);
    for (int i = 0; i < static_cast<int>(walk_.steps.size()); ++i) {
        if (hideFuture && i >= happened)
            break;
        paintStep(p, i, i < happened,
                  i == happened - 1 && applied != std::numeric_limits<std::size_t>::max());
    }

    // Correction 14, under the first iterative query.
    if (!callout_.isEmpty() && !(hideFuture && walk_.firstIterativeQuery() >= happened)) {
        p.setPen(QPen(colors_.calloutLine, 1.5));
        p.setBrush(colors_.calloutFill);
        p.drawRoundedRect(callout_, 6, 6);
        const int q = walk_.firstIterativeQuery();
        const int px = laneX(walk_.steps[static_cast<std::size_t>(q)].to);
        QPainterPath pointer;
        pointer.moveTo(px - 8, callout_.top() + 1);
        pointer.lineTo(px, callout_.top() - 9);
        pointer.lineTo(px + 8, callout_.top() + 1);
        p.drawPath(pointer);
        p.setPen(colors_.ink);
        p.setFont(font(p, kTextPx, true));
        p.drawText(callout_.adjusted(14, kRowPad, -14, 0), Qt::AlignLeft | Qt::AlignTop,
                   QCoreApplication::translate("DnsWalk", "Recursive or iterative?"));
        p.setFont(font(p, kTextPx));
        p.drawText(callout_.adjusted(14, kRowPad + kLineH, -14, -kRowPad),
                   Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, calloutText());
    }
    p.restore();
}

} // namespace ww::ui
