#pragma once

#include "lab/lab.h"
#include "trace/capture_tap.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace ww {
class Network;
}

namespace ww::lab {

// A place a student could run Wireshark: the interface at one end of a link
// (docs/trace-format.md, "Capture points").
struct CapturePoint {
    std::size_t link = 0; // index in Lab::links, which is the engine's LinkId
    int side = 0;         // 0: the link's "a" end, 1: its "b" end
    std::string device;
    std::string interface;
    std::string linkName;

    QString name() const;            // "DEVICE:INTERFACE"
    QString linkDescription() const; // "link NAME": pcapng if_description, untranslated
    bool operator==(const CapturePoint&) const = default;
};

// Both ends of every link: a then b, in the lab's link order.
std::vector<CapturePoint> capturePoints(const Lab& lab);
// A link's name (its "a" end) or DEVICE:INTERFACE at the end of a link; nullopt
// when `text` is neither. A link name wins over an interface spelled the same.
std::optional<CapturePoint> findCapturePoint(const Lab& lab, const QString& text);
// The scenario's first sender (earliest action, file order breaks ties) at its
// end of the first link (in file order) it is on; without a scenario, or when
// that sender is on no link, the first link's "a" end; nullopt without links.
std::optional<CapturePoint> defaultCapturePoint(const Lab& lab);
// "PC1-SW1, ..." and "PC1:eth0, SW1:p1, ...", for messages listing what exists.
QStringList linkNames(const Lab& lab);
QStringList interfaceNames(const Lab& lab);

// A file name for each link's capture, in link order: the link's name with every
// character other than a letter, digit, '-', '_', '.' or '+' replaced by '_' (no
// leading '.'), made unique (ignoring case) with "-2", "-3"..., then ".pcapng".
std::vector<QString> linkCaptureFileNames(const Lab& lab);

// The tap of `point` in the network built from its lab (lab/lab_builder.h).
CaptureTap captureTap(const Network& net, const CapturePoint& point);
CaptureTarget captureTarget(const Network& net, const CapturePoint& point, const QString& path);

} // namespace ww::lab
