#pragma once

#include <QColor>

class QPalette;

namespace ww::sequence {

// The ladder's colours: the light print theme (exports, and the window when it
// is light), or a dark set when the window's palette is dark, so the on-screen
// diagram is not a white slab in a dark window.
struct SequenceColors {
    QColor background, ink, muted, lifeline, rule;
    QColor arrow, retransmit, duplicateAck, lost;
    QColor state, stateFill;
    QColor callout, calloutEdge, calloutTitle, noteFill;
    QColor now, selected;
    QColor headerBox;
    QColor labelGround; // under a label, so lines behind it stop short
};

// The print theme when `print`; otherwise the print theme for a light `palette`
// and the dark set (on the palette's base and text) for a dark one.
SequenceColors sequenceColors(bool print, const QPalette& palette);
bool isDark(const QPalette& palette);

} // namespace ww::sequence
