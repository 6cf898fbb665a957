#include "canvas/presentation_style.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QVariant>

namespace ww::ui {

namespace {
// Dynamic properties on the scene: any QGraphicsScene can carry a style.
constexpr const char* kScaleProperty = "wirewalkPresentationScale";
constexpr const char* kContrastProperty = "wirewalkHighContrast";
constexpr int kScalableKey = 0x5757; // QGraphicsItem::data key: scales with the style
} // namespace

PresentationStyle PresentationStyle::of(const QGraphicsScene* scene) {
    PresentationStyle style;
    if (!scene)
        return style;
    const QVariant scale = scene->property(kScaleProperty);
    if (scale.isValid())
        style.scale = scale.toDouble();
    style.highContrast = scene->property(kContrastProperty).toBool();
    return style;
}

PresentationStyle PresentationStyle::of(const QGraphicsItem* item) {
    return of(item ? item->scene() : nullptr);
}

void PresentationStyle::apply(QGraphicsScene* scene, const PresentationStyle& style) {
    if (!scene)
        return;
    scene->setProperty(kScaleProperty, style.scale);
    scene->setProperty(kContrastProperty, style.highContrast);
    for (QGraphicsItem* item : scene->items())
        if (item->data(kScalableKey).toBool()) {
            item->setScale(style.scale);
            item->update(); // also drops a cached pixmap drawn in the old colours
        }
    scene->update();
}

void PresentationStyle::makeScalable(QGraphicsItem* item) {
    item->setData(kScalableKey, true);
    item->setScale(of(item).scale);
}

} // namespace ww::ui
