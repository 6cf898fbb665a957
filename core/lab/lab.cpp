#include "lab/lab.h"

namespace ww::lab {

const Device* Lab::findDevice(const std::string& deviceName) const {
    for (const Device& d : devices)
        if (d.name == deviceName)
            return &d;
    return nullptr;
}

} // namespace ww::lab
