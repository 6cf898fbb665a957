#pragma once

#include <QColor>
#include <QtGlobal>

class QGraphicsItem;
class QGraphicsScene;

namespace ww::ui {

// How the canvas is drawn: normally, or for a classroom projector (presenter
// mode: everything larger, darker lines, saturated protocol colours). The scene
// carries it, so every item (devices, links, the playback overlay's tokens and
// marks) reads the same style from the scene it is in, and no item needs to be
// told about a window or a mode.
struct PresentationStyle {
    qreal scale = 1.0;         // icons, fonts, tokens and labels grow by this
    bool highContrast = false; // dark text on opaque white, thicker lines, saturated colours

    static PresentationStyle presenter() { return {1.6, true}; }

    // The style `scene` draws with (the normal one when none was set or no scene).
    static PresentationStyle of(const QGraphicsScene* scene);
    static PresentationStyle of(const QGraphicsItem* item);
    // Stores the style on the scene and rescales the items marked scalable.
    static void apply(QGraphicsScene* scene, const PresentationStyle& style);
    // Marks an item to be scaled by apply(), and scales it to its scene's style now.
    static void makeScalable(QGraphicsItem* item);

    qreal lineWidth(qreal normal) const { return normal * scale * (highContrast ? 1.5 : 1.0); }

    bool operator==(const PresentationStyle&) const = default;
};

} // namespace ww::ui
