#pragma once

#include "trace/capture_tap.h"
#include "trace/event.h"

#include <QString>
#include <memory>
#include <vector>

namespace ww {

class PcapngCapture;
class SafeWrite;

// Writes one pcapng file per capture target as events arrive (live from a run,
// or replayed from a recording). Each file is written atomically (SafeWrite):
// nothing half-written is left behind when a write fails, a full disk included.
class CaptureFiles {
public:
    CaptureFiles();
    ~CaptureFiles();
    CaptureFiles(const CaptureFiles&) = delete;
    CaptureFiles& operator=(const CaptureFiles&) = delete;

    // Opens every target's file; on failure sets `error` ("cannot write PATH:
    // reason"), opens none and returns false.
    bool open(const std::vector<CaptureTarget>& targets, QString* error);
    void onEvent(const Event& e);
    // Puts every file in place; false with `error` when one could not be written.
    bool commit(QString* error);

    std::size_t size() const { return files_.size(); }
    std::uint64_t frames(std::size_t i) const;

private:
    std::vector<std::unique_ptr<SafeWrite>> files_;
    std::vector<std::unique_ptr<PcapngCapture>> captures_;
};

} // namespace ww
