#include "cli/lesson_command.h"

#include "classroom/misconception_callouts.h"
#include "cli/cli.h"
#include "lesson/lesson_json.h"
#include "lesson/lesson_steps.h"
#include "models/recorded_run.h"
#include "windows/playback_setup.h"

#include <QCoreApplication>

namespace ww::cli {

namespace {

int check(const QString& reference, Streams io) {
    const lesson::LessonLoadResult loaded = lesson::loadLesson(reference);
    if (!reportIssues(reference, loaded.issues, io.err))
        return kExitBadInput;
    const lesson::Lesson& lesson = *loaded.lesson;
    const QString labReference = QString::fromStdString(lesson.lab);
    const lab::LoadResult lab = lesson::loadLessonLab(lesson, reference);
    // The lab's own problems come under the lesson's "lab" key ("lab: devices[0].name: ...").
    if (!reportIssues(reference, lab.issues, io.err))
        return kExitBadInput;
    // Recorded as the window records a lesson's lab (LessonSetup::openLesson): seed 1,
    // the window's budget; the steps are looked for in that recording.
    const ui::RecordedRun run =
        ui::RecordedRun::record(*lab.lab, 1, {}, ui::PlaybackSetup::recordingBudget());
    const lesson::ResolvedSteps steps =
        lesson::resolveSteps(lesson, run.events(), ui::deviceNamesOf(run), run.duration());
    if (!reportIssues(reference, steps.issues, io.err))
        return kExitBadInput;
    io.out << QCoreApplication::translate("Cli",
                                          "%1: lesson %2 is fine; steps: %3, on %4, each at its "
                                          "moment")
                  .arg(reference, QString::fromStdString(lesson.name))
                  .arg(lesson.steps.size())
                  .arg(labReference)
           << '\n';
    return kExitOk;
}

} // namespace

int lessonCommand(const QStringList& args, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "check LESSON: checks a lesson file (or builtin:NAME) as File > Open Lesson… "
               "does: its keys and values, its lab, and that every step finds its event in a "
               "recorded run of the lab. Prints each problem with its path (steps[2].at) and "
               "exits 2, or prints one line and exits 0 when the lesson would open."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("check"),
                                 QCoreApplication::translate("Cli", "What to do: check."));
    parser.addPositionalArgument(
        QStringLiteral("LESSON"),
        QCoreApplication::translate("Cli", "A lesson file, or builtin:NAME."));
    if (const auto done = parseCommandLine(parser, QStringLiteral("lesson"), args, help, io))
        return *done;
    const QStringList words = parser.positionalArguments();
    if (words.value(0) != QLatin1String("check")) {
        io.err << (words.isEmpty()
                       ? QCoreApplication::translate("Cli", "lesson: what to do is missing; "
                                                            "try: wirewalk lesson check LESSON")
                       : QCoreApplication::translate("Cli", "lesson: '%1' is not a lesson "
                                                            "command; the one there is: check")
                             .arg(words.value(0)))
               << '\n';
        return kExitBadInput;
    }
    if (words.size() != 2) {
        io.err << QCoreApplication::translate(
                      "Cli", "lesson check: takes one lesson file or builtin:NAME, not %1")
                      .arg(words.size() - 1)
               << '\n';
        return kExitBadInput;
    }
    return check(words[1], io);
}

} // namespace ww::cli
