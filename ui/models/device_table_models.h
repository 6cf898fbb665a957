#pragma once

#include "models/live_tables.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace ww::ui {

// A table of one device at one moment (MAC table, ARP cache, ...): text cells
// filled from a NetworkState. Subclasses say which columns and rows.
class DeviceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Refills the rows for `device` from `state` at simulated time `now`.
    void show(const RecordedRun& run, const NetworkState& state, DeviceId device, SimTime now);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    virtual QStringList headers() const = 0;
    virtual std::vector<QStringList> rowsFor(const RecordedRun& run, const DeviceState& state,
                                             DeviceId device, SimTime now) const = 0;

private:
    std::vector<QStringList> rows_;
};

// Switches: MAC, port, age.
class MacTableModel : public DeviceTableModel {
    Q_OBJECT
public:
    using DeviceTableModel::DeviceTableModel;

protected:
    QStringList headers() const override;
    std::vector<QStringList> rowsFor(const RecordedRun&, const DeviceState&, DeviceId,
                                     SimTime) const override;
};

// Hosts and routers: IP, MAC, interface.
class ArpCacheModel : public DeviceTableModel {
    Q_OBJECT
public:
    using DeviceTableModel::DeviceTableModel;

protected:
    QStringList headers() const override;
    std::vector<QStringList> rowsFor(const RecordedRun&, const DeviceState&, DeviceId,
                                     SimTime) const override;
};

// Prefix, next hop, interface, kind: static, from the lab as built.
class RoutingTableModel : public DeviceTableModel {
    Q_OBJECT
public:
    using DeviceTableModel::DeviceTableModel;

protected:
    QStringList headers() const override;
    std::vector<QStringList> rowsFor(const RecordedRun&, const DeviceState&, DeviceId,
                                     SimTime) const override;
};

// NAPT routers: protocol, inside, global, created.
class NatTableModel : public DeviceTableModel {
    Q_OBJECT
public:
    using DeviceTableModel::DeviceTableModel;

protected:
    QStringList headers() const override;
    std::vector<QStringList> rowsFor(const RecordedRun&, const DeviceState&, DeviceId,
                                     SimTime) const override;
};

// Local, remote, state, like netstat.
class TcpConnectionModel : public DeviceTableModel {
    Q_OBJECT
public:
    using DeviceTableModel::DeviceTableModel;

protected:
    QStringList headers() const override;
    std::vector<QStringList> rowsFor(const RecordedRun&, const DeviceState&, DeviceId,
                                     SimTime) const override;
};

} // namespace ww::ui
