#include "cli/command_line.h"

namespace ww::cli {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& command,
                                    const QStringList& args, const QCommandLineOption& help,
                                    Streams io) {
    if (!parser.parse(QStringList{QStringLiteral("wirewalk ") + command} + args)) {
        io.err << parser.errorText() << '\n';
        return kExitBadInput;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return kExitOk;
    }
    return std::nullopt;
}

} // namespace ww::cli
