#include "lab/device_names.h"

namespace ww::lab {

DeviceNames::DeviceNames(const Lab& lab)
    : lab_(lab) {
    index_.reserve(lab.devices.size());
    for (std::size_t i = 0; i < lab.devices.size(); ++i)
        index_.emplace(lab.devices[i].name, i); // keeps the first of a name
}

std::ptrdiff_t DeviceNames::indexOf(std::string_view name) const {
    const auto it = index_.find(name);
    return it == index_.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
}

const Device* DeviceNames::find(std::string_view name) const {
    const std::ptrdiff_t i = indexOf(name);
    return i < 0 ? nullptr : &lab_.devices[static_cast<std::size_t>(i)];
}

} // namespace ww::lab
