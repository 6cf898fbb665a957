#include "sequence/sequence_colors.h"
#include "sequence/sequence_diagram.h"
#include "sequence/sequence_metrics.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace ww::sequence {

namespace {

constexpr int kNoteTextW = metrics::kNotesW - 28;

QFont sized(const QFont& base, int px, bool bold = false) {
    QFont f = base;
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

// A send moment on the time axis in milliseconds, to the microsecond, as the event list shows
// it (the header says "Time (ms)").
QString axisTime(SimTime t) {
    return QString::number(timeToSeconds(t) * 1e3, 'f', 3);
}

bool isNote(const Mark& m) {
    return m.kind == MarkKind::Rtt || m.kind == MarkKind::Rto || m.kind == MarkKind::Callout;
}

} // namespace

int SequenceDiagram::notesX() const {
    return columnX(std::max(0, static_cast<int>(lifelines_.size()) - 1)) + metrics::kSide + 10;
}

// Notes go in the right-hand column next to their moment, pushed down when the
// one above needs the room (a leader line keeps them tied to their row).
void SequenceDiagram::placeNotes() {
    const QFont base = QGuiApplication::font();
    const QFontMetrics body(sized(base, 12));
    const QFontMetrics head(sized(base, 12, true));
    std::stable_sort(spans_.begin(), spans_.end(),
                     [](const Mark& a, const Mark& b) { return a.y2 < b.y2; });
    int bottom = 0;
    for (Mark& m : spans_) {
        if (!isNote(m))
            continue;
        const int textH =
            body.boundingRect(QRect(0, 0, kNoteTextW, 100000), Qt::TextWordWrap, m.text).height();
        m.noteH = textH + (m.kind == MarkKind::Callout ? head.height() + 14 : 6);
        m.noteY = std::max(m.y2 - 8, bottom + 6);
        bottom = m.noteY + m.noteH;
    }
}

void SequenceDiagram::paint(QPainter& p, QRect clip, const Highlight& h, int headerTop) const {
    using namespace metrics;
    if (clip.isNull())
        clip = QRect(QPoint(0, 0), size_);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const SequenceColors c = sequenceColors(options_.print, QGuiApplication::palette());
    p.fillRect(clip, c.background);
    const QFont base = p.font();

    // Lifelines.
    const int bottom = size_.height() - kBottomPad / 2;
    p.setPen(QPen(c.lifeline, 1.5, Qt::DashLine));
    for (int col = 0; col < static_cast<int>(lifelines_.size()); ++col)
        p.drawLine(QPointF(columnX(col), std::max(clip.top(), kHeaderH)),
                   QPointF(columnX(col), std::min(clip.bottom(), bottom)));

    // Tall marks: TIME-WAIT bars, RTT brackets, notes.
    for (const Mark& m : spans_) {
        const int top = std::min(m.y, m.noteH ? m.noteY : m.y);
        const int low = std::max(m.y2, m.noteY + m.noteH);
        if (low + 20 >= clip.top() && top - 20 <= clip.bottom())
            paintMark(p, m, h, c);
    }
    // Marks and arrows in the clip only: found by row.
    auto firstMark = std::lower_bound(marks_.begin(), marks_.end(), clip.top() - 80,
                                      [](const Mark& m, int y) { return m.y < y; });
    for (auto it = firstMark; it != marks_.end() && it->y <= clip.bottom() + 20; ++it)
        paintMark(p, *it, h, c);
    auto first = std::lower_bound(
        arrowTopIndex_.begin(), arrowTopIndex_.end(), clip.top() - maxArrowSpan_ - 40,
        [this](int a, int y) { return arrows_[static_cast<std::size_t>(a)].y1 < y; });
    for (bool labels : {false, true}) // lines first, so no line crosses a label
        for (auto it = first; it != arrowTopIndex_.end(); ++it) {
            const Arrow& a = arrows_[static_cast<std::size_t>(*it)];
            if (a.y1 > clip.bottom() + 40)
                break;
            if (std::max(a.y1, a.y2) + 30 >= clip.top())
                paintArrow(p, a, *it == h.selectedArrow, labels, c);
        }
    // The time axis: send moments down the left.
    p.setFont(sized(base, 11));
    p.setPen(c.muted);
    int lastTime = -1000;
    for (auto it = first; it != arrowTopIndex_.end(); ++it) {
        const Arrow& a = arrows_[static_cast<std::size_t>(*it)];
        if (a.y1 > clip.bottom() + 20)
            break;
        if (a.y1 - lastTime < 14)
            continue;
        lastTime = a.y1;
        p.drawText(QRect(4, a.y1 - 8, kTimeW - 10, 16), Qt::AlignRight | Qt::AlignVCenter,
                   axisTime(a.t1));
    }

    if (h.now) {
        const int y = yAt(*h.now);
        if (y >= clip.top() - 2 && y <= clip.bottom() + 2) {
            p.setPen(QPen(c.now, 2));
            p.drawLine(QPointF(kTimeW - 4, y), QPointF(size_.width() - 8, y));
            p.setFont(sized(base, 11, true));
            p.drawText(QRect(4, y - 16, kTimeW, 14), Qt::AlignLeft | Qt::AlignVCenter,
                       axisTime(*h.now));
        }
    }
    if (h.compactHeader) {
        if (clip.top() < headerTop + kCompactHeaderH)
            paintCompactHeader(p, headerTop, c);
    } else if (clip.top() < headerTop + kHeaderH) {
        paintHeader(p, headerTop, c);
    }
    if (cut_ && clip.bottom() >= size_.height() - kBottomPad) {
        p.setPen(c.muted);
        p.setFont(sized(base, 12, true));
        p.drawText(QRect(kTimeW, size_.height() - kBottomPad + 8, size_.width() - kTimeW, 24),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   tr("… the diagram stops after %1 messages; the rest of the run is left out")
                       .arg(options_.maxMessages));
    }
    p.restore();
}

void SequenceDiagram::paintHeader(QPainter& p, int top, const SequenceColors& c) const {
    using namespace metrics;
    const QFont base = p.font();
    p.fillRect(QRect(0, top, size_.width(), kHeaderH), c.background);
    p.setPen(c.ink);
    p.setFont(sized(base, 16, true));
    p.drawText(QRect(16, top + 6, size_.width() - 32, 24), Qt::AlignLeft | Qt::AlignVCenter,
               title_);
    p.setFont(sized(base, 11));
    p.setPen(c.muted);
    p.drawText(QRect(16, top + 6, size_.width() - 32, 24), Qt::AlignRight | Qt::AlignVCenter,
               options_.relative ? tr("TCP sequence numbers: relative")
                                 : tr("TCP sequence numbers: absolute"));
    // Over the time axis, its unit (the event list's "Time (ms)").
    p.drawText(QRect(4, top + kHeaderH - 22, kTimeW - 10, 16), Qt::AlignRight | Qt::AlignVCenter,
               tr("Time (ms)"));
    for (int col = 0; col < static_cast<int>(lifelines_.size()); ++col) {
        const QRect box(columnX(col) - 90, top + 38, 180, 46);
        p.setPen(QPen(c.ink, 1.2));
        p.setBrush(c.headerBox);
        p.drawRoundedRect(box, 6, 6);
        p.setFont(sized(base, 14, true));
        p.drawText(box.adjusted(4, 3, -4, -22), Qt::AlignCenter, names_[col]);
        p.setFont(sized(base, 11));
        p.setPen(c.muted);
        p.drawText(box.adjusted(4, 24, -4, -3), Qt::AlignCenter,
                   p.fontMetrics().elidedText(addresses_[col], Qt::ElideRight, box.width() - 8));
    }
    p.setPen(QPen(c.rule, 1));
    p.drawLine(0, top + kHeaderH - 1, size_.width(), top + kHeaderH - 1);
    p.setBrush(Qt::NoBrush);
}

void SequenceDiagram::paintCompactHeader(QPainter& p, int top, const SequenceColors& c) const {
    using namespace metrics;
    const QFont base = p.font();
    p.fillRect(QRect(0, top, size_.width(), kCompactHeaderH), c.background);
    p.setFont(sized(base, 11));
    p.setPen(c.muted);
    p.drawText(QRect(4, top + 4, kTimeW - 10, kCompactHeaderH - 8),
               Qt::AlignRight | Qt::AlignVCenter, tr("Time (ms)"));
    p.setFont(sized(base, 13, true));
    for (int col = 0; col < static_cast<int>(lifelines_.size()); ++col) {
        const QRect box(columnX(col) - 80, top + 4, 160, kCompactHeaderH - 8);
        p.setPen(QPen(c.ink, 1.2));
        p.setBrush(c.headerBox);
        p.drawRoundedRect(box, 5, 5);
        p.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                   p.fontMetrics().elidedText(names_[col], Qt::ElideRight, box.width() - 8));
    }
    p.setPen(QPen(c.rule, 1));
    p.drawLine(0, top + kCompactHeaderH - 1, size_.width(), top + kCompactHeaderH - 1);
    p.setBrush(Qt::NoBrush);
    p.setFont(base);
}

void SequenceDiagram::paintArrow(QPainter& p, const Arrow& a, bool selected, bool labels,
                                 const SequenceColors& c) const {
    const double x1 = columnX(a.fromColumn);
    const double xFull = columnX(a.toColumn);
    const double x2 = x1 + (xFull - x1) * a.endAt;
    const QColor ink = a.lost             ? c.lost
                       : a.retransmission ? c.retransmit
                       : a.duplicateAck   ? c.duplicateAck
                       : a.reset          ? c.lost
                                          : c.arrow;
    const QPointF from(x1, a.y1), to(x2, a.y2);
    if (labels)
        return paintLabels(p, a, ink, c);
    if (selected) {
        p.setPen(QPen(c.selected, 7, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(from, to);
    }
    p.setPen(QPen(ink, a.lost ? 1.6 : 1.8, a.lost ? Qt::DashLine : Qt::SolidLine));
    p.drawLine(from, to);
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    if (a.lost) {
        p.setPen(QPen(c.lost, 2.6));
        const double r = 7;
        p.drawLine(to + QPointF(-r, -r), to + QPointF(r, r));
        p.drawLine(to + QPointF(-r, r), to + QPointF(r, -r));
    } else {
        QPainterPath head;
        head.moveTo(to);
        head.lineTo(to - QPointF(std::cos(angle - 0.4) * 11, std::sin(angle - 0.4) * 11));
        head.lineTo(to - QPointF(std::cos(angle + 0.4) * 11, std::sin(angle + 0.4) * 11));
        head.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPath(head);
        p.setBrush(Qt::NoBrush);
    }
}

void SequenceDiagram::paintLabels(QPainter& p, const Arrow& a, const QColor& ink,
                                  const SequenceColors& c) const {
    const QFont base = p.font();
    const double x1 = columnX(a.fromColumn);
    const double xFull = columnX(a.toColumn);
    const double x2 = x1 + (xFull - x1) * a.endAt;
    // The label above the arrow, details below, clear of the line wherever it slants
    // under them; nearer the sender, so arrows crossing the other way keep theirs apart.
    const double mx = x1 + (xFull - x1) * 0.3;
    const int w = static_cast<int>(std::abs(xFull - x1)) - 24;
    auto lineY = [&](double x) {
        if (std::abs(x2 - x1) < 1)
            return static_cast<double>(a.y1);
        const double f = std::clamp((x - x1) / (x2 - x1), 0.0, 1.0);
        return a.y1 + (a.y2 - a.y1) * f;
    };
    // The label in bold, then its tag ("duplicate ACK #2") in the same colour.
    const QFont bold = sized(base, 12, true), plain = sized(base, 12);
    const QString tag = a.tag.isEmpty() ? QString() : QStringLiteral("  ") + a.tag;
    const int tagW = QFontMetrics(plain).horizontalAdvance(tag);
    const QString label = QFontMetrics(bold).elidedText(a.label, Qt::ElideRight, w - tagW);
    const int labelW = QFontMetrics(bold).horizontalAdvance(label);
    const double half = (labelW + tagW) / 2.0 + 2;
    const double above = std::min(lineY(mx - half), lineY(mx + half));
    // A white ground under the text: lines passing behind it (other arrows, leaders) stop short.
    const QColor ground = c.labelGround;
    p.fillRect(QRectF(mx - half, above - 18, 2 * half, 15), ground);
    p.setPen(ink);
    p.setFont(bold);
    p.drawText(QRectF(mx - half + 2, above - 19, labelW + 2, 16), Qt::AlignLeft | Qt::AlignBottom,
               label);
    if (!tag.isEmpty()) {
        p.setFont(plain);
        p.drawText(QRectF(mx - half + 2 + labelW, above - 19, tagW + 2, 16),
                   Qt::AlignLeft | Qt::AlignBottom, tag);
    }
    if (!a.detail.isEmpty()) {
        p.setFont(sized(base, 11));
        const QString detail = p.fontMetrics().elidedText(a.detail, Qt::ElideRight, w);
        const double dh = p.fontMetrics().horizontalAdvance(detail) / 2.0 + 2;
        const double below = std::max(lineY(mx - dh), lineY(mx + dh));
        p.fillRect(QRectF(mx - dh, below + 4, 2 * dh, 13), ground);
        p.setPen(a.lost || a.answered ? c.lost : c.muted);
        p.drawText(QRectF(mx - w / 2.0, below + 3, w, 15), Qt::AlignHCenter | Qt::AlignTop, detail);
    }
    p.setFont(base);
}

void SequenceDiagram::paintMark(QPainter& p, const Mark& m, const Highlight& h,
                                const SequenceColors& c) const {
    using namespace metrics;
    const QFont base = p.font();
    const int x = columnX(m.column);
    const bool outerLeft = m.column == 0 && lifelines_.size() > 1;
    const int side = outerLeft ? -1 : 1;
    switch (m.kind) {
    case MarkKind::Gap: {
        p.setPen(QPen(c.muted, 1));
        p.setFont(sized(base, 10));
        const int mid = (m.y + m.y2) / 2;
        p.drawText(QRect(4, mid - 8, kTimeW - 10, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("≈ ") + m.text);
        break;
    }
    case MarkKind::State: {
        if (m.timeWait) {
            const QRectF bar(x + side * 10 - (outerLeft ? 10 : 0), m.y, 10,
                             std::max(4, m.y2 - m.y));
            p.setPen(QPen(c.state, 1));
            p.setBrush(QBrush(c.state, Qt::BDiagPattern));
            p.drawRect(bar);
            p.setBrush(Qt::NoBrush);
            QString text = m.text;
            if (h.now && *h.now >= m.t1 && *h.now < m.t2)
                text = tr("2 MSL: %1 s left").arg(timeToSeconds(m.t2 - *h.now), 0, 'f', 2);
            p.setFont(sized(base, 11, true));
            const int tw = p.fontMetrics().horizontalAdvance(text) + 8;
            const int tx = outerLeft ? static_cast<int>(bar.left()) - tw - 4
                                     : static_cast<int>(bar.right()) + 4;
            p.drawText(QRect(tx, m.y + 22, tw, 16), Qt::AlignCenter, text);
            break;
        }
        p.setFont(sized(base, 11, true));
        const int tw = p.fontMetrics().horizontalAdvance(m.text) + 12;
        const QRect box(outerLeft ? x - 8 - tw : x + 8, m.y - 8, tw, 17);
        p.setPen(QPen(c.state, 1));
        p.setBrush(c.stateFill);
        p.drawRoundedRect(box, 4, 4);
        p.setBrush(Qt::NoBrush);
        p.drawText(box, Qt::AlignCenter, m.text);
        p.drawEllipse(QPointF(x, m.y), 3, 3);
        break;
    }
    case MarkKind::Rtt:
    case MarkKind::Rto:
    case MarkKind::Callout: {
        const int nx = notesX();
        const QColor edge = m.kind == MarkKind::Callout ? c.calloutEdge
                            : m.kind == MarkKind::Rto   ? c.retransmit
                                                        : c.arrow;
        // The moment on the lifeline: an RTT sample's bracket from send to ACK.
        if (m.kind == MarkKind::Rtt) {
            const int bx = x + side * 16;
            p.setPen(QPen(edge, 1.4));
            p.drawLine(QPointF(bx, m.y), QPointF(bx, m.y2));
            p.drawLine(QPointF(bx, m.y), QPointF(bx - side * 5, m.y));
            p.drawLine(QPointF(bx, m.y2), QPointF(bx - side * 5, m.y2));
        } else if (m.kind == MarkKind::Rto) {
            p.setPen(QPen(edge, 1.6));
            p.drawEllipse(QPointF(x + side * 16, m.y), 6, 6);
            p.drawLine(QPointF(x + side * 16, m.y), QPointF(x + side * 16, m.y - 4));
            p.drawLine(QPointF(x + side * 16, m.y), QPointF(x + side * 16 + 3, m.y));
        }
        p.setPen(QPen(edge, 1, Qt::DotLine));
        p.drawLine(QPointF(x + side * 18, m.y2), QPointF(nx, m.noteY + 9));
        const QRect box(nx, m.noteY, kNotesW - 20, m.noteH);
        p.setPen(QPen(edge, 1));
        p.setBrush(m.kind == MarkKind::Callout ? c.callout : c.noteFill);
        p.drawRoundedRect(box, 5, 5);
        p.setBrush(Qt::NoBrush);
        QRect text = box.adjusted(8, 3, -8, -3);
        if (m.kind == MarkKind::Callout) {
            p.setFont(sized(base, 12, true));
            p.setPen(c.calloutTitle);
            const int hh = p.fontMetrics().height();
            p.drawText(text.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, m.title);
            text.setTop(text.top() + hh + 8);
        }
        p.setFont(sized(base, 12));
        p.setPen(c.ink);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m.text);
        break;
    }
    }
    p.setFont(base);
}

int SequenceDiagram::arrowAt(QPoint pt) const {
    auto first = std::lower_bound(
        arrowTopIndex_.begin(), arrowTopIndex_.end(), pt.y() - maxArrowSpan_ - 24,
        [this](int a, int y) { return arrows_[static_cast<std::size_t>(a)].y1 < y; });
    int best = -1;
    double bestD = 9;
    for (auto it = first; it != arrowTopIndex_.end(); ++it) {
        const Arrow& a = arrows_[static_cast<std::size_t>(*it)];
        if (a.y1 > pt.y() + 24)
            break;
        const double x1 = columnX(a.fromColumn), xf = columnX(a.toColumn);
        const double x2 = x1 + (xf - x1) * a.endAt;
        const QPointF d(x2 - x1, a.y2 - a.y1);
        const double len2 = d.x() * d.x() + d.y() * d.y();
        const double u =
            len2 > 0
                ? std::clamp(((pt.x() - x1) * d.x() + (pt.y() - a.y1) * d.y()) / len2, 0.0, 1.0)
                : 0.0;
        const QPointF q(x1 + u * d.x(), a.y1 + u * d.y());
        double dist = std::hypot(pt.x() - q.x(), pt.y() - q.y());
        // The label just above the line counts too.
        if (pt.y() < q.y() && q.y() - pt.y() <= 18 && std::abs(pt.x() - (x1 + xf) / 2) < 140)
            dist = std::min(dist, 4.0);
        if (dist < bestD)
            bestD = dist, best = *it;
    }
    return best;
}

} // namespace ww::sequence
