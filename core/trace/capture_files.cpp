#include "trace/capture_files.h"

#include "io/safe_write.h"
#include "trace/pcapng_capture.h"

namespace ww {

CaptureFiles::CaptureFiles() = default;
CaptureFiles::~CaptureFiles() = default;

bool CaptureFiles::open(const std::vector<CaptureTarget>& targets, QString* error) {
    captures_.clear();
    files_.clear();
    for (const CaptureTarget& t : targets) {
        auto file = std::make_unique<SafeWrite>(t.path);
        if (!file->open(error)) {
            captures_.clear();
            files_.clear(); // an uncommitted SafeWrite leaves nothing behind
            return false;
        }
        captures_.push_back(
            std::make_unique<PcapngCapture>(t.tap, t.interfaceName, t.description, *file));
        files_.push_back(std::move(file));
    }
    return true;
}

void CaptureFiles::onEvent(const Event& e) {
    for (auto& c : captures_)
        c->onEvent(e);
}

bool CaptureFiles::commit(QString* error) {
    // Once one file fails, the rest are dropped too: a capture set is all or nothing.
    bool ok = true;
    for (auto& file : files_) {
        if (!ok)
            file->cancel();
        else
            ok = file->commit(error);
    }
    return ok;
}

std::uint64_t CaptureFiles::frames(std::size_t i) const {
    return i < captures_.size() ? captures_[i]->frames() : 0;
}

} // namespace ww
