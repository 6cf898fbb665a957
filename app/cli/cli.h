#pragma once

#include "cli/command_line.h"
#include "lab/lab.h"
#include "lab/lab_json.h"
#include "net/network.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace ww::cli {

// True when argv names a CLI command (then no GUI starts).
bool isCommand(const QString& word);
// Runs `wirewalk COMMAND ARGS...`; args excludes the program name.
int runCommand(const QStringList& args);

// Prints each issue as "REFERENCE: path: message"; true when there were none.
bool reportIssues(const QString& reference, const std::vector<lab::LabIssue>& issues,
                  QTextStream& err);
// Loads LAB (a path or builtin:NAME); on failure prints every issue as
// "LAB: path: message" and returns nullopt.
std::optional<lab::Lab> loadLabOrReport(const QString& reference, QTextStream& err);

// What `run` prints when a run stops on its budget.
QString budgetStopText(const BudgetStop& stop);

int labsCommand(const QStringList& args, Streams io);
int runLabCommand(const QStringList& args, Streams io);
int benchCommand(const QStringList& args, Streams io);
int exportCommand(const QStringList& args, Streams io);

} // namespace ww::cli
