#pragma once

#include "export/picture.h"
#include "models/recorded_run.h"

#include <QString>
#include <optional>

namespace ww::ui {

// The DNS walkthrough of lookup options.query (1-based; the first when unset), drawn
// headless for `wirewalk export --view dns`. options.until draws the walk as at that
// moment (later steps greyed); options.event marks the walk as just after that event.
// nullopt, with `problem` saying why, when the run has no lookup or no such one.
std::optional<exporting::Picture> dnsWalkthroughPicture(const RecordedRun& run,
                                                        const exporting::ViewOptions& options,
                                                        QString* problem);

} // namespace ww::ui
