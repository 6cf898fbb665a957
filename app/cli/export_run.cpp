#include "cli/export_run.h"

#include "export/batch_export.h"
#include "export/view_catalog.h"
#include "models/recorded_run.h"

#include <QCoreApplication>
#include <QDir>
#include <cmath>

namespace ww::cli {

namespace {

// The IDs a view accepts; an unknown one is refused with the list, before drawing.
bool checkConversation(const ui::RecordedRun& run, const ExportRequest& request,
                       const exporting::ViewEntry& view, QTextStream& err) {
    if (request.options.conversation.isEmpty() || !view.conversations)
        return true;
    const QStringList ids = view.conversations(run);
    if (ids.contains(request.options.conversation))
        return true;
    err << (ids.isEmpty()
                ? QCoreApplication::translate(
                      "Cli", "--conversation: '%1': the %2 view has no conversation to draw in "
                             "this run")
                      .arg(request.options.conversation, view.key)
                : QCoreApplication::translate(
                      "Cli", "--conversation: '%1' is not a conversation of this run; the %2 "
                             "view accepts: %3")
                      .arg(request.options.conversation, view.key, ids.join(QStringLiteral(", "))))
        << '\n';
    return false;
}

} // namespace

int exportOneView(const ui::RecordedRun& run, const ExportRequest& request,
                  const exporting::ViewEntry& view, Streams io) {
    if (!checkConversation(run, request, view, io.err))
        return kExitBadInput;
    QString problem;
    const std::optional<exporting::Picture> picture = view.picture(run, request.options, &problem);
    if (!picture) {
        io.err << problem << '\n';
        return kExitBadInput;
    }
    if (request.format == inspector::ExportFormat::Png &&
        request.pngScale > inspector::maxPngScale(picture->size)) {
        const QSize pixels = inspector::pngPixelSize(picture->size, request.pngScale);
        io.err << QCoreApplication::translate(
                      "Cli", "--scale: %1 makes a %2 x %3 pixel PNG of this view; at most %4 here")
                      .arg(request.pngScale)
                      .arg(pixels.width())
                      .arg(pixels.height())
                      .arg(std::floor(inspector::maxPngScale(picture->size) * 10) / 10)
               << '\n';
        return kExitBadInput;
    }
    QString error;
    if (!exporting::writePicture(*picture, request.format, request.output, request.pngScale,
                                 &error)) {
        io.err << error << '\n';
        return kExitFailure;
    }
    io.out << QCoreApplication::translate("Cli", "Wrote %1").arg(request.output) << '\n';
    return kExitOk;
}

int exportEveryView(const ui::RecordedRun& run, const ExportRequest& request,
                    const exporting::ViewCatalog& catalog, Streams io) {
    const exporting::BatchResult result =
        exporting::exportAll(catalog, run, request.output, request.format, request.pngScale);
    for (const QString& p : result.problems)
        io.err << QCoreApplication::translate("Cli", "not drawn: %1").arg(p) << '\n';
    if (!result.error.isEmpty()) {
        io.err << result.error << '\n';
        return kExitFailure;
    }
    io.out << QCoreApplication::translate("Cli",
                                          "Wrote %n diagram(s) and index.html, index.txt "
                                          "to %1",
                                          nullptr, int(result.written.size()))
                  .arg(QDir::toNativeSeparators(request.output))
           << '\n';
    return result.problems.isEmpty() ? kExitOk : kExitFailure;
}

int listConversations(const ui::RecordedRun& run, const ExportRequest& request,
                      const exporting::ViewCatalog& catalog, Streams io) {
    // The view's own list; for a view without conversations, the first view's that has one.
    const exporting::ViewEntry* view = catalog.find(request.view);
    if (!view || !view->conversations) {
        view = nullptr;
        for (const exporting::ViewEntry& e : catalog.entries())
            if (e.conversations && !view)
                view = &e;
    }
    if (!view) {
        io.err << QCoreApplication::translate(
                      "Cli", "--list-conversations: no view of this build draws conversations")
               << '\n';
        return kExitBadInput;
    }
    for (const QString& id : view->conversations(run))
        io.out << id << '\n';
    return kExitOk;
}

} // namespace ww::cli
