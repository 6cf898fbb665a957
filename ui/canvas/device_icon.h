#pragma once

#include "lab/lab.h"

#include <QIcon>
#include <QRectF>

class QPainter;

namespace ww::ui {

// The picture of a device, drawn with QPainter so it scales with zoom and
// needs no image files. The type picks the shape, the role refines it (a
// host may be a PC, a laptop, a server; a router may be the internet).
enum class DeviceIcon {
    Pc,
    Laptop,
    WebServer,
    DnsServer,
    Switch,
    Router,
    L3Switch,
    Internet,
    DhcpServer,
    Server, // a server tower with no service named on it
};

// By the role hint alone: "server" is a plain server tower, "web" a web server.
DeviceIcon deviceIconFor(lab::DeviceType type, const std::string& role);
// What a host serves decides first: DNS (`dns` key), then HTTP, then DHCP; a
// "server" that runs none of them is a plain server. Otherwise its type and role hint.
DeviceIcon deviceIconFor(const lab::Device& device);
void paintDeviceIcon(QPainter* painter, const QRectF& box, DeviceIcon icon);
QIcon deviceIconPixmap(DeviceIcon icon, int size = 48);

} // namespace ww::ui
