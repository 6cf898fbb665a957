#pragma once

#include "sim/time.h"

#include <QSize>
#include <QString>
#include <cstdint>
#include <functional>
#include <optional>

class QPainter;

namespace ww::exporting {

// What `wirewalk export --view V` (and the GUI's Export View) asks of a view.
// Every field is optional; a view ignores what does not apply to it.
struct ViewOptions {
    QString conversation;               // --conversation ID ("" = the view's default)
    std::optional<std::uint64_t> event; // --event N: the event to show or mark
    std::optional<SimTime> until;       // --until T: draw the run up to this moment
    std::optional<std::uint64_t> query; // --query N: the DNS walkthrough's Nth lookup (1-based)
    bool printTheme = true;             // light print colours (exports); false = the window's
};

// A view drawn headless: its size in logical pixels and how to paint it at
// that size. inspector::exportView() turns it into SVG, PNG or PDF.
struct Picture {
    QString title; // the document title written into SVG/PDF
    QSize size;
    std::function<void(QPainter&)> paint;
};

} // namespace ww::exporting
