#include "classroom/lab_browser_thumbnails.h"

#include "export/topology_picture.h"
#include "lab/lab_json.h"

#include <QPainter>
#include <map>
#include <tuple>

namespace ww::ui {

namespace {

QImage draw(const QString& builtinName, QSize size, qreal dpr) {
    const lab::LoadResult loaded = lab::loadLab(QStringLiteral("builtin:") + builtinName);
    if (!loaded.lab)
        return {};
    exporting::ViewOptions options;
    options.printTheme = true;
    const std::optional<exporting::Picture> picture =
        exporting::topologyPictureOf(*loaded.lab, nullptr, options, nullptr);
    if (!picture || picture->size.isEmpty())
        return {};
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // Fitted, centred, never enlarged past the canvas's own size.
    const qreal scale = std::min({qreal(size.width()) / picture->size.width(),
                                  qreal(size.height()) / picture->size.height(), qreal(1)});
    painter.translate((size.width() - picture->size.width() * scale) / 2,
                      (size.height() - picture->size.height() * scale) / 2);
    painter.scale(scale, scale);
    picture->paint(painter);
    return image;
}

} // namespace

QImage labThumbnail(const QString& builtinName, QSize size, qreal devicePixelRatio) {
    using Key = std::tuple<QString, int, int, qreal>;
    static std::map<Key, QImage> cache;
    const Key key{builtinName, size.width(), size.height(), devicePixelRatio};
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.emplace(key, draw(builtinName, size, devicePixelRatio)).first;
    return it->second;
}

} // namespace ww::ui
