#include "document/lab_edits.h"

#include <QCoreApplication>
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace ww::ui {

namespace {

bool deviceNameUsed(const lab::Lab& lab, const std::string& name) {
    return std::any_of(lab.devices.begin(), lab.devices.end(),
                       [&](const lab::Device& d) { return d.name == name; });
}

bool linkNameUsed(const lab::Lab& lab, const std::string& name) {
    return std::any_of(lab.links.begin(), lab.links.end(),
                       [&](const lab::Link& l) { return l.name == name; });
}

// Splits "PC12" into "PC" and 12 (-1 when it does not end in digits).
std::pair<std::string, int> splitNumber(const std::string& name) {
    std::size_t end = name.size();
    while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1])))
        --end;
    if (end == name.size() || name.size() - end > 6)
        return {name, -1};
    return {name.substr(0, end), std::stoi(name.substr(end))};
}

std::vector<Ipv4Prefix> usedPrefixes(const lab::Lab& lab) {
    std::vector<Ipv4Prefix> used;
    for (const lab::Device& d : lab.devices) {
        for (const lab::Interface& i : d.interfaces)
            if (i.address)
                used.push_back(*i.address);
        for (const lab::Vlan& v : d.vlans)
            used.push_back(v.address);
    }
    return used;
}

} // namespace

std::string uniqueDeviceName(const lab::Lab& lab, const std::string& prefix) {
    for (int n = 1;; ++n) {
        const std::string name = prefix + std::to_string(n);
        if (!deviceNameUsed(lab, name))
            return name;
    }
}

std::string uniqueLinkName(const lab::Lab& lab, const std::string& base) {
    if (!linkNameUsed(lab, base))
        return base;
    for (int n = 2;; ++n) {
        const std::string name = base + "-" + std::to_string(n);
        if (!linkNameUsed(lab, name))
            return name;
    }
}

Ipv4Prefix freeNetwork(const lab::Lab& lab) {
    const std::vector<Ipv4Prefix> used = usedPrefixes(lab);
    for (int third = 100; third < 256; ++third) {
        const Ipv4Prefix candidate{
            Ipv4Address::fromOctets(10, 0, static_cast<std::uint8_t>(third), 1), 24};
        const bool overlaps = std::any_of(used.begin(), used.end(), [&](const Ipv4Prefix& p) {
            return candidate.contains(p.address) || p.contains(candidate.address);
        });
        if (!overlaps)
            return candidate;
    }
    return {Ipv4Address::fromOctets(172, 16, 0, 1), 24};
}

bool interfaceInUse(const lab::Lab& lab, const std::string& device, const std::string& itf) {
    const lab::Endpoint e{device, itf};
    return std::any_of(lab.links.begin(), lab.links.end(),
                       [&](const lab::Link& l) { return l.a == e || l.b == e; });
}

std::optional<std::string> freeInterface(const lab::Lab& lab, const lab::Device& device) {
    for (const lab::Interface& i : device.interfaces)
        if (!interfaceInUse(lab, device.name, i.name))
            return i.name;
    return std::nullopt;
}

lab::Interface nextInterface(const lab::Device& device) {
    std::string prefix =
        device.type == lab::DeviceType::Switch || device.type == lab::DeviceType::L3Switch ? "p"
                                                                                           : "eth";
    int next = prefix == "p" ? 1 : 0;
    int vlan = 0;
    for (const lab::Interface& i : device.interfaces) {
        auto [stem, n] = splitNumber(i.name);
        if (n >= 0 && stem == prefix)
            next = std::max(next, n + 1);
        vlan = i.vlan;
    }
    std::set<std::string> names;
    for (const lab::Interface& i : device.interfaces)
        names.insert(i.name);
    while (names.count(prefix + std::to_string(next)))
        ++next;
    lab::Interface itf;
    itf.name = prefix + std::to_string(next);
    itf.vlan = vlan; // an L3 switch port joins the VLAN of the last port
    return itf;
}

QString deviceNameProblem(const lab::Lab& lab, const QString& from, const QString& to) {
    if (to.trimmed().isEmpty())
        return QCoreApplication::translate("LabEdits", "a device needs a name");
    if (to.contains(QLatin1Char(':')) || to != to.trimmed())
        return QCoreApplication::translate(
            "LabEdits", "a name has no ':' (links write DEVICE:INTERFACE) and no spaces around it");
    if (to != from && deviceNameUsed(lab, to.toStdString()))
        return QCoreApplication::translate("LabEdits", "a device named '%1' already exists")
            .arg(to);
    return {};
}

lab::Lab withoutItems(const lab::Lab& lab, const QStringList& devices, const QStringList& links) {
    std::set<std::string> gone;
    for (const QString& d : devices)
        gone.insert(d.toStdString());
    std::set<std::string> goneLinks;
    for (const QString& l : links)
        goneLinks.insert(l.toStdString());
    lab::Lab out = lab;
    std::erase_if(out.devices, [&](const lab::Device& d) { return gone.count(d.name) > 0; });
    std::erase_if(out.links, [&](const lab::Link& l) {
        return goneLinks.count(l.name) || gone.count(l.a.device) || gone.count(l.b.device);
    });
    std::erase_if(out.scenario, [&](const lab::Action& a) { return gone.count(a.from) > 0; });
    return out;
}

lab::Lab withRenamedDevice(const lab::Lab& lab, const std::string& from, const std::string& to) {
    lab::Lab out = lab;
    for (lab::Device& d : out.devices)
        if (d.name == from)
            d.name = to;
    for (lab::Link& l : out.links) {
        if (l.a.device == from)
            l.a.device = to;
        if (l.b.device == from)
            l.b.device = to;
    }
    for (lab::Action& a : out.scenario)
        if (a.from == from)
            a.from = to;
    return out;
}

lab::Lab extractItems(const lab::Lab& lab, const QStringList& devices) {
    std::set<std::string> keep;
    for (const QString& d : devices)
        keep.insert(d.toStdString());
    lab::Lab out;
    out.name = "clipboard";
    for (const lab::Device& d : lab.devices)
        if (keep.count(d.name))
            out.devices.push_back(d);
    for (const lab::Link& l : lab.links)
        if (keep.count(l.a.device) && keep.count(l.b.device))
            out.links.push_back(l);
    return out;
}

lab::Lab copiesFor(const lab::Lab& target, const lab::Lab& clip, QPointF offset) {
    lab::Lab grown = target; // names are picked against what is already pasted, too
    lab::Lab out;
    std::map<std::string, std::string> renamed;
    std::set<std::uint32_t> usedAddresses;
    for (const Ipv4Prefix& p : usedPrefixes(target))
        usedAddresses.insert(p.address.value);
    for (lab::Device d : clip.devices) {
        const std::string name = uniqueDeviceName(grown, splitNumber(d.name).first);
        renamed[d.name] = name;
        d.name = name;
        d.x += offset.x();
        d.y += offset.y();
        for (lab::Interface& i : d.interfaces) {
            i.mac.reset();
            if (i.address && !usedAddresses.insert(i.address->address.value).second)
                i.address.reset();
        }
        // A gateway must stay on-link; without its network the copy has none.
        const bool gatewayOnLink =
            d.gateway &&
            std::any_of(d.interfaces.begin(), d.interfaces.end(), [&](const lab::Interface& i) {
                return i.address && i.address->contains(*d.gateway);
            });
        if (!gatewayOnLink)
            d.gateway.reset();
        for (lab::Vlan& v : d.vlans) {
            v.mac.reset();
            if (!usedAddresses.insert(v.address.address.value).second)
                v.address = freeNetwork(grown);
        }
        grown.devices.push_back(d);
        out.devices.push_back(d);
    }
    for (lab::Link l : clip.links) {
        l.a.device = renamed[l.a.device];
        l.b.device = renamed[l.b.device];
        l.name = uniqueLinkName(grown, l.a.device + "-" + l.b.device);
        grown.links.push_back(l);
        out.links.push_back(l);
    }
    return out;
}

} // namespace ww::ui
