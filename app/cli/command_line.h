#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>
#include <string>

namespace ww::cli {

// Exit codes, the same for every command (README "Exit codes"):
// 0 done; 1 a file could not be written (its name and the system's reason are
// printed); 2 bad input (usage, lab file, address, option value, run budget);
// 3 the engine broke a rule of its own (a conservation check failed: a bug).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; // input/output: a file could not be written
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitInternal = 3;

struct Streams {
    QTextStream& out;
    QTextStream& err;
};

// Parses `wirewalk COMMAND ARGS`: returns an exit code when the command is
// done already (usage error: 2, with the message; --help: 0, with the help),
// nullopt when it should run.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command,
                                    const QStringList& args, const QCommandLineOption& help,
                                    Streams io);
// The language the CLI speaks (WIREWALK_LANG, as main.cpp's translator; empty: English),
// for LocalText::in() on a lab's title and description.
std::string cliLanguage();
// For a command that takes no arguments: false (message printed, exit 2) when some were given.
bool refuseArguments(const QCommandLineParser& parser, const QString& command, Streams io);

} // namespace ww::cli
