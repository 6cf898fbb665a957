#pragma once

#include "lab/lab.h"

#include <string_view>
#include <unordered_map>

namespace ww::lab {

// The lab's devices by name, in constant time, for code that looks a name up
// for every link and action (Lab::findDevice goes one by one: a lab of 40,000
// hosts loaded in quadratic time). Lookup only, never iterated, so hash order
// cannot leak into results; the first device of a name wins, as in findDevice.
// The lab must outlive it and keep its devices unchanged.
class DeviceNames {
public:
    explicit DeviceNames(const Lab& lab);
    // The device's index in lab.devices, or -1.
    std::ptrdiff_t indexOf(std::string_view name) const;
    const Device* find(std::string_view name) const;

private:
    const Lab& lab_;
    std::unordered_map<std::string_view, std::size_t> index_;
};

} // namespace ww::lab
