#pragma once

#include "export/picture.h"
#include "lab/lab.h"

#include <optional>

namespace ww::ui {
class RecordedRun;
}

namespace ww::exporting {

// The lab's topology as the canvas draws it (devices, addresses, cables and
// their interface labels), fitted to its content with a margin, light print
// theme. With options.until: the frames on the links and the drop and decision
// marks of that moment, as playback shows them at that time.
std::optional<Picture> topologyPicture(const ui::RecordedRun& run, const ViewOptions& options,
                                       QString* problem);

// The same with the devices where `layout` puts them (the GUI's document, moved
// since the recording); `run` is needed only with options.until.
std::optional<Picture> topologyPictureOf(const lab::Lab& layout, const ui::RecordedRun* run,
                                         const ViewOptions& options, QString* problem);

} // namespace ww::exporting
