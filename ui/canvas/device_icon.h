#pragma once

#include "lab/lab.h"

#include <QIcon>
#include <QRectF>

class QPainter;

namespace ww::ui {

// The picture of a device, drawn with QPainter so it scales with zoom and
// needs no image files. The type picks the shape, the role refines it (a
// host may be a PC, a laptop, a web or DNS server; a router may be the internet).
enum class DeviceIcon { Pc, Laptop, WebServer, DnsServer, Switch, Router, L3Switch, Internet };

DeviceIcon deviceIconFor(lab::DeviceType type, const std::string& role);
// What the device does decides first: a host with a DNS role (`dns` key) is a DNS
// server, one that serves HTTP a web server; otherwise its type and role hint.
DeviceIcon deviceIconFor(const lab::Device& device);
void paintDeviceIcon(QPainter* painter, const QRectF& box, DeviceIcon icon);
QIcon deviceIconPixmap(DeviceIcon icon, int size = 48);

} // namespace ww::ui
