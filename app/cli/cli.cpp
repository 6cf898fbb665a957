#include "cli/cli.h"

#include "cli/lesson_command.h"
#include "cli/subnet_command.h"
#include "lab/lab_json.h"

#include <QCoreApplication>

namespace ww::cli {

namespace {

void printUsage(QTextStream& out) {
    out << QCoreApplication::translate(
        "Cli", "Usage: wirewalk [LAB]            open the app (default: the built-in default lab)\n"
               "       wirewalk COMMAND [ARGS]\n\n"
               "Commands:\n"
               "  labs      list the built-in labs\n"
               "  run       simulate a lab headless; write pcapng and a JSON Lines trace\n"
               "  subnet    network, broadcast, mask and host range of ADDRESS/PREFIX\n"
               "  bench     measure the engine's speed on a large lab\n"
               "  export    draw a view (topology, encapsulation ...) to SVG, PNG, PDF; --all: "
               "every one\n"
               "  lesson    check LESSON: a lesson file's problems, as File > Open Lesson "
               "finds them\n\n"
               "LAB is a lab file path or builtin:NAME. 'wirewalk COMMAND --help' for details.\n");
}

} // namespace

bool isCommand(const QString& word) {
    static const QStringList commands{"labs", "run",    "subnet", "bench",     "export", "lesson",
                                      "help", "--help", "-h",     "--version", "-v"};
    return commands.contains(word);
}

bool reportIssues(const QString& reference, const std::vector<lab::LabIssue>& issues,
                  QTextStream& err) {
    for (const lab::LabIssue& issue : issues) {
        err << reference << ": ";
        if (!issue.path.isEmpty())
            err << issue.path << ": ";
        err << issue.message << '\n';
    }
    return issues.empty();
}

std::optional<lab::Lab> loadLabOrReport(const QString& reference, QTextStream& err) {
    lab::LoadResult result = lab::loadLab(reference);
    if (result.lab)
        return result.lab;
    reportIssues(reference, result.issues, err);
    return std::nullopt;
}

int runCommand(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    Streams io{out, err};
    if (command == "labs")
        return labsCommand(rest, io);
    if (command == "run")
        return runLabCommand(rest, io);
    if (command == "subnet")
        return runSubnetCommand(rest, out, err);
    if (command == "bench")
        return benchCommand(rest, io);
    if (command == "export")
        return exportCommand(rest, io);
    if (command == "lesson")
        return lessonCommand(rest, io);
    if (command == "--version" || command == "-v") {
        out << "wirewalk " << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    printUsage(out);
    return kExitOk;
}

} // namespace ww::cli
