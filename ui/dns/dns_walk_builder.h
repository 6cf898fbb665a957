#pragma once

#include "dns/dns_walk.h"
#include "models/recorded_run.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ww::ui {

// What the walk is built from: the events in trace order, and how to name a device and
// find the device that holds an address. A RecordedRun gives all three; tests write them.
struct DnsWalkSource {
    const std::vector<Event>& events;
    std::function<QString(DeviceId)> deviceName;
    std::function<DeviceId(Ipv4Address)> deviceWithAddress;
    // The zones each authoritative server serves, from the lab ("." root, "kr." TLD):
    // they name the lanes. Servers missing here are read from what they sent.
    std::map<DeviceId, std::vector<std::string>> zones = {};
};

// Every application lookup of a recording (a stub resolver's DnsLookupStarted), in the
// order they started, each with the server work it caused: a server's lookup belongs to
// the query that started it, joined by what is on the wire (the client's source port,
// transaction id, transport and question in DnsQuerySent ↔ DnsQueryReceived), so the
// walk follows forwarders and resolvers down to the authoritative servers.
std::vector<DnsWalk> buildDnsWalks(const DnsWalkSource& source);
std::vector<DnsWalk> buildDnsWalks(const RecordedRun& run);

} // namespace ww::ui
