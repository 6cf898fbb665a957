#pragma once

// Sizes shared by the sequence diagram's layout and painting, in logical pixels.
namespace ww::sequence::metrics {

inline constexpr int kHeaderH = 96; // title and lifeline name boxes
// A view too short for that header (a projector's bottom row) keeps only the names, this tall.
inline constexpr int kCompactHeaderH = 34;
inline constexpr int kTopPad = 28;
inline constexpr int kBottomPad = 48;
inline constexpr int kTimeW = 92;       // the time axis on the left
inline constexpr int kSide = 150;       // room beside the outer lifelines for state names
inline constexpr int kSpacingTwo = 560; // between two lifelines
inline constexpr int kSpacingMany = 380;
inline constexpr int kNotesW = 330;   // callouts, RTT and RTO notes on the right
inline constexpr int kArrowRoom = 44; // between two arrows' starts: a two-line label
inline constexpr int kStateRoom = 20;
inline constexpr int kArrivalRoom = 10; // arrowheads arriving together stay apart
inline constexpr int kTransitPx = 56;   // a typical transit time, drawn this tall
inline constexpr int kMaxGap = 70;      // idle time longer than this is squeezed (and said)

} // namespace ww::sequence::metrics
