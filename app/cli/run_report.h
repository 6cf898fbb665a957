#pragma once

#include "net/network.h"
#include "cli/run_report_dns.h"
#include "cli/run_report_traceroute.h"
#include "trace/trace_stats.h"

#include <QStringList>
#include <QTextStream>
#include <map>

namespace ww::cli {

// What `wirewalk run` prints: one line per thing a student would look for as
// it happens (ping replies, ICMP errors, UDP deliveries), then a summary.
class RunReport {
public:
    RunReport(const Network& net, QTextStream& out, bool verbose);

    void onEvent(const Event& e);
    void printSummary(SimTime end);
    void printConnections();
    // UDP: datagrams each scenario sender sent, and each listening port received.
    void printUdpFlows();
    void printDnsSummary() { dns_.printSummary(); }
    const TraceStats& stats() const { return stats_; }

private:
    QString at(SimTime t) const;
    QString deviceName(DeviceId id) const;

    const Network& net_;
    QTextStream& out_;
    bool verbose_;
    TraceStats stats_;
    std::map<std::pair<DeviceId, std::uint32_t>, QStringList> tcpStates_;
    std::map<std::pair<DeviceId, std::uint32_t>, int> tcpRetransmits_;
    std::map<std::pair<DeviceId, std::uint32_t>, int> udpSent_;      // device, target address
    std::map<std::pair<DeviceId, std::uint16_t>, int> udpDelivered_; // device, port
    DnsRunReport dns_;
    TracerouteRunReport traceroute_;
};

} // namespace ww::cli
