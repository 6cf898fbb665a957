#include "models/event_list_model.h"

#include "models/sequence_numbering.h"
#include "proto/protocol_registry.h"

namespace ww::ui {

EventListModel::EventListModel(QObject* parent)
    : QAbstractTableModel(parent) {
    connect(&SequenceNumbering::instance(), &SequenceNumbering::relativeChanged, this,
            [this] { setRun(run_); });
}

void EventListModel::setRun(std::shared_ptr<const RecordedRun> run) {
    beginResetModel();
    run_ = std::move(run);
    rows_.clear();
    if (run_) {
        EventDescriber describer(*run_);
        describer.setRelativeSequence(SequenceNumbering::instance().relative());
        rows_.reserve(run_->events().size());
        for (const Event& e : run_->events())
            rows_.push_back(describer.describe(e));
    }
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !run_ || index.row() >= rowCount())
        return {};
    const EventRow& r = rows_[static_cast<std::size_t>(index.row())];
    const Event& e = run_->events()[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QString::number(static_cast<double>(e.time) / 1e6, 'f', 3); // to the µs
        case DeviceColumn:
            if (r.device == kNoDevice)
                return QString();
            if (r.peer != kNoDevice)
                return QStringLiteral("%1 → %2").arg(run_->deviceName(r.device),
                                                     run_->deviceName(r.peer));
            return run_->deviceName(r.device);
        case LayerColumn:
            return r.layer < 0 ? QString() : layerName(static_cast<Layer>(r.layer));
        case ProtocolColumn:
            return r.protocol;
        case SummaryColumn:
            return r.summary;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        // Where ARP sits surprises students: say why on its layer cell.
        if (index.column() == LayerColumn && r.protocol == proto::displayName(Protocol::Arp))
            return proto::arpPlacement();
        return r.summary;
    case DeviceRole:
        return static_cast<uint>(r.device);
    case PeerRole:
        return static_cast<uint>(r.peer);
    case ProtocolRole:
        return r.protocol;
    case DetailRole:
        return r.detail;
    case TimeRole:
        return static_cast<qint64>(e.time);
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == LayerColumn)
            return tr("The layer where this step happens, in the four-layer model: a frame on a "
                      "link is Network interface, a router choosing a route is Internet, a TCP "
                      "state change is Transport, a ping or a DHCP lease is Application.");
        if (section == ProtocolColumn)
            return tr("The highest protocol in the PDU, as a packet analyser shows it");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case DeviceColumn:
        return tr("Device");
    case LayerColumn:
        return tr("Layer");
    case ProtocolColumn:
        return tr("Protocol");
    case SummaryColumn: // Wireshark's relative numbers are a choice: say which is shown
        return SequenceNumbering::instance().relative() ? tr("Summary (TCP Seq/Ack relative)")
                                                        : tr("Summary (TCP Seq/Ack absolute)");
    }
    return {};
}

EventFilterProxy::EventFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {}

void EventFilterProxy::setProtocol(const QString& protocol) {
    if (protocol == protocol_)
        return;
    protocol_ = protocol;
    invalidateFilter();
}

void EventFilterProxy::setDevice(DeviceId device) {
    if (device == device_)
        return;
    device_ = device;
    invalidateFilter();
}

void EventFilterProxy::setShowDetails(bool show) {
    if (show == showDetails_)
        return;
    showDetails_ = show;
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!showDetails_ && i.data(EventListModel::DetailRole).toBool())
        return false;
    if (!protocol_.isEmpty() && i.data(EventListModel::ProtocolRole).toString() != protocol_)
        return false;
    if (device_ != kNoDevice) {
        const auto d = i.data(EventListModel::DeviceRole).toUInt();
        const auto p = i.data(EventListModel::PeerRole).toUInt();
        if (d != device_ && p != device_)
            return false;
    }
    return true;
}

} // namespace ww::ui
