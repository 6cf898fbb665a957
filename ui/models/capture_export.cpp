#include "models/capture_export.h"

#include "lab/lab_builder.h"
#include "models/recorded_run.h"
#include "trace/capture_files.h"

#include <QCoreApplication>
#include <QDir>

namespace ww::ui {

CaptureExportResult exportCapture(const RecordedRun& run,
                                  const std::optional<lab::CapturePoint>& point,
                                  const QString& path) {
    CaptureExportResult result;
    // Only to find each tap's device and port: the events come from the recording.
    const auto net = lab::buildNetwork(run.lab(), run.seed());
    std::vector<CaptureTarget> targets;
    if (point) {
        targets.push_back(lab::captureTarget(*net, *point, path));
    } else {
        if (!QDir().mkpath(path)) {
            result.error =
                QCoreApplication::translate("Capture", "cannot create folder %1").arg(path);
            return result;
        }
        const QDir dir(path);
        const std::vector<QString> names = lab::linkCaptureFileNames(run.lab());
        for (const lab::CapturePoint& p : lab::capturePoints(run.lab()))
            if (p.side == 0)
                targets.push_back(lab::captureTarget(*net, p, dir.filePath(names[p.link])));
    }
    CaptureFiles files;
    if (!files.open(targets, &result.error))
        return result;
    for (const Event& e : run.events())
        files.onEvent(e);
    if (!files.commit(&result.error))
        return result;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        result.files.push_back(targets[i].path);
        result.frames += files.frames(i);
    }
    result.ok = true;
    return result;
}

} // namespace ww::ui
