#pragma once

#include <QStringList>
#include <QTextStream>

namespace ww::cli {

// `wirewalk subnet ADDRESS[/PREFIX|/MASK] [--json]`; returns the exit code.
int runSubnetCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace ww::cli
