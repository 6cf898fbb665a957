#pragma once

#include "lab/capture_points.h"

#include <QString>
#include <optional>
#include <vector>

namespace ww::ui {

class RecordedRun;

struct CaptureExportResult {
    bool ok = false;
    QString error;              // "cannot write PATH: reason" when !ok
    std::vector<QString> files; // what was written
    std::uint64_t frames = 0;   // in all files together
};

// Writes what a capture point saw during `run` to the pcapng file `path`, or, with
// no point, every link (each at its first end) into the folder `path` as
// <link name>.pcapng (lab/capture_points.h says how names are made safe). The
// same files as `wirewalk run --pcap` / `--pcap-dir` for the same lab and seed.
CaptureExportResult exportCapture(const RecordedRun& run,
                                  const std::optional<lab::CapturePoint>& point,
                                  const QString& path);

} // namespace ww::ui
