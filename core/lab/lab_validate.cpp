#include "lab/lab_validate.h"

#include "lab/lab_json_dns.h"

#include <QCoreApplication>
#include <map>
#include <set>

namespace ww::lab {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}
QString dev(std::size_t i) {
    return QStringLiteral("devices[%1]").arg(i);
}

class Validator {
public:
    Validator(const Lab& lab, std::vector<LabIssue>& issues)
        : lab_(lab)
        , issues_(issues) {}

    void run() {
        devices();
        links();
        scenario();
    }

private:
    void error(const QString& path, const QString& message) { issues_.push_back({path, message}); }

    bool onConnectedNetwork(const Device& d, Ipv4Address a) const {
        for (const auto& i : d.interfaces)
            if (i.address && i.address->contains(a))
                return true;
        for (const auto& v : d.vlans)
            if (v.address.contains(a))
                return true;
        return false;
    }

    void devices() {
        std::map<std::string, std::size_t> names;
        std::map<std::uint32_t, QString> addresses;
        for (std::size_t i = 0; i < lab_.devices.size(); ++i) {
            const Device& d = lab_.devices[i];
            if (d.name.empty())
                error(dev(i) + ".name",
                      QCoreApplication::translate("LabLoader", "must not be empty"));
            else if (!names.emplace(d.name, i).second)
                error(dev(i) + ".name", QCoreApplication::translate(
                                            "LabLoader", "a device named '%1' already exists (%2)")
                                            .arg(q(d.name), dev(names[d.name])));
            std::set<std::string> ifNames;
            std::set<int> vlanIds;
            for (const Vlan& v : d.vlans)
                if (!vlanIds.insert(v.id).second)
                    error(dev(i) + ".vlans",
                          QCoreApplication::translate("LabLoader", "VLAN %1 is declared twice")
                              .arg(v.id));
            for (std::size_t k = 0; k < d.interfaces.size(); ++k) {
                const Interface& itf = d.interfaces[k];
                const QString path = dev(i) + QStringLiteral(".interfaces[%1]").arg(k);
                if (itf.name.empty())
                    error(path + ".name",
                          QCoreApplication::translate("LabLoader", "must not be empty"));
                else if (!ifNames.insert(itf.name).second)
                    error(path + ".name",
                          QCoreApplication::translate("LabLoader",
                                                      "'%1' already has an interface named '%2'")
                              .arg(q(d.name), q(itf.name)));
                if (itf.address && (d.type == DeviceType::Switch || d.type == DeviceType::L3Switch))
                    error(path + ".address",
                          d.type == DeviceType::Switch
                              ? QCoreApplication::translate("LabLoader",
                                                            "an L2 switch port has no IP address")
                              : QCoreApplication::translate("LabLoader",
                                                            "L3 switch ports have no address; give "
                                                            "the VLAN one in \"vlans\""));
                if (d.type == DeviceType::L3Switch && !vlanIds.count(itf.vlan))
                    error(path + ".vlan",
                          QCoreApplication::translate(
                              "LabLoader", "port '%1' needs a VLAN declared in \"vlans\" (got %2)")
                              .arg(q(itf.name))
                              .arg(itf.vlan));
                if (d.type != DeviceType::L3Switch && itf.vlan != 0)
                    error(path + ".vlan", QCoreApplication::translate(
                                              "LabLoader", "only L3 switch ports belong to VLANs"));
                if (itf.address)
                    checkAddress(*itf.address, path + ".address", q(d.name) + " " + q(itf.name),
                                 addresses);
            }
            for (std::size_t v = 0; v < d.vlans.size(); ++v)
                checkAddress(d.vlans[v].address,
                             dev(i) + QStringLiteral(".vlans[%1].address").arg(v),
                             q(d.name) + " VLAN " + QString::number(d.vlans[v].id), addresses);
            if (d.nat)
                checkNat(d, dev(i) + ".nat");
            if (d.dhcpServer)
                checkDhcpServer(d, dev(i) + ".dhcp_server");
            validateDnsServer(d, dev(i), issues_);
            if (d.dhcpClient && (d.interfaces.empty() || d.interfaces[0].address))
                error(dev(i) + ".dhcp_client",
                      QCoreApplication::translate("LabLoader",
                                                  "a DHCP client's first interface gets its "
                                                  "address from the server: give it none"));
            if (d.gateway && !onConnectedNetwork(d, *d.gateway))
                error(
                    dev(i) + ".gateway",
                    QCoreApplication::translate(
                        "LabLoader", "gateway %1 is not on any network of '%2'; it must be on-link")
                        .arg(q(d.gateway->toString()), q(d.name)));
            for (std::size_t r = 0; r < d.routes.size(); ++r) {
                const Route& route = d.routes[r];
                const QString path = dev(i) + QStringLiteral(".routes[%1]").arg(r);
                if (route.destination.address != route.destination.network())
                    error(path + ".destination",
                          QCoreApplication::translate("LabLoader",
                                                      "%1 has host bits set; the network is %2/%3")
                              .arg(q(route.destination.toString()),
                                   q(route.destination.network().toString()))
                              .arg(route.destination.length));
                if (!onConnectedNetwork(d, route.via))
                    error(path + ".via",
                          QCoreApplication::translate("LabLoader",
                                                      "next hop %1 is not on any network of '%2'")
                              .arg(q(route.via.toString()), q(d.name)));
            }
        }
    }

    void checkDhcpServer(const Device& d, const QString& path) {
        const DhcpServer& s = *d.dhcpServer;
        const Interface* itf = nullptr;
        for (const auto& i : d.interfaces)
            if (i.name == s.interface)
                itf = &i;
        if (!itf || !itf->address) {
            error(path + ".interface",
                  QCoreApplication::translate("LabLoader",
                                              "'%1' has no interface '%2' with an address")
                      .arg(q(d.name), q(s.interface)));
            return;
        }
        const Ipv4Prefix net = *itf->address;
        for (auto [a, k] : {std::pair{s.poolStart, 0}, std::pair{s.poolEnd, 1}})
            if (!net.contains(a) || a == net.network() || a == net.broadcast())
                error(path + QStringLiteral(".pool[%1]").arg(k),
                      QCoreApplication::translate(
                          "LabLoader", "%1 is not a host address of %2/%3, the network the "
                                       "server answers on")
                          .arg(q(a.toString()), q(net.network().toString()))
                          .arg(net.length));
        if (s.poolEnd.value < s.poolStart.value)
            error(path + ".pool", QCoreApplication::translate(
                                      "LabLoader", "the pool's last address comes before its first"));
    }

    void checkNat(const Device& d, const QString& path) {
        auto find = [&d](const std::string& name) -> const Interface* {
            for (const auto& i : d.interfaces)
                if (i.name == name)
                    return &i;
            return nullptr;
        };
        const Interface* inside = find(d.nat->inside);
        const Interface* outside = find(d.nat->outside);
        if (!inside)
            error(path + ".inside",
                  QCoreApplication::translate("LabLoader", "'%1' has no interface '%2'")
                      .arg(q(d.name), q(d.nat->inside)));
        if (!outside)
            error(path + ".outside",
                  QCoreApplication::translate("LabLoader", "'%1' has no interface '%2'")
                      .arg(q(d.name), q(d.nat->outside)));
        else if (!outside->address)
            error(path + ".outside", QCoreApplication::translate(
                                         "LabLoader", "the outside interface needs an address: it "
                                                      "becomes the global address"));
        if (inside && outside && inside == outside)
            error(path + ".outside",
                  QCoreApplication::translate("LabLoader",
                                              "inside and outside must be different interfaces"));
    }

    void checkAddress(const Ipv4Prefix& p, const QString& path, const QString& owner,
                      std::map<std::uint32_t, QString>& used) {
        const Ipv4Address a = p.address;
        if (p.length <= 30 && (a == p.network() || a == p.broadcast())) {
            error(path,
                  QCoreApplication::translate("LabLoader",
                                              "%1 is the %2 address of %3/%4; pick a host address")
                      .arg(q(a.toString()),
                           a == p.network() ? QCoreApplication::translate("LabLoader", "network")
                                            : QCoreApplication::translate("LabLoader", "broadcast"),
                           q(p.network().toString()))
                      .arg(p.length));
            return;
        }
        if (a.isMulticast() || a.isLimitedBroadcast() || a.isUnspecified()) {
            error(path,
                  QCoreApplication::translate("LabLoader", "%1 cannot be an interface address")
                      .arg(q(a.toString())));
            return;
        }
        auto [it, fresh] = used.emplace(a.value, owner);
        if (!fresh)
            error(path, QCoreApplication::translate("LabLoader", "%1 is already used by %2")
                            .arg(q(a.toString()), it->second));
    }

    void links() {
        std::map<std::string, std::size_t> names;
        std::map<std::pair<std::string, std::string>, std::size_t> usedBy;
        for (std::size_t i = 0; i < lab_.links.size(); ++i) {
            const Link& l = lab_.links[i];
            const QString path = QStringLiteral("links[%1]").arg(i);
            if (l.name.empty())
                error(path + ".name",
                      QCoreApplication::translate("LabLoader", "must not be empty"));
            else if (!names.emplace(l.name, i).second)
                error(path + ".name",
                      QCoreApplication::translate("LabLoader",
                                                  "a link named '%1' already exists (links[%2])")
                          .arg(q(l.name))
                          .arg(names[l.name]));
            if (l.a.device == l.b.device && l.a.interface == l.b.interface)
                error(path + ".b",
                      QCoreApplication::translate("LabLoader",
                                                  "a link cannot connect an interface to itself"));
            endpoint(l.a, path + ".a", i, usedBy);
            endpoint(l.b, path + ".b", i, usedBy);
        }
    }

    void endpoint(const Endpoint& e, const QString& path, std::size_t link,
                  std::map<std::pair<std::string, std::string>, std::size_t>& usedBy) {
        const Device* d = lab_.findDevice(e.device);
        if (!d) {
            error(path, QCoreApplication::translate("LabLoader", "there is no device '%1'")
                            .arg(q(e.device)));
            return;
        }
        bool found = false;
        for (const auto& itf : d->interfaces)
            found = found || itf.name == e.interface;
        if (!found) {
            error(path, QCoreApplication::translate("LabLoader", "'%1' has no interface '%2'")
                            .arg(q(e.device), q(e.interface)));
            return;
        }
        auto [it, fresh] = usedBy.emplace(std::pair{e.device, e.interface}, link);
        if (!fresh && it->second != link)
            error(path, QCoreApplication::translate(
                            "LabLoader",
                            "%1:%2 is already used by links[%3]; an interface takes one cable")
                            .arg(q(e.device), q(e.interface))
                            .arg(it->second));
    }

    void scenario() {
        for (std::size_t i = 0; i < lab_.scenario.size(); ++i) {
            const Action& a = lab_.scenario[i];
            const QString path = QStringLiteral("scenario[%1]").arg(i);
            const Device* d = lab_.findDevice(a.from);
            if (!d)
                error(path + ".from",
                      QCoreApplication::translate("LabLoader", "there is no device '%1'")
                          .arg(q(a.from)));
            else if (d->type == DeviceType::Switch)
                error(path + ".from",
                      QCoreApplication::translate(
                          "LabLoader", "'%1' is an L2 switch; only hosts and routers send")
                          .arg(q(a.from)));
        }
    }

    const Lab& lab_;
    std::vector<LabIssue>& issues_;
};

} // namespace

void validateLab(const Lab& lab, std::vector<LabIssue>& issues) {
    Validator(lab, issues).run();
}

} // namespace ww::lab
