#include "export/svg_glyphs.h"

#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QPainterPath>
#include <QTextLayout>
#include <charconv>
#include <cmath>

namespace ww::inspector {

namespace {

// A coordinate with two decimals at most ("12.5", "-3", "0.25"): a hundredth of a
// pixel is finer than any renderer shows, and fixed precision is much faster than
// the shortest exact form QTextStream looks for.
void appendNumber(QByteArray& out, double v) {
    char buffer[32];
    v = std::round(v * 100) / 100;
    if (v == 0)
        v = 0; // no "-0"
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 2);
    if (ec != std::errc())
        return;
    while (end[-1] == '0')
        --end;
    if (end[-1] == '.')
        --end;
    out.append(buffer, end - buffer);
}

// SVG path data of a glyph outline (QPainterPath: moves, lines and cubic curves).
QByteArray pathData(const QPainterPath& path) {
    QByteArray d;
    d.reserve(path.elementCount() * 12);
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            d += 'M';
            break;
        case QPainterPath::LineToElement:
            d += 'L';
            break;
        case QPainterPath::CurveToElement:
            d += 'C';
            break;
        case QPainterPath::CurveToDataElement:
            d += ' ';
            break;
        }
        appendNumber(d, e.x);
        d += ' ';
        appendNumber(d, e.y);
    }
    return d;
}

} // namespace

int SvgGlyphs::idOf(const QRawFont& font, quint32 glyph) {
    const auto key = std::make_pair(font, glyph);
    if (const auto it = ids_.constFind(key); it != ids_.cend())
        return *it;
    const QPainterPath outline = font.pathForGlyph(glyph);
    if (outline.isEmpty()) { // a space
        ids_.insert(key, -1);
        return -1;
    }
    const int id = next_++;
    ids_.insert(key, id);
    paths_ += "<path id=\"g" + QByteArray::number(id) + "\" d=\"" + pathData(outline) + "\"/>\n";
    return id;
}

std::optional<QByteArray> SvgGlyphs::run(const QString& text, const QFont& font,
                                         const QPaintDevice* device, QPointF origin,
                                         const QColor& color, qreal width) {
    QTextLayout layout(text, font, const_cast<QPaintDevice*>(device));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return QByteArray();
    if (std::abs(line.horizontalAdvance() - width) > 0.5)
        return std::nullopt;
    QByteArray uses;
    const double baseline = line.ascent(); // glyph positions are from the line's top
    for (const QGlyphRun& glyphs : layout.glyphRuns()) {
        const QRawFont raw = glyphs.rawFont();
        const QList<quint32> indexes = glyphs.glyphIndexes();
        const QList<QPointF> positions = glyphs.positions();
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            const int id = idOf(raw, indexes[i]);
            if (id < 0)
                continue;
            uses += "<use xlink:href=\"#g" + QByteArray::number(id) + "\" x=\"";
            appendNumber(uses, origin.x() + positions[i].x());
            uses += "\" y=\"";
            appendNumber(uses, origin.y() + positions[i].y() - baseline);
            uses += "\"/>";
        }
    }
    if (uses.isEmpty())
        return QByteArray();
    QByteArray g = "<g fill=\"" + color.name(QColor::HexRgb).toLatin1() + '"';
    if (color.alpha() != 255) {
        g += " fill-opacity=\"";
        appendNumber(g, color.alphaF());
        g += '"';
    }
    return g + " stroke=\"none\">" + uses + "</g>\n";
}

QByteArray SvgGlyphs::defs() const {
    return "<defs id=\"glyphs\">\n" + paths_ + "</defs>\n";
}

} // namespace ww::inspector
