#include "models/sequence_numbering.h"

#include "windows/app_settings.h"

namespace ww::ui {

namespace {
const QString kKey = QStringLiteral("view/relativeSequenceNumbers");
}

SequenceNumbering::SequenceNumbering()
    : relative_(appSettings().value(kKey, true).toBool()) {}

SequenceNumbering& SequenceNumbering::instance() {
    static SequenceNumbering* one = new SequenceNumbering; // lives as long as the process
    return *one;
}

void SequenceNumbering::setRelative(bool relative) {
    if (relative == relative_)
        return;
    relative_ = relative;
    appSettings().setValue(kKey, relative);
    Q_EMIT relativeChanged(relative);
}

} // namespace ww::ui
