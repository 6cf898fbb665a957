#include "document/device_kinds.h"

#include "document/lab_edits.h"

#include <QCoreApplication>

namespace ww::ui {

namespace {

struct KindInfo {
    PaletteKind kind;
    const char* id;
    const char* label;
    const char* namePrefix;
};

constexpr KindInfo kKinds[] = {
    {PaletteKind::Pc, "pc", QT_TRANSLATE_NOOP("DevicePalette", "PC"), "PC"},
    {PaletteKind::Laptop, "laptop", QT_TRANSLATE_NOOP("DevicePalette", "Laptop"), "Laptop"},
    {PaletteKind::Switch, "switch", QT_TRANSLATE_NOOP("DevicePalette", "L2 switch"), "SW"},
    {PaletteKind::Router, "router", QT_TRANSLATE_NOOP("DevicePalette", "Router"), "R"},
    {PaletteKind::L3Switch, "l3switch", QT_TRANSLATE_NOOP("DevicePalette", "L3 switch"), "L3SW"},
    {PaletteKind::DnsServer, "dns", QT_TRANSLATE_NOOP("DevicePalette", "DNS server"), "DNS"},
    {PaletteKind::WebServer, "web", QT_TRANSLATE_NOOP("DevicePalette", "Web server"), "Web"},
    {PaletteKind::InternetRouter, "internet", QT_TRANSLATE_NOOP("DevicePalette", "Internet router"),
     "ISP"},
};

const KindInfo& info(PaletteKind kind) {
    for (const KindInfo& k : kKinds)
        if (k.kind == kind)
            return k;
    return kKinds[0];
}

void addPorts(lab::Device& d, const char* prefix, int first, int count, int vlan = 0) {
    for (int i = first; i < first + count; ++i) {
        lab::Interface itf;
        itf.name = prefix + std::to_string(i);
        itf.vlan = vlan;
        d.interfaces.push_back(itf);
    }
}

} // namespace

std::vector<PaletteKind> allDeviceKinds() {
    std::vector<PaletteKind> kinds;
    for (const KindInfo& k : kKinds)
        kinds.push_back(k.kind);
    return kinds;
}

QString deviceKindId(PaletteKind kind) {
    return QString::fromLatin1(info(kind).id);
}

std::optional<PaletteKind> deviceKindFromId(const QString& id) {
    for (const KindInfo& k : kKinds)
        if (id == QLatin1String(k.id))
            return k.kind;
    return std::nullopt;
}

QString deviceKindLabel(PaletteKind kind) {
    return QCoreApplication::translate("DevicePalette", info(kind).label);
}

lab::Device makeDevice(PaletteKind kind, const lab::Lab& lab, QPointF pos) {
    lab::Device d;
    d.name = uniqueDeviceName(lab, info(kind).namePrefix);
    d.x = pos.x();
    d.y = pos.y();
    switch (kind) {
    case PaletteKind::Pc:
        d.role = "pc";
        addPorts(d, "eth", 0, 1);
        break;
    case PaletteKind::Laptop: // wired and wireless, as a laptop has
        d.role = "laptop";
        addPorts(d, "eth", 0, 2);
        break;
    case PaletteKind::Switch:
        d.type = lab::DeviceType::Switch;
        addPorts(d, "p", 1, 8);
        break;
    case PaletteKind::Router:
        d.type = lab::DeviceType::Router;
        addPorts(d, "eth", 0, 4);
        break;
    case PaletteKind::L3Switch: {
        // Ports must belong to a declared VLAN; VLAN 1 gets a network no one uses yet.
        d.type = lab::DeviceType::L3Switch;
        d.vlans.push_back({1, freeNetwork(lab), std::nullopt});
        addPorts(d, "p", 1, 8, 1);
        break;
    }
    case PaletteKind::DnsServer:
        d.role = "dns";
        addPorts(d, "eth", 0, 1);
        break;
    case PaletteKind::WebServer:
        d.role = "server";
        d.httpServer = true;
        addPorts(d, "eth", 0, 1);
        break;
    case PaletteKind::InternetRouter:
        d.type = lab::DeviceType::Router;
        d.role = "internet";
        d.internet = true;
        addPorts(d, "eth", 0, 4);
        break;
    }
    return d;
}

} // namespace ww::ui
