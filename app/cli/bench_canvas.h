#pragma once

#include "cli/command_line.h"

#include <QStringList>

namespace ww::cli {

// `wirewalk bench --canvas`: draws a recording of a 200-host lab with about
// 500 frames on the links, through the real TopologyScene and PlaybackOverlay,
// into a QImage while the clock advances, and reports the frame times; then
// times start-up to the first painted window, the real MainWindow against a
// bare QWidget, each in a fresh process. Needs a QApplication (main() makes one
// when needsWidgets() says so); offscreen unless QT_QPA_PLATFORM says otherwise.
bool needsWidgets(const QStringList& args);
int benchCanvasCommand(const QStringList& args, Streams io);
// The child process of the start-up measurement: shows `kind` ("main" or
// "bare"), prints "painted" at its first paint event and quits.
int firstPaintProbe(const QString& kind, Streams io);
// Start-up to first paint, the main window against a bare QWidget (median of fresh processes).
int measureStartup(Streams io);

} // namespace ww::cli
