#pragma once

#include "cli/command_line.h"

#include <QStringList>

namespace ww::cli {

// `wirewalk bench --recording [--hosts N]`: records a ping lab of N hosts (400 by
// default) the way the window does (the GUI thread's share, then a worker thread)
// and reports the time, the events and the memory per event, of the recording and
// of the event list built from it.
// `wirewalk bench --startup`: start-up to the first painted window, the main
// window against a bare QWidget, each a fresh process.
bool isWindowBench(const QStringList& args);
int benchWindowCommand(const QStringList& args, Streams io);

} // namespace ww::cli
