#include "cli/cli.h"
#include "lab/lab_json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

namespace ww::cli {

int labsCommand(const QStringList& args, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Lists the built-in labs. Open one with builtin:NAME."));
    const QCommandLineOption help({"h", "help"},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (auto done = parseCommandLine(parser, QStringLiteral("labs"), args, help, io))
        return *done;
    if (refuseArguments(parser, QStringLiteral("labs"), io))
        return kExitBadInput;
    const QString fallback = lab::defaultLabName();
    const auto labs = lab::builtinLabs();
    qsizetype width = 0;
    for (const lab::BuiltinLab& l : labs)
        width = std::max(width, l.name.size());
    for (const lab::BuiltinLab& l : labs) {
        io.out << l.name.leftJustified(width + 2) << l.title;
        if (l.name == fallback)
            io.out << "  " << QCoreApplication::translate("Cli", "(default)");
        io.out << '\n';
    }
    return kExitOk;
}

} // namespace ww::cli
