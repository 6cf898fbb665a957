#pragma once

#include <QSize>
#include <QString>
#include <functional>
#include <optional>

class QPainter;

namespace ww::inspector {

enum class ExportFormat { Svg, Png, Pdf };

// "svg", "png", "pdf" (any case); nullopt for anything else.
std::optional<ExportFormat> exportFormatFromName(const QString& name);

// Paints a view of `size` (logical pixels) into FILE as SVG (vectors; text as
// glyph outlines so every renderer shows what the app shows, plus an invisible
// text layer for search and screen readers), PNG (at `pngScale` times the size, default twice:
// sharp on a projector) or PDF (one page the size of the view). Written atomically: on failure
// nothing is left behind and `error` says why.
bool exportView(QSize size, const std::function<void(QPainter&)>& paint, ExportFormat format,
                const QString& path, const QString& title, QString* error, double pngScale = 2.0);

// The pixel size of a PNG export of a view of `size` at `scale` (rounded up, at least 1x1).
QSize pngPixelSize(QSize size, double scale);
// The largest PNG scale for a view of `size`: at most kMaxPngSide pixels a side and
// kMaxPngPixels in all (a 10x story would need over a gigabyte of memory).
inline constexpr int kMaxPngSide = 16384;
inline constexpr double kMaxPngPixels = 100e6;
double maxPngScale(QSize size);

} // namespace ww::inspector
