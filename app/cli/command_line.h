#pragma once

#include <QCommandLineParser>
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

// Parses `wirewalk COMMAND ARGS`: returns an exit code when the command is
// done already (usage error: 2, with the message; --help: 0, with the help),
// nullopt when it should run.
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command,
                                    const QStringList& args, const QCommandLineOption& help,
                                    Streams io);

} // namespace ww::cli
