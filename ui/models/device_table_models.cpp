#include "models/device_table_models.h"

namespace ww::ui {

namespace {

QString ip(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

// Milliseconds to the microsecond, like the event list's times: the ages in a lab are
// mostly under a second, where six decimals of a second were unreadable.
QString millis(SimTime t) {
    return QString::number(timeToSeconds(t) * 1000.0, 'f', 3);
}

QString endpoint(Ipv4Address a, std::uint16_t port) {
    return QStringLiteral("%1:%2").arg(ip(a)).arg(port);
}

} // namespace

void DeviceTableModel::show(const RecordedRun& run, const NetworkState& state, DeviceId device,
                            SimTime now) {
    std::vector<QStringList> rows;
    if (device < state.devices.size())
        rows = rowsFor(run, state.devices[device], device, now);
    if (rows == rows_)
        return;
    // Same rows, new values (ages while playing): keep the view's selection and scroll.
    if (rows.size() == rows_.size() && !rows.empty()) {
        rows_ = std::move(rows);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole});
        return;
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

void DeviceTableModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const {
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= rowCount())
        return {};
    const QStringList& row = rows_[static_cast<std::size_t>(index.row())];
    return index.column() < row.size() ? row[index.column()] : QString();
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < headers().size())
        return headers()[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

QStringList MacTableModel::headers() const {
    return {tr("MAC address"), tr("Port"), tr("Age (ms)")};
}

std::vector<QStringList> MacTableModel::rowsFor(const RecordedRun& run, const DeviceState& s,
                                                DeviceId device, SimTime now) const {
    std::vector<QStringList> rows;
    for (const auto& [mac, e] : s.macTable)
        rows.push_back({QString::fromStdString(mac.toString()), run.portName(device, e.port),
                        millis(now - e.since)});
    return rows;
}

QStringList ArpCacheModel::headers() const {
    return {tr("IP address"), tr("MAC address"), tr("Interface"), tr("Age (ms)")};
}

std::vector<QStringList> ArpCacheModel::rowsFor(const RecordedRun& run, const DeviceState& s,
                                                DeviceId device, SimTime now) const {
    std::vector<QStringList> rows;
    for (const auto& [key, e] : s.arpCache)
        rows.push_back({ip(key.second), QString::fromStdString(e.mac.toString()),
                        run.interfaceOnPort(device, e.port), millis(now - e.since)});
    return rows;
}

QStringList RoutingTableModel::headers() const {
    return {tr("Destination"), tr("Next hop"), tr("Interface"), tr("Kind")};
}

std::vector<QStringList> RoutingTableModel::rowsFor(const RecordedRun& run,
                                                    const DeviceState& state, DeviceId device,
                                                    SimTime) const {
    std::vector<QStringList> rows;
    if (device >= run.devices().size())
        return rows;
    // What a DHCP lease added while the lab ran: its network, and the default route.
    for (const auto& [port, lease] : state.dhcpLeases) {
        const QString itf = run.portName(device, port);
        rows.push_back({QStringLiteral("%1/%2").arg(ip(lease.address.network())).arg(
                            lease.address.length),
                        tr("on-link"), itf, tr("connected (DHCP)")});
        if (!lease.gateway.isUnspecified())
            rows.push_back({QStringLiteral("0.0.0.0/0"), ip(lease.gateway), itf,
                            tr("default (DHCP)")});
    }
    for (const RouteView& r : run.devices()[device].routes) {
        QString kind;
        switch (r.kind) {
        case RouteKind::Connected:
            kind = tr("connected");
            break;
        case RouteKind::Static:
            kind = tr("static");
            break;
        case RouteKind::Default:
            kind = tr("default");
            break;
        }
        rows.push_back({QStringLiteral("%1/%2").arg(ip(r.prefix)).arg(r.length),
                        r.nextHop.isUnspecified() ? tr("on-link") : ip(r.nextHop),
                        run.interfaceName(device, r.port), kind});
    }
    return rows;
}

QStringList NatTableModel::headers() const {
    return {tr("Protocol"), tr("Inside"), tr("Global"), tr("Created (ms)")};
}

std::vector<QStringList> NatTableModel::rowsFor(const RecordedRun&, const DeviceState& s, DeviceId,
                                                SimTime) const {
    std::vector<QStringList> rows;
    for (const auto& [key, e] : s.natTable) {
        const QString proto = e.protocol == 1   ? QStringLiteral("ICMP")
                              : e.protocol == 6 ? QStringLiteral("TCP")
                                                : QStringLiteral("UDP");
        rows.push_back({proto, endpoint(e.insideAddress, e.insidePort),
                        endpoint(e.globalAddress, e.globalPort), millis(e.created)});
    }
    return rows;
}

QStringList TcpConnectionModel::headers() const {
    return {tr("Local"), tr("Remote"), tr("State")};
}

std::vector<QStringList> TcpConnectionModel::rowsFor(const RecordedRun&, const DeviceState& s,
                                                     DeviceId, SimTime) const {
    std::vector<QStringList> rows;
    for (const auto& [id, e] : s.tcpConnections)
        rows.push_back({endpoint(e.conn.localAddress, e.conn.localPort),
                        endpoint(e.conn.remoteAddress, e.conn.remotePort),
                        QString::fromLatin1(toString(e.state))
                            .toUpper()
                            .replace(QLatin1Char('_'), QLatin1Char('-'))});
    return rows;
}

} // namespace ww::ui
