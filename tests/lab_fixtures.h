#pragma once

// Small builders for labs written in test code, and an event recorder.
#include "lab/lab.h"
#include "lab/lab_builder.h"
#include "trace/event.h"

#include <string>
#include <vector>

namespace ww::test {

inline Ipv4Prefix prefix(const char* text) {
    std::string s(text);
    const auto slash = s.find('/');
    return Ipv4Prefix{*parseIpv4(s.substr(0, slash)), std::stoi(s.substr(slash + 1))};
}
inline Ipv4Address ip(const char* text) {
    return *parseIpv4(text);
}

class LabBuilder {
public:
    LabBuilder& host(const std::string& name, const char* address, const char* gateway = nullptr) {
        lab::Device d;
        d.name = name;
        d.interfaces = {{"eth0", {}, prefix(address), 0}};
        if (gateway)
            d.gateway = ip(gateway);
        lab_.devices.push_back(d);
        return *this;
    }
    LabBuilder& router(const std::string& name,
                       std::vector<std::pair<std::string, const char*>> ifs) {
        lab::Device d;
        d.name = name;
        d.type = lab::DeviceType::Router;
        for (auto& [n, a] : ifs)
            d.interfaces.push_back({n, {}, prefix(a), 0});
        lab_.devices.push_back(d);
        return *this;
    }
    LabBuilder& switchWith(const std::string& name, int ports) {
        lab::Device d;
        d.name = name;
        d.type = lab::DeviceType::Switch;
        for (int i = 1; i <= ports; ++i)
            d.interfaces.push_back({"p" + std::to_string(i), {}, {}, 0});
        lab_.devices.push_back(d);
        return *this;
    }
    LabBuilder& route(const std::string& device, const char* destination, const char* via) {
        find(device).routes.push_back({prefix(destination), ip(via)});
        return *this;
    }
    LabBuilder& listen(const std::string& device, std::uint16_t port) {
        find(device).udpListen.push_back(port);
        return *this;
    }
    LabBuilder& join(const std::string& device, const char* group) {
        find(device).multicastGroups.push_back(ip(group));
        return *this;
    }
    lab::Device& find(const std::string& name) {
        for (auto& d : lab_.devices)
            if (d.name == name)
                return d;
        throw std::runtime_error("no device " + name);
    }
    LabBuilder& link(const std::string& a, const std::string& ai, const std::string& b,
                     const std::string& bi, int mtu = 1500) {
        lab::Link l;
        l.name = a + "-" + b;
        l.a = {a, ai};
        l.b = {b, bi};
        l.mtu = mtu;
        lab_.links.push_back(l);
        return *this;
    }
    LabBuilder& ping(const std::string& from, const char* to, double at, int count = 1,
                     int size = 56, int ttl = 64, bool df = false) {
        lab::Action a;
        a.from = from;
        a.to = ip(to);
        a.at = at;
        a.count = count;
        a.size = size;
        a.ttl = ttl;
        a.dontFragment = df;
        lab_.scenario.push_back(a);
        return *this;
    }
    LabBuilder& udp(const std::string& from, const char* to, std::uint16_t port, double at,
                    int size = 20) {
        lab::Action a;
        a.type = lab::ActionType::UdpSend;
        a.from = from;
        a.to = ip(to);
        a.port = port;
        a.at = at;
        a.size = size;
        lab_.scenario.push_back(a);
        return *this;
    }
    lab::Lab& lab() { return lab_; }

private:
    lab::Lab lab_;
};

// PC1, PC2 - SW1 - R1 - SW2 - PC3, Server (10.0.1.0/24 and 10.0.2.0/24).
inline LabBuilder twoLans() {
    LabBuilder b;
    b.host("PC1", "10.0.1.10/24", "10.0.1.1")
        .host("PC2", "10.0.1.11/24", "10.0.1.1")
        .host("PC3", "10.0.2.10/24", "10.0.2.1")
        .host("Server", "10.0.2.20/24", "10.0.2.1")
        .router("R1", {{"eth0", "10.0.1.1/24"}, {"eth1", "10.0.2.1/24"}})
        .switchWith("SW1", 4)
        .switchWith("SW2", 4)
        .link("PC1", "eth0", "SW1", "p1")
        .link("PC2", "eth0", "SW1", "p2")
        .link("R1", "eth0", "SW1", "p3")
        .link("PC3", "eth0", "SW2", "p1")
        .link("Server", "eth0", "SW2", "p2")
        .link("R1", "eth1", "SW2", "p3");
    return b;
}

struct Recorder {
    std::vector<Event> events;

    void attach(Network& net) {
        net.bus().subscribe([this](const Event& e) { events.push_back(e); });
    }
    template <typename T> std::vector<T> all() const {
        std::vector<T> out;
        for (const Event& e : events)
            if (auto* p = std::get_if<T>(&e.kind))
                out.push_back(*p);
        return out;
    }
    template <typename T, typename Pred> std::vector<T> where(Pred pred) const {
        std::vector<T> out;
        for (const T& t : all<T>())
            if (pred(t))
                out.push_back(t);
        return out;
    }
    std::vector<DropReason> dropReasons() const {
        std::vector<DropReason> out;
        for (const Drop& d : all<Drop>())
            out.push_back(d.reason);
        return out;
    }
};

} // namespace ww::test
