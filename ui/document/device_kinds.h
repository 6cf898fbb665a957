#pragma once

#include "lab/lab.h"

#include <QPointF>
#include <QString>
#include <optional>
#include <vector>

namespace ww::ui {

// What the palette offers. Each kind is a lab::Device type plus a role and
// default interfaces; the role also picks the icon on the canvas.
enum class PaletteKind {
    Pc,
    Laptop,
    Switch,
    Router,
    L3Switch,
    DnsServer,
    WebServer,
    InternetRouter
};

// The MIME type a palette drag carries; the data is deviceKindId(kind).
inline constexpr const char* kDeviceKindMime = "application/x-wirewalk-device";

std::vector<PaletteKind> allDeviceKinds();
QString deviceKindId(PaletteKind kind); // "pc", "switch"... stable, for MIME data
std::optional<PaletteKind> deviceKindFromId(const QString& id);
QString deviceKindLabel(PaletteKind kind); // translated, for the palette

// A new device of `kind` at `pos` with a name not yet used in `lab` (PC1, SW2...).
lab::Device makeDevice(PaletteKind kind, const lab::Lab& lab, QPointF pos);

} // namespace ww::ui
