#pragma once

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QRawFont>
#include <optional>
#include <utility>

class QColor;
class QFont;
class QPaintDevice;
class QString;

namespace ww::inspector {

// Text for an SVG as glyph outlines that every renderer draws alike (no font
// lookup in rsvg-convert or a browser, so Korean stays intact), written
// compactly: each distinct glyph of each font once as a <path> in <defs>, each
// use of it as a <use> at its position. Outlining every glyph again as a path
// made a 1,000-arrow diagram take over a second, nearly all of it in writing
// the same coordinates over and over.
class SvgGlyphs {
public:
    // `text` laid out in `font` (as `device` measures it) with its baseline starting at
    // `origin`: a <g> filled with `color` holding one <use> a glyph. Empty for blank text.
    // nullopt when the layout is not `width` wide: Qt drew the run in another font (in a
    // line that mixes scripts, digits after Hangul come from the Korean font), so the
    // caller must outline what Qt drew instead.
    std::optional<QByteArray> run(const QString& text, const QFont& font,
                                  const QPaintDevice* device, QPointF origin, const QColor& color,
                                  qreal width);
    // <defs> with the outline of every glyph used so far.
    QByteArray defs() const;
    int glyphCount() const { return next_; }

private:
    int idOf(const QRawFont& font, quint32 glyph); // -1: nothing to draw (a space)

    QHash<std::pair<QRawFont, quint32>, int> ids_;
    int next_ = 0;
    QByteArray paths_;
};

} // namespace ww::inspector
