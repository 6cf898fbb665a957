#include "trace/capture_files.h"

#include "trace/pcapng_capture.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ww {

namespace {

QString cannotWrite(const QSaveFile& file) {
    return QCoreApplication::translate("Capture", "cannot write %1: %2")
        .arg(file.fileName(), file.errorString());
}

} // namespace

CaptureFiles::CaptureFiles() = default;
CaptureFiles::~CaptureFiles() = default;

bool CaptureFiles::open(const std::vector<CaptureTarget>& targets, QString* error) {
    captures_.clear();
    files_.clear();
    for (const CaptureTarget& t : targets) {
        auto file = std::make_unique<QSaveFile>(t.path);
        if (!file->open(QIODevice::WriteOnly)) {
            if (error)
                *error = cannotWrite(*file);
            captures_.clear();
            files_.clear(); // an uncommitted QSaveFile leaves nothing behind
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
    for (auto& file : files_) {
        if (!file->commit()) {
            if (error)
                *error = cannotWrite(*file);
            return false;
        }
    }
    return true;
}

std::uint64_t CaptureFiles::frames(std::size_t i) const {
    return i < captures_.size() ? captures_[i]->frames() : 0;
}

} // namespace ww
