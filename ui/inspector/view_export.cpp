#include "inspector/view_export.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace ww::inspector {

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
                const QString& path, const QString& title, QString* error) {
    QSaveFile file(path);
    auto fail = [&](const QString& why) {
        if (error)
            *error =
                QCoreApplication::translate("ViewExport", "cannot write %1: %2").arg(path, why);
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    switch (format) {
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("Wirewalk"));
        QPainter p;
        if (!p.begin(&svg))
            return fail(QStringLiteral("SVG"));
        paint(p);
        p.end();
        break;
    }
    case ExportFormat::Png: {
        constexpr int kScale = 2;
        QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(kScale);
        image.fill(Qt::white);
        QPainter p(&image);
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
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace ww::inspector
