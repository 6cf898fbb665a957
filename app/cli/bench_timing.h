#pragma once

#include <QElapsedTimer>
#include <vector>

namespace ww::cli {

// Wall time since `t` started, in milliseconds.
double elapsedMs(const QElapsedTimer& t);
// This thread's CPU time in milliseconds: unlike wall time, not stretched by other
// processes on a busy machine.
double threadCpuMs();
// The nearest-rank percentile (p in 0..1) of `values`: the smallest value with at
// least p of them at or below it; 0 for none.
double percentile(std::vector<double> values, double p);

} // namespace ww::cli
