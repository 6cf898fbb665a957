#pragma once

#include <QString>

namespace ww::cli {

// Columns a terminal gives TEXT: East Asian wide and fullwidth characters (Hangul, CJK) take
// two, combining marks none, everything else one. QTextStream pads by characters, which
// leaves Korean labels short of their column.
int displayWidth(const QString& text);

// TEXT followed by spaces up to `columns` display columns (unchanged if already wider).
QString padToWidth(const QString& text, int columns);

} // namespace ww::cli
