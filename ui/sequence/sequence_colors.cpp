#include "sequence/sequence_colors.h"

#include <QPalette>

namespace ww::sequence {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

SequenceColors printColors() {
    SequenceColors c;
    c.background = Qt::white;
    c.ink = QColor(0x22, 0x2b, 0x36);
    c.muted = QColor(0x6b, 0x74, 0x80);
    c.lifeline = QColor(0x9a, 0xa3, 0xad);
    c.rule = QColor(0xd0, 0xd5, 0xdb);
    c.arrow = QColor(0x1f, 0x4e, 0x8c);
    c.retransmit = QColor(0xc2, 0x5e, 0x00);
    c.duplicateAck = QColor(0x7b, 0x3f, 0xa0);
    c.lost = QColor(0xc6, 0x28, 0x28);
    c.state = QColor(0x1e, 0x6b, 0x3a);
    c.stateFill = QColor(0xe8, 0xf5, 0xec);
    c.callout = QColor(0xfd, 0xf3, 0xd6);
    c.calloutEdge = QColor(0xd8, 0xa4, 0x1c);
    c.calloutTitle = QColor(0x8a, 0x5a, 0x00);
    c.noteFill = QColor(0xf6, 0xf8, 0xfa);
    c.now = QColor(0xff, 0x8f, 0x00);
    c.selected = QColor(0xff, 0xb3, 0x00);
    c.headerBox = QColor(0xe8, 0xee, 0xf5);
    c.labelGround = QColor(255, 255, 255, 220);
    return c;
}

} // namespace

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

SequenceColors sequenceColors(bool print, const QPalette& palette) {
    if (print || !isDark(palette))
        return printColors();
    // Dark: the window's own base and text, greys between them, and the accents
    // lightened so they keep their contrast on a dark ground.
    SequenceColors c;
    c.background = palette.color(QPalette::Base);
    c.ink = palette.color(QPalette::Text);
    c.muted = mix(c.background, c.ink, 0.62);
    c.lifeline = mix(c.background, c.ink, 0.45);
    c.rule = mix(c.background, c.ink, 0.25);
    c.arrow = QColor(0x7c, 0xb3, 0xff);
    c.retransmit = QColor(0xff, 0xa9, 0x4d);
    c.duplicateAck = QColor(0xc9, 0xa2, 0xf2);
    c.lost = QColor(0xff, 0x6b, 0x6b);
    c.state = QColor(0x6f, 0xd6, 0x8c);
    c.stateFill = mix(c.background, c.state, 0.18);
    c.callout = mix(c.background, QColor(0xe0, 0xb9, 0x4a), 0.18);
    c.calloutEdge = QColor(0xe0, 0xb9, 0x4a);
    c.calloutTitle = QColor(0xf2, 0xc9, 0x4c);
    c.noteFill = mix(c.background, c.ink, 0.07);
    c.now = QColor(0xff, 0x9f, 0x1a);
    c.selected = QColor(0xb3, 0x7d, 0x00);
    c.headerBox = mix(c.background, c.arrow, 0.16);
    c.labelGround = c.background;
    c.labelGround.setAlpha(220);
    return c;
}

} // namespace ww::sequence
