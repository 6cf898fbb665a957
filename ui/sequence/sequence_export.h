#pragma once

#include "export/picture.h"
#include "models/recorded_run.h"

#include <QString>
#include <optional>

namespace ww::sequence {

// The sequence diagram of one conversation, headless (`wirewalk export --view
// sequence`): options.conversation is an ID, "lab" or a 1-based number ("" = the
// first TCP conversation, else the first of any kind); options.until cuts the
// run; options.event marks that event's arrow. nullopt with `problem` set when
// the conversation is not in the run.
std::optional<exporting::Picture> sequencePicture(const ui::RecordedRun& run,
                                                  const exporting::ViewOptions& options,
                                                  QString* problem);

} // namespace ww::sequence
