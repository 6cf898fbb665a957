#include "cli/bench_lab.h"

#include <string>

namespace ww::cli {

namespace {

lab::Interface port(int n) {
    lab::Interface i;
    i.name = "p" + std::to_string(n);
    return i;
}

lab::Link cable(const std::string& a, const std::string& ai, const std::string& b,
                const std::string& bi) {
    lab::Link l;
    l.name = a + "-" + b;
    l.a = {a, ai};
    l.b = {b, bi};
    l.bandwidthBps = 1'000'000'000;
    l.delaySeconds = 0.00001;
    return l;
}

} // namespace

lab::Lab makeBenchLab(int hosts, double seconds, double interval) {
    lab::Lab lab;
    lab.name = "bench";
    lab.title = "Benchmark: two LANs and a router";
    lab.duration = seconds;
    const int perLan = hosts / 2;

    lab::Device router;
    router.name = "R1";
    router.type = lab::DeviceType::Router;
    router.interfaces = {{"eth0", {}, Ipv4Prefix{Ipv4Address::fromOctets(10, 1, 0, 1), 16}, 0},
                         {"eth1", {}, Ipv4Prefix{Ipv4Address::fromOctets(10, 2, 0, 1), 16}, 0}};
    lab.devices.push_back(router);
    for (int lan = 1; lan <= 2; ++lan) {
        lab::Device sw;
        sw.name = "SW" + std::to_string(lan);
        sw.type = lab::DeviceType::Switch;
        for (int p = 0; p <= perLan; ++p)
            sw.interfaces.push_back(port(p));
        lab.devices.push_back(sw);
        lab.links.push_back(cable("R1", "eth" + std::to_string(lan - 1), sw.name, "p0"));
    }
    for (int lan = 1; lan <= 2; ++lan) {
        for (int h = 1; h <= perLan; ++h) {
            lab::Device host;
            host.name = "H" + std::to_string(lan) + "-" + std::to_string(h);
            const auto hostPart = static_cast<std::uint32_t>(h + 9);
            const Ipv4Address addr{
                Ipv4Address::fromOctets(10, static_cast<std::uint8_t>(lan), 0, 0).value + hostPart};
            host.interfaces = {{"eth0", {}, Ipv4Prefix{addr, 16}, 0}};
            host.gateway = Ipv4Address::fromOctets(10, static_cast<std::uint8_t>(lan), 0, 1);
            lab.devices.push_back(host);
            lab.links.push_back(
                cable(host.name, "eth0", "SW" + std::to_string(lan), "p" + std::to_string(h)));
            if (lan == 1) {
                lab::Action ping;
                ping.at = 0.1 + 0.0001 * h; // staggered, as real hosts would be
                ping.from = host.name;
                ping.to = Ipv4Address{Ipv4Address::fromOctets(10, 2, 0, 0).value + hostPart};
                ping.interval = interval;
                ping.count = static_cast<int>((seconds - ping.at) / interval);
                lab.scenario.push_back(ping);
            }
        }
    }
    return lab;
}

} // namespace ww::cli
