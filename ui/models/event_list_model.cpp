#include "models/event_list_model.h"

#include "models/sequence_numbering.h"
#include "proto/protocol_registry.h"

#include <algorithm>

namespace ww::ui {

namespace {
constexpr int kCachedRows = 4096; // a few screens of rows, and every column of each
} // namespace

EventListModel::EventListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , cache_(kCachedRows) {
    connect(&SequenceNumbering::instance(), &SequenceNumbering::relativeChanged, this,
            &EventListModel::redescribe);
}

void EventListModel::setRun(std::shared_ptr<const RecordedRun> run) {
    beginResetModel();
    run_ = std::move(run);
    cache_.clear();
    describer_.reset();
    facts_.reset();
    if (run_) {
        facts_ = run_->listFacts() ? run_->listFacts() : EventListFacts::of(*run_);
        describer_ = std::make_unique<EventDescriber>(*run_);
        describer_->setRelativeSequence(SequenceNumbering::instance().relative());
    }
    endResetModel();
}

void EventListModel::redescribe() {
    beginResetModel();
    cache_.clear();
    if (describer_)
        describer_->setRelativeSequence(SequenceNumbering::instance().relative());
    endResetModel();
}

const std::vector<QString>& EventListModel::protocols() const {
    static const std::vector<QString> none{QString()};
    return facts_ ? facts_->protocols : none;
}

const EventRow& EventListModel::described(int index) const {
    if (const EventRow* cached = cache_.object(index))
        return *cached;
    // Each TCP frame is described with the bases it had in trace order (zero: absolute).
    const auto& bases = facts_->tcpBases;
    auto pinned = std::lower_bound(bases.begin(), bases.end(), index,
                                   [](const EventListFacts::PinnedBases& b, int row) {
                                       return b.row < static_cast<std::uint32_t>(row);
                                   });
    const bool relative = SequenceNumbering::instance().relative();
    describer_->pdus().pinTcpBases(relative && pinned != bases.end() &&
                                           pinned->row == static_cast<std::uint32_t>(index)
                                       ? pinned->bases
                                       : PduDescriber::TcpBases{});
    auto* row = new EventRow(describer_->describe(run_->events()[static_cast<std::size_t>(index)]));
    cache_.insert(index, row);
    return *row;
}

EventRow EventListModel::row(int index) const {
    return described(index);
}

int EventListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !facts_ ? 0 : static_cast<int>(facts_->rows.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !run_ || index.row() >= rowCount())
        return {};
    const EventListFacts::Row& r = facts_->rows[static_cast<std::size_t>(index.row())];
    const std::vector<QString>& protocols = facts_->protocols;
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
            return protocols[r.protocol];
        case SummaryColumn:
            return described(index.row()).summary;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        // Where ARP sits surprises students: say why on its layer cell.
        if (index.column() == LayerColumn &&
            protocols[r.protocol] == proto::displayName(Protocol::Arp))
            return proto::arpPlacement();
        return described(index.row()).summary;
    case DeviceRole:
        return static_cast<uint>(r.device);
    case PeerRole:
        return static_cast<uint>(r.peer);
    case ProtocolRole:
        return protocols[r.protocol];
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
