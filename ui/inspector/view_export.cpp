#include "inspector/view_export.h"

#include "export/svg_glyphs.h"
#include "io/safe_write.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QXmlStreamWriter>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ww::inspector {

namespace {

// SVG text written as <text font-family="Sans Serif"> with Qt's glyph positions overlaps in
// rsvg-convert and browsers (they pick another font, worst for Korean). So the SVG gets no
// visible text: this engine forwards every drawing call to the QSvgGenerator's painter except
// text, which SvgGlyphs writes as outlines of the glyphs of the font Qt really used (each glyph
// once, then <use>d). QSvgGenerator only gets a marker <text> where the run goes, so the
// outlines keep their place in the painting order and the state (transform, clip) around them;
// writeSvg swaps the markers for the runs. The SVG then looks like the PNG export everywhere.
// Each string is also remembered, with where it was drawn, for an invisible text layer that
// keeps the SVG searchable and readable aloud.
class OutlineEngine : public QPaintEngine {
public:
    struct Text {
        QString text;
        QPointF at, end;      // baseline start and end, in the painter's coordinates
        QTransform transform; // to SVG coordinates (a rotated label keeps its rotation)
        qreal pixelSize = 0;
    };
    static constexpr QLatin1StringView kMarker{"wwrun:"};

    explicit OutlineEngine(QPainter* target)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , target_(target) {}

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    const std::vector<Text>& texts() const { return texts_; }
    const std::vector<QByteArray>& runs() const { return runs_; }
    const SvgGlyphs& glyphs() const { return glyphs_; }
    int outlinedRuns() const { return outlinedRuns_; }

    void updateState(const QPaintEngineState& s) override {
        const auto f = s.state();
        if (f & DirtyTransform) {
            transform_ = s.transform();
            target_->setTransform(transform_);
        }
        if (f & DirtyPen)
            target_->setPen(s.pen());
        if (f & DirtyBrush)
            target_->setBrush(s.brush());
        if (f & DirtyBrushOrigin)
            target_->setBrushOrigin(s.brushOrigin());
        if (f & DirtyBackground)
            target_->setBackground(s.backgroundBrush());
        if (f & DirtyBackgroundMode)
            target_->setBackgroundMode(s.backgroundMode());
        if (f & DirtyFont)
            target_->setFont(s.font());
        if (f & DirtyHints)
            target_->setRenderHints(s.renderHints());
        if (f & DirtyOpacity)
            target_->setOpacity(s.opacity());
        if (f & DirtyCompositionMode)
            target_->setCompositionMode(s.compositionMode());
        // QPainter hands clips over in the transform current when they were set (it replays
        // them with DirtyTransform on restore), so the transform above comes first.
        if (f & DirtyClipRegion)
            setClip(s.clipOperation(),
                    [&](Qt::ClipOperation op) { target_->setClipRegion(s.clipRegion(), op); });
        if (f & DirtyClipPath)
            setClip(s.clipOperation(),
                    [&](Qt::ClipOperation op) { target_->setClipPath(s.clipPath(), op); });
        if (f & DirtyClipEnabled)
            target_->setClipping(s.isClipEnabled());
    }

    void drawPath(const QPainterPath& path) override { target_->drawPath(path); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override {
        if (mode == PolylineMode)
            target_->drawPolyline(points, count);
        else
            target_->drawPolygon(points, count,
                                 mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    }
    void drawPixmap(const QRectF& r, const QPixmap& pm, const QRectF& sr) override {
        target_->drawPixmap(r, pm, sr);
    }
    void drawImage(const QRectF& r, const QImage& image, const QRectF& sr,
                   Qt::ImageConversionFlags flags) override {
        target_->drawImage(r, image, sr, flags);
    }
    void drawTiledPixmap(const QRectF& r, const QPixmap& pixmap, const QPointF& s) override {
        target_->drawTiledPixmap(r, pixmap, s);
    }
    // Rects, lines, ellipses and points: QPaintEngine's defaults make paths and polygons.

    void drawTextItem(const QPointF& p, const QTextItem& item) override {
        // Qt draws a line in runs (one per script and font): a run that starts where the last
        // one ended on the same baseline, drawn with the same transform, continues its string.
        // Compared before the transform, so a rotated label stays one string too.
        const QPointF end = p + QPointF(item.width(), 0);
        if (!texts_.empty() && texts_.back().transform == transform_ &&
            std::abs(texts_.back().at.y() - p.y()) < 0.5 &&
            std::abs(texts_.back().end.x() - p.x()) < 1.0) {
            texts_.back().text += item.text();
            texts_.back().end = end;
        } else {
            const qreal scale = std::sqrt(std::abs(transform_.determinant()));
            texts_.push_back(
                {item.text(), p, end, transform_, QFontInfo(item.font()).pixelSize() * scale});
        }
        const auto run = glyphs_.run(item.text(), item.font(), paintDevice(), p,
                                     painter()->pen().color(), item.width());
        if (!run) { // laid out in a font other than Qt's: outline what Qt drew (slower)
            ++outlinedRuns_;
            QPaintEngine::drawTextItem(p, item); // filled paths, through drawPath
            return;
        }
        if (run->isEmpty())
            return;
        runs_.push_back(*run);
        target_->drawText(p, kMarker + QString::number(runs_.size() - 1));
    }

private:
    template <typename Apply> void setClip(Qt::ClipOperation op, Apply apply) {
        if (op == Qt::NoClip)
            target_->setClipping(false);
        else
            apply(op);
    }

    QPainter* target_;
    QTransform transform_;
    std::vector<Text> texts_;
    SvgGlyphs glyphs_;
    std::vector<QByteArray> runs_;
    int outlinedRuns_ = 0;
};

// Paints through OutlineEngine; metrics as a QImage has them, so fonts get the same pixel
// sizes as in the PNG export.
class OutlineDevice : public QPaintDevice {
public:
    OutlineDevice(QSize size, QPainter* target)
        : size_(size)
        , engine_(target) {}
    QPaintEngine* paintEngine() const override { return &engine_; }
    const OutlineEngine& engine() const { return engine_; }

protected:
    int metric(PaintDeviceMetric m) const override {
        static const QImage reference(1, 1, QImage::Format_ARGB32_Premultiplied);
        switch (m) {
        case PdmWidth:
            return size_.width();
        case PdmHeight:
            return size_.height();
        case PdmWidthMM:
            return qRound(size_.width() * 25.4 / reference.logicalDpiX());
        case PdmHeightMM:
            return qRound(size_.height() * 25.4 / reference.logicalDpiY());
        case PdmDpiX:
            return reference.logicalDpiX();
        case PdmDpiY:
            return reference.logicalDpiY();
        case PdmPhysicalDpiX:
            return reference.physicalDpiX();
        case PdmPhysicalDpiY:
            return reference.physicalDpiY();
        case PdmNumColors:
            return reference.colorCount();
        case PdmDepth:
            return reference.depth();
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return QPaintDevice::metric(m);
    }

private:
    QSize size_;
    mutable OutlineEngine engine_;
};

// The strings as fully transparent <text>: found by search and screen readers, never seen.
QByteArray invisibleTextLayer(const std::vector<OutlineEngine::Text>& texts) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("text"));
    xml.writeAttribute(QStringLiteral("fill-opacity"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("stroke"), QStringLiteral("none"));
    for (const auto& t : texts) {
        const QString text = t.text.trimmed();
        if (text.isEmpty())
            continue;
        const QPointF at = t.transform.map(t.at);
        const QString x = QString::number(at.x(), 'f', 1), y = QString::number(at.y(), 'f', 1);
        xml.writeStartElement(QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("x"), x);
        xml.writeAttribute(QStringLiteral("y"), y);
        const double degrees = qRadiansToDegrees(std::atan2(t.transform.m12(), t.transform.m11()));
        if (std::abs(degrees) > 0.05)
            xml.writeAttribute(
                QStringLiteral("transform"),
                QStringLiteral("rotate(%1 %2 %3)").arg(QString::number(degrees, 'f', 1), x, y));
        xml.writeAttribute(QStringLiteral("font-size"), QString::number(t.pixelSize, 'f', 1));
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return out + '\n';
}

// QSvgGenerator's output with each marker <text> replaced by its glyph run, the glyphs'
// <defs> before the first drawing and the invisible text layer last. Empty if the
// output is not what QSvgGenerator writes.
QByteArray withGlyphRuns(const QByteArray& svg, const OutlineEngine& engine) {
    const auto firstGroup = svg.indexOf("\n<g ");
    const auto close = svg.lastIndexOf("</svg>");
    if (firstGroup < 0 || close < firstGroup)
        return {};
    QByteArray out;
    out.reserve(svg.size() + engine.glyphs().glyphCount() * 400);
    out += QByteArrayView(svg).first(firstGroup + 1);
    out += engine.glyphs().defs();
    const QByteArray marker = "<text ";
    qsizetype at = firstGroup + 1;
    while (true) {
        const auto text = svg.indexOf(marker, at);
        if (text < 0 || text > close)
            break;
        const auto contentStart = svg.indexOf('>', text);
        const auto contentEnd = svg.indexOf("</text>", text);
        if (contentStart < 0 || contentEnd < contentStart)
            return {};
        const QByteArray content = svg.mid(contentStart + 1, contentEnd - contentStart - 1);
        bool ok = false;
        const auto index =
            content.startsWith(OutlineEngine::kMarker.latin1())
                ? content.mid(OutlineEngine::kMarker.size()).trimmed().toULongLong(&ok)
                : 0;
        if (!ok || index >= engine.runs().size())
            return {}; // only markers are drawn as text
        out += QByteArrayView(svg).sliced(at, text - at);
        out += engine.runs()[index];
        at = contentEnd + qsizetype(sizeof "</text>") - 1;
    }
    out += QByteArrayView(svg).sliced(at, close - at);
    out += invisibleTextLayer(engine.texts());
    out += QByteArrayView(svg).sliced(close);
    return out;
}

bool writeSvg(QSize size, const std::function<void(QPainter&)>& paint, const QString& title,
              QIODevice& file) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiX());
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("Wirewalk"));
    QPainter target;
    if (!target.begin(&svg))
        return false;
    OutlineDevice device(size, &target);
    QPainter p;
    if (!p.begin(&device))
        return false;
    paint(p);
    p.end();
    target.end();
    const QByteArray bytes = withGlyphRuns(buffer.data(), device.engine());
    if (bytes.isEmpty())
        return false;
    return file.write(bytes) == bytes.size();
}

} // namespace

QSize pngPixelSize(QSize size, double scale) {
    return QSize(std::max(1, int(std::ceil(size.width() * scale))),
                 std::max(1, int(std::ceil(size.height() * scale))));
}

double maxPngScale(QSize size) {
    const double w = std::max(1, size.width()), h = std::max(1, size.height());
    return std::min({kMaxPngSide / w, kMaxPngSide / h, std::sqrt(kMaxPngPixels / (w * h))});
}

std::optional<ExportFormat> exportFormatFromName(const QString& name) {
    const QString n = name.toLower();
    if (n == "svg")
        return ExportFormat::Svg;
    if (n == "png")
        return ExportFormat::Png;
    if (n == "pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

bool exportView(QSize size, const std::function<void(QPainter&)>& paint, ExportFormat format,
                const QString& path, const QString& title, QString* error, double pngScale) {
    // SafeWrite: a full disk or a device such as /dev/full is reported with the
    // system's reason, and a failed export leaves the old file in place.
    SafeWrite file(path);
    auto fail = [&](const QString& why) {
        if (error)
            *error =
                QCoreApplication::translate("ViewExport", "cannot write %1: %2").arg(path, why);
        file.cancel();
        return false;
    };
    if (!file.open(error))
        return false;
    switch (format) {
    case ExportFormat::Svg:
        if (!writeSvg(size, paint, title, file))
            return fail(QStringLiteral("SVG"));
        break;
    case ExportFormat::Png: {
        if (pngScale > maxPngScale(size)) {
            const QSize pixels = pngPixelSize(size, pngScale);
            return fail(QCoreApplication::translate(
                            "ViewExport", "a %1 x %2 pixel PNG is too large (scale %3; at most "
                                          "%4 for this view)")
                            .arg(pixels.width())
                            .arg(pixels.height())
                            .arg(pngScale)
                            .arg(std::floor(maxPngScale(size) * 10) / 10));
        }
        QImage image(pngPixelSize(size, pngScale), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) // too large to allocate
            return fail(QStringLiteral("PNG"));
        // QPainter takes a device pixel ratio below 1 as 1 (it would crop to the top-left
        // corner): a smaller PNG scales the painter instead.
        image.setDevicePixelRatio(std::max(pngScale, 1.0));
        image.fill(Qt::white);
        QPainter p(&image);
        if (pngScale < 1)
            p.scale(pngScale, pngScale);
        paint(p);
        p.end();
        if (!image.save(&file, "PNG"))
            return fail(QStringLiteral("PNG"));
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Wirewalk"));
        pdf.setResolution(96); // one view pixel is one PDF pixel at 96 dpi
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(),
                                  QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf))
            return fail(QStringLiteral("PDF"));
        paint(p);
        p.end();
        break;
    }
    }
    return file.commit(error);
}

} // namespace ww::inspector
