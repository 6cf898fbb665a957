#pragma once

#include "net/network.h"

#include <QString>
#include <QTextStream>
#include <map>
#include <vector>

namespace ww::cli {

// The traceroute part of `wirewalk run`, printed like Linux traceroute: its header when the
// first probe leaves, then one line a hop once its three probes are settled.
class TracerouteRunReport {
public:
    TracerouteRunReport(const Network& net, QTextStream& out)
        : net_(net)
        , out_(out) {}

    // True when `e` belongs to a running traceroute and RunReport prints nothing more (the
    // scenario step, the probes, and the ICMP errors the hop lines already show).
    bool onEvent(const Event& e, bool verbose, const QString& when);

    // "traceroute to 10.0.3.20 (10.0.3.20), 30 hops max, 60 byte packets"
    static QString headerLine(Ipv4Address target, int maxHops, std::uint32_t bytes);
    // " 1  10.0.1.1 (10.0.1.1)  2.004 ms  2.004 ms  2.004 ms", "*" for a probe not answered.
    static QString hopLine(int ttl, const std::vector<TracerouteProbeResult>& probes);

private:
    struct Run {
        Ipv4Address target;
        std::vector<TracerouteProbeResult> hop; // the current hop's settled probes
        bool finished = false;
    };
    bool belongsToRun(DeviceId device, Ipv4Address about) const;

    const Network& net_;
    QTextStream& out_;
    std::map<std::pair<DeviceId, std::uint32_t>, Run> runs_;
};

} // namespace ww::cli
