#pragma once

#include "models/recorded_run.h"

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace ww::ui {

// The tables a device keeps, as they are at one moment of a recording.
struct MacEntry {
    PortIndex port = 0;
    SimTime since = 0; // learned or moved
    bool operator==(const MacEntry&) const = default;
};

struct ArpEntry {
    MacAddress mac;
    PortIndex port = 0; // the ARP cache's interface (its port, or an L3 switch's VLAN index)
    SimTime since = 0;
    bool operator==(const ArpEntry&) const = default;
};

struct NatEntry {
    std::uint8_t protocol = 0; // IPv4 protocol number
    Ipv4Address insideAddress;
    std::uint16_t insidePort = 0;
    Ipv4Address globalAddress;
    std::uint16_t globalPort = 0;
    SimTime created = 0;
    bool operator==(const NatEntry&) const = default;
};

struct TcpEntry {
    TcpConnectionRef conn;
    TcpState state = TcpState::Closed;
    SimTime since = 0;
    bool operator==(const TcpEntry& o) const {
        return conn.device == o.conn.device && conn.connection == o.conn.connection &&
               state == o.state && since == o.since;
    }
};

// An interface configured by DHCP: its network and the default gateway it brought.
struct DhcpLease {
    PortIndex port = 0;
    Ipv4Prefix address;
    Ipv4Address gateway;
    bool operator==(const DhcpLease&) const = default;
};

// A record (or a negative answer) in a DNS cache, as DnsCacheChanged added it.
struct DnsCacheEntry {
    DnsPlace cache = DnsPlace::StubCache;
    std::string name;
    std::uint16_t qtype = 0;
    std::string data; // presentation form; "NXDOMAIN"/"NODATA" when negative
    std::uint32_t ttl = 0;
    SimTime added = 0;
    bool negative = false;
    bool operator==(const DnsCacheEntry&) const = default;
};

struct DeviceState {
    std::map<MacAddress, MacEntry> macTable;
    std::map<std::pair<PortIndex, Ipv4Address>, ArpEntry> arpCache;
    std::map<std::tuple<std::uint8_t, std::uint32_t, std::uint16_t>, NatEntry> natTable;
    std::map<std::uint32_t, TcpEntry> tcpConnections; // by connection number; CLOSED ones removed
    std::map<PortIndex, DhcpLease> dhcpLeases;        // routes that came with a lease
    // By (cache, name, type, data): every record of an RRset, each negative entry.
    std::map<std::tuple<DnsPlace, std::string, std::uint16_t, std::string>, DnsCacheEntry> dnsCache;

    bool operator==(const DeviceState&) const = default;
};

// Every device's tables after the first `applied` events.
struct NetworkState {
    std::size_t applied = 0;
    std::vector<DeviceState> devices;

    void apply(const Event& event);
};

// Replays a recording's table changes up to any event index. Keeps a snapshot
// every `snapshotEvery` events, and the last state asked for, so scrubbing and
// stepping replay at most a few hundred events.
class LiveTables {
public:
    explicit LiveTables(std::shared_ptr<const RecordedRun> run, std::size_t snapshotEvery = 256);

    const std::shared_ptr<const RecordedRun>& run() const { return run_; }
    // The state after the first `applied` events (clamped to the recording).
    const NetworkState& stateAt(std::size_t applied);

private:
    std::shared_ptr<const RecordedRun> run_;
    std::size_t every_;
    std::vector<NetworkState> snapshots_; // snapshots_[k].applied == k * every_
    NetworkState current_;
};

} // namespace ww::ui
