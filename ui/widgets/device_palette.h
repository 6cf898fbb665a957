#pragma once

#include "document/device_kinds.h"

#include <QListWidget>

namespace ww::ui {

// The kinds of device a student can add. Dragging one onto the canvas drops
// a device there (kDeviceKindMime); double-clicking asks for one at the centre.
class DevicePalette : public QListWidget {
    Q_OBJECT
public:
    explicit DevicePalette(QWidget* parent = nullptr);

    static QMimeData* mimeFor(PaletteKind kind);

Q_SIGNALS:
    void kindActivated(ww::ui::PaletteKind kind);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};

} // namespace ww::ui
