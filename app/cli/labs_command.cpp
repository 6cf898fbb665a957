#include "cli/cli.h"
#include "cli/text_columns.h"
#include "lab/lab_catalog.h"
#include "lab/lab_json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

namespace ww::cli {

int labsCommand(const QStringList& args, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Lists the built-in labs by section of the course notes. Open one with "
               "builtin:NAME."));
    const QCommandLineOption help({"h", "help"},
                                  QCoreApplication::translate("Cli", "Show this help."));
    const QCommandLineOption names(
        "names", QCoreApplication::translate(
                     "Cli", "Print only the labs' names, one a line, in the same order."));
    parser.addOptions({help, names});
    if (auto done = parseCommandLine(parser, QStringLiteral("labs"), args, help, io))
        return *done;
    if (refuseArguments(parser, QStringLiteral("labs"), io))
        return kExitBadInput;
    const auto labs = lab::builtinLabs();
    if (parser.isSet(names)) {
        for (const lab::BuiltinLab& l : labs)
            io.out << l.name << '\n';
        return kExitOk;
    }
    const QString fallback = lab::defaultLabName();
    const std::string language = cliLanguage();
    qsizetype width = 0;
    for (const lab::BuiltinLab& l : labs)
        width = std::max(width, l.name.size());
    QString section = QStringLiteral("-"); // no section id looks like this
    for (const lab::BuiltinLab& l : labs) {
        if (l.section != section) {
            if (section != QLatin1String("-"))
                io.out << '\n';
            section = l.section;
            QString heading = QCoreApplication::translate("Cli", "Other labs");
            for (const lab::LabSection& s : lab::labSections())
                if (s.id == section)
                    heading = lab::sectionTitle(s);
            io.out << heading << '\n';
        }
        io.out << "  " << l.name.leftJustified(width + 2)
               << QString::fromStdString(l.title.in(language));
        if (l.name == fallback)
            io.out << "  " << QCoreApplication::translate("Cli", "(default)");
        io.out << '\n';
    }
    return kExitOk;
}

} // namespace ww::cli
