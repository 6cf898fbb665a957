#pragma once

#include <QByteArray>

namespace ww::lab {

// A ping lab of `hosts` hosts (H1, H2... in 10.0.0.0/8) on a chain of 48-port
// switches, one ping per ten hosts to 10.0.0.1 at 0.1 s: the lab of tests/big_lab.py,
// as lab JSON. Large enough to time recording (bench --recording) and to record in
// the background (test_window_recording).
QByteArray bigPingLabJson(int hosts, double duration = 1);

} // namespace ww::lab
