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
            [this] { setRun(run_); });
}

void EventListModel::setRun(std::shared_ptr<const RecordedRun> run) {
    beginResetModel();
    run_ = std::move(run);
    cache_.clear();
    describer_.reset();
    facts_ = {};
    protocols_ = {QString()};
    tcpBases_ = {};
    if (run_) {
        // Described once in trace order for the facts filtering needs and for each TCP
        // frame's Seq/Ack bases; the texts are thrown away and described again when shown.
        EventDescriber describer(*run_);
        describer.setRelativeSequence(SequenceNumbering::instance().relative());
        facts_.reserve(run_->events().size());
        for (const Event& e : run_->events()) {
            describer.pdus().clearLastTcpBases();
            const EventRow r = describer.describe(e);
            auto p = std::find(protocols_.begin(), protocols_.end(), r.protocol);
            if (p == protocols_.end())
                p = protocols_.insert(protocols_.end(), r.protocol);
            const auto& bases = describer.pdus().lastTcpBases();
            if (bases && (bases->sequence != 0 || bases->acknowledgment != 0) &&
                std::holds_alternative<FrameTxStart>(e.kind))
                tcpBases_.push_back({static_cast<std::uint32_t>(facts_.size()), *bases});
            facts_.push_back({r.device, r.peer, static_cast<std::uint16_t>(p - protocols_.begin()),
                              static_cast<std::int8_t>(r.layer), r.detail});
        }
        tcpBases_.shrink_to_fit();
        describer_ = std::make_unique<EventDescriber>(*run_);
        describer_->setRelativeSequence(SequenceNumbering::instance().relative());
    }
    endResetModel();
}

const EventRow& EventListModel::described(int index) const {
    if (const EventRow* cached = cache_.object(index))
        return *cached;
    auto pinned = std::lower_bound(
        tcpBases_.begin(), tcpBases_.end(), index,
        [](const PinnedBases& b, int row) { return b.row < static_cast<std::uint32_t>(row); });
    describer_->pdus().pinTcpBases(pinned != tcpBases_.end() &&
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
    return parent.isValid() ? 0 : static_cast<int>(facts_.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !run_ || index.row() >= rowCount())
        return {};
    const RowFacts& r = facts_[static_cast<std::size_t>(index.row())];
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
            return protocols_[r.protocol];
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
            protocols_[r.protocol] == proto::displayName(Protocol::Arp))
            return proto::arpPlacement();
        return described(index.row()).summary;
    case DeviceRole:
        return static_cast<uint>(r.device);
    case PeerRole:
        return static_cast<uint>(r.peer);
    case ProtocolRole:
        return protocols_[r.protocol];
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
