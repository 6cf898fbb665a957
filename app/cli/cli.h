#pragma once

#include "lab/lab.h"

#include <QStringList>
#include <QTextStream>
#include <optional>

namespace ww::cli {

// Exit codes: 0 success, 1 the run itself failed (e.g. cannot write a file),
// 2 bad input (usage, lab file, address).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

struct Streams {
    QTextStream& out;
    QTextStream& err;
};

// True when argv names a CLI command (then no GUI starts).
bool isCommand(const QString& word);
// Runs `wirewalk COMMAND ARGS...`; args excludes the program name.
int runCommand(const QStringList& args);

// Loads LAB (a path or builtin:NAME); on failure prints every issue as
// "LAB: path: message" and returns nullopt.
std::optional<lab::Lab> loadLabOrReport(const QString& reference, QTextStream& err);

int labsCommand(const QStringList& args, Streams io);
int runLabCommand(const QStringList& args, Streams io);
int benchCommand(const QStringList& args, Streams io);

} // namespace ww::cli
