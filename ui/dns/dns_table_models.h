#pragma once

#include "models/device_table_models.h"

namespace ww::ui {

// A host's stub cache, a forwarder's or a cache DNS server's cache at the playback
// moment: cache, name, type, value, TTL left, negative. Built from DnsCacheChanged; an
// entry whose TTL ran out is gone even before the engine reports the expiry (it would
// never be answered from again).
class DnsCacheModel : public DeviceTableModel {
    Q_OBJECT
public:
    using DeviceTableModel::DeviceTableModel;

protected:
    QStringList headers() const override;
    std::vector<QStringList> rowsFor(const RecordedRun&, const DeviceState&, DeviceId,
                                     SimTime) const override;
};

// A DNS server's data from the lab ("dns" key): the records of its zones (zone, name,
// type, TTL, value) for an authoritative server, its root hints for a resolver, its
// upstream servers for a forwarder. Static: the lab does not change while it runs.
class DnsZoneModel : public DeviceTableModel {
    Q_OBJECT
public:
    using DeviceTableModel::DeviceTableModel;

protected:
    QStringList headers() const override;
    std::vector<QStringList> rowsFor(const RecordedRun&, const DeviceState&, DeviceId,
                                     SimTime) const override;
};

// A host's hosts file from the lab (resolver.hosts): name and address, in file
// order (the first line for a name wins, as in glibc). Static while the lab runs.
class HostsFileModel : public DeviceTableModel {
    Q_OBJECT
public:
    using DeviceTableModel::DeviceTableModel;

protected:
    QStringList headers() const override;
    std::vector<QStringList> rowsFor(const RecordedRun&, const DeviceState&, DeviceId,
                                     SimTime) const override;
};

} // namespace ww::ui
