#pragma once

#include "cli/command_line.h"

#include <QStringList>

namespace ww::cli {

// `wirewalk lesson check LESSON` (a file or builtin:NAME), for lesson authors: the
// checks File > Open Lesson… makes, in the same order and with the same loaders (the
// lesson's form, its lab, then each step's event in a run recorded as the window
// records it). Every problem is printed as "LESSON: path: message" (exit 2); a
// lesson that would open gets a one-line summary (exit 0).
int lessonCommand(const QStringList& args, Streams io);

} // namespace ww::cli
