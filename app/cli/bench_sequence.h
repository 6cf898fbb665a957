#pragma once

#include "cli/command_line.h"

#include <QStringList>

namespace ww::cli {

// `wirewalk bench --sequence`: times the sequence diagram of the tcp-loss lab:
// building it, exporting its first 1,000 messages to SVG and PDF, and frame
// times while its view scrolls through the whole run offscreen.
int benchSequenceCommand(const QStringList& args, Streams io);

} // namespace ww::cli
