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
    lab.title.en = "Benchmark: two LANs and a router";
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

lab::Lab makeTcpBenchLab(std::uint64_t bytes, double loss) {
    lab::Lab lab;
    lab.name = "bench-tcp";
    lab.duration = 600;
    lab::Device a, b, r, s1, s2;
    a.name = "A";
    a.interfaces = {{"eth0", {}, Ipv4Prefix{Ipv4Address::fromOctets(10, 1, 0, 10), 24}, 0}};
    a.gateway = Ipv4Address::fromOctets(10, 1, 0, 1);
    b.name = "B";
    b.interfaces = {{"eth0", {}, Ipv4Prefix{Ipv4Address::fromOctets(10, 2, 0, 10), 24}, 0}};
    b.gateway = Ipv4Address::fromOctets(10, 2, 0, 1);
    b.tcpListen = {lab::TcpListen::sink(5001)};
    r.name = "R";
    r.type = lab::DeviceType::Router;
    r.interfaces = {{"eth0", {}, Ipv4Prefix{Ipv4Address::fromOctets(10, 1, 0, 1), 24}, 0},
                    {"eth1", {}, Ipv4Prefix{Ipv4Address::fromOctets(10, 2, 0, 1), 24}, 0}};
    for (auto* sw : {&s1, &s2}) {
        sw->type = lab::DeviceType::Switch;
        sw->interfaces = {port(1), port(2)};
    }
    s1.name = "S1";
    s2.name = "S2";
    lab.devices = {a, s1, r, s2, b};
    lab.links = {cable("A", "eth0", "S1", "p1"), cable("R", "eth0", "S1", "p2"),
                 cable("R", "eth1", "S2", "p1"), cable("B", "eth0", "S2", "p2")};
    for (auto& l : lab.links) {
        l.bandwidthBps = 100'000'000;
        l.delaySeconds = 0.001;
        l.loss = loss;
    }
    lab::Action send;
    send.type = lab::ActionType::TcpTransfer;
    send.at = 0.1;
    send.from = "A";
    send.to = Ipv4Address::fromOctets(10, 2, 0, 10);
    send.port = 5001;
    send.size = static_cast<int>(bytes);
    lab.scenario = {send};
    return lab;
}

} // namespace ww::cli
