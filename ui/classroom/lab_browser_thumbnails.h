#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace ww::ui {

// A built-in lab's topology drawn small (the export's topology picture, light
// theme), for the lab browser and the start page. Drawn on first use and kept
// for the rest of the session: the built-in labs never change while it runs.
// A null image when the lab cannot be loaded or has nothing to draw.
QImage labThumbnail(const QString& builtinName, QSize size, qreal devicePixelRatio);

} // namespace ww::ui
