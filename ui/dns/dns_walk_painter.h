#pragma once

#include "dns/dns_walk.h"

#include <QColor>
#include <QRect>
#include <QSize>
#include <limits>
#include <vector>

class QPainter;

namespace ww::ui {

// Draws a DnsWalk as the notes' numbered walk: one lane per participant (browser,
// stub resolver, forwarder, cache DNS server, root, TLD, authoritative), one row per
// step with its number on the arrow and its text beside the diagram. Recursive
// queries are solid, iterative ones dashed, referrals dashed on the way back, and a
// callout sits under the first iterative query (CURRICULUM correction 14). Plain
// QPainter code, so the window, SVG, PNG and PDF draw the same picture.
class DnsWalkPainter {
public:
    struct Colors {
        QColor background, ink, muted, lifeline, laneFill, future, current;
        QColor ask, recursive, iterative, answer, referral, negative;
        QColor calloutFill, calloutLine, shortFill;
    };
    static Colors printColors();
    static Colors windowColors(); // from the application palette (dark themes too)

    DnsWalkPainter(DnsWalk walk, Colors colors);

    QSize size() const { return size_; }
    const DnsWalk& walk() const { return walk_; }
    // Steps whose event is not among the first `applied` are greyed, or left out
    // with `hideFuture`; the last step that happened is marked as the current one.
    void paint(QPainter& p, std::size_t applied = std::numeric_limits<std::size_t>::max(),
               bool hideFuture = false) const;
    // The step drawn at `point` (its diagram row or its text), -1 if none.
    int stepAt(QPoint point) const;
    QRect stepRect(int step) const { return rows_.at(static_cast<std::size_t>(step)); }

    // The texts drawn, in order (title, lanes, steps, callout): for tests and tooltips.
    QString stepText(int step) const;
    static QString laneRoleText(DnsLaneRole role);
    static QString calloutText();

private:
    void layOut();
    int laneX(int lane) const; // centre of a lane
    void paintStep(QPainter& p, int index, bool happened, bool current) const;
    void paintArrow(QPainter& p, const DnsStep& s, int y, const QColor& c) const;

    DnsWalk walk_;
    Colors colors_;
    std::vector<QRect> rows_;    // full-width band of each step
    std::vector<int> textLines_; // wrapped line count of each step's text
    QRect banner_;               // the short-path note (empty when none)
    QRect callout_;              // correction 14 (empty when no iterative query)
    int lanesTop_ = 0;
    int diagramW_ = 0;
    int textX_ = 0;
    QSize size_;
};

} // namespace ww::ui
