#include "cli/gui_start_check.h"

#include "cli/command_line.h"
#include "lab/lab_json.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ww::cli {

namespace {

bool isBuiltinLab(const QString& name) {
    for (const auto& lab : lab::builtinLabs())
        if (lab.name == name)
            return true;
    return false;
}

// Whether Qt will find a screen. Without one, Qt aborts with its "could not load the Qt
// platform plugin" message, which does not say what is wrong; so the CLI says it first.
bool hasDisplay(const QStringList& args) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (const auto at = args.indexOf(QStringLiteral("-platform")); at >= 0)
        platform = args.value(at + 1);
    platform = platform.section(QLatin1Char(':'), 0, 0);
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (platform.isEmpty())
        return x11 || wayland;
    if (platform == QLatin1String("xcb"))
        return x11;
    if (platform.startsWith(QLatin1String("wayland")))
        return wayland;
    return true; // offscreen, vnc, eglfs, linuxfb: no display server needed
#else
    Q_UNUSED(args);
    return true;
#endif
}

} // namespace

std::optional<int> checkGuiStart(const QStringList& args, QTextStream& err) {
    const QString reference = args.value(0);
    if (!reference.isEmpty() && !reference.startsWith(QLatin1Char('-'))) {
        const bool builtin = reference.startsWith(QLatin1String("builtin:"));
        const bool known = builtin ? isBuiltinLab(reference.mid(8)) : QFileInfo(reference).isFile();
        if (!known) {
            err << (builtin
                        ? QCoreApplication::translate("Cli", "wirewalk: no such built-in lab: %1")
                        : QCoreApplication::translate("Cli",
                                                      "wirewalk: no such lab file or command: %1"))
                       .arg(reference)
                << '\n';
            if (!builtin && isBuiltinLab(reference))
                err << QCoreApplication::translate("Cli", "Did you mean builtin:%1?").arg(reference)
                    << '\n';
            err << QCoreApplication::translate("Cli", "'wirewalk --help' lists the commands, "
                                                      "'wirewalk labs' the built-in labs.")
                << '\n';
            return kExitBadInput;
        }
    }
    if (!hasDisplay(args)) {
        err << QCoreApplication::translate(
                   "Cli", "wirewalk: cannot open the window: there is no display (neither "
                          "DISPLAY nor WAYLAND_DISPLAY is set).\n"
                          "Without a display, 'wirewalk run LAB' simulates a lab and prints what "
                          "happened, and 'wirewalk export' draws its views to files.")
            << '\n';
        return kExitBadInput;
    }
    return std::nullopt;
}

} // namespace ww::cli
