#pragma once

#include "trace/event.h"

#include <QString>

namespace ww {

// Where a capture listens: the interface at one end of a link, like a tap in
// that NIC. It sees the frames the device sends there (stamped when their first
// bit leaves) and the frames that reach it (stamped when their last bit has
// arrived, with the bytes as received); a frame lost on the link is seen by the
// sender's tap only.
struct CaptureTap {
    LinkId link = kNoLink;
    DeviceId device = kNoDevice;
    PortIndex port = 0;
};

// One capture file to write: the tap, the pcapng interface's name
// ("PC1:eth0") and description ("link PC1-SW1"), and the file's path.
struct CaptureTarget {
    CaptureTap tap;
    QString interfaceName;
    QString description;
    QString path;
};

} // namespace ww
