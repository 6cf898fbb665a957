#pragma once

#include <QString>
#include <QStringList>

namespace ww::cli {

// Columns a terminal gives TEXT: East Asian wide and fullwidth characters (Hangul, CJK) take
// two, combining marks none, everything else one. QTextStream pads by characters, which
// leaves Korean labels short of their column.
int displayWidth(const QString& text);

// TEXT followed by spaces up to `columns` display columns (unchanged if already wider).
QString padToWidth(const QString& text, int columns);

// TEXT broken at spaces into lines of at most `columns` display columns (a word longer
// than that gets a line of its own). Korean text has spaces between words, so the same
// rule wraps both languages.
QStringList wrapToWidth(const QString& text, int columns);

} // namespace ww::cli
