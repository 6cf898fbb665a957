#pragma once

#include <QStringList>
#include <QTextStream>
#include <optional>

namespace ww::cli {

// `wirewalk [LAB]` before any window exists: LAB must be a lab file or a built-in lab, and
// there must be a display to open the window on. Returns the exit code (2, after a message on
// `err`) when the GUI must not start, nullopt when it may. args excludes the program name.
std::optional<int> checkGuiStart(const QStringList& args, QTextStream& err);

} // namespace ww::cli
