#pragma once

#include <QIcon>

namespace ww::ui {

// The playback toolbar's glyphs, drawn as vectors at whatever size is asked: sharp on a
// projector's enlarged toolbar, in the palette's text colour (light or dark theme), and
// cheap at start-up (the style's standard icons decode a set of PNGs each).
enum class PlaybackGlyph { Restart, FrameBack, StepBack, Play, Pause, StepForward, FrameForward };

QIcon playbackIcon(PlaybackGlyph glyph);

} // namespace ww::ui
