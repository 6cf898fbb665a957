#include "cli/command_line.h"

#include <QCoreApplication>

namespace ww::cli {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command,
                                    const QStringList& args, const QCommandLineOption& help,
                                    Streams io) {
    if (!parser.parse(QStringList{QStringLiteral("wirewalk ") + command} + args)) {
        // "-1.2.3.4/8" reads as the short options 1, ., 2, ...: name the word instead.
        const QStringList unknown = parser.unknownOptionNames();
        for (const QString& arg : args) {
            if (arg.size() > 1 && arg.front() == '-' && !arg.startsWith(QLatin1String("--")) &&
                (arg[1].isDigit() || arg[1] == '.') && unknown.contains(arg.mid(1, 1))) {
                io.err << QCoreApplication::translate(
                              "Cli", "%1: '%2' is not an option (options are words such as "
                                     "--help), and no value here starts with '-'")
                              .arg(command, arg)
                       << '\n';
                return kExitBadInput;
            }
        }
        io.err << parser.errorText() << '\n';
        return kExitBadInput;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return kExitOk;
    }
    return std::nullopt;
}

bool refuseArguments(const QCommandLineParser& parser, const QString& command, Streams io) {
    if (parser.positionalArguments().isEmpty())
        return false;
    io.err << QCoreApplication::translate("Cli", "%1 takes no arguments: '%2' is not an option; "
                                                 "see wirewalk %1 --help")
                  .arg(command, parser.positionalArguments().first())
           << '\n';
    return true;
}

std::string cliLanguage() {
    return qEnvironmentVariable("WIREWALK_LANG").toStdString();
}

} // namespace ww::cli
