#pragma once

#include "models/event_list_facts.h"
#include "models/event_summary.h"
#include "models/recorded_run.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSortFilterProxyModel>
#include <cstdint>
#include <memory>
#include <vector>

namespace ww::ui {

// The recorded events as a protocol analyser's packet list: one row per event.
// A row keeps only what filtering needs (EventListFacts: 12 bytes, made in the recording's
// worker thread when it had one); its summary is described when shown and a few thousand are
// cached, so a run of a million events costs no million strings.
class EventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        DeviceColumn,
        LayerColumn,
        ProtocolColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role {
        DeviceRole = Qt::UserRole + 1, // DeviceId the event happened at (a frame: sender)
        PeerRole,                      // a frame's receiver, or kNoDevice
        ProtocolRole,                  // "ARP", "ICMP", "TCP" ...
        DetailRole,                    // bool: low-level plumbing
        TimeRole,                      // qint64 simulated ns
    };

    explicit EventListModel(QObject* parent = nullptr);

    void setRun(std::shared_ptr<const RecordedRun> run);
    const std::shared_ptr<const RecordedRun>& run() const { return run_; }
    // The whole row, summary included (described now unless cached).
    EventRow row(int index) const;
    // Every protocol some row shows, once each; may include the empty name.
    const std::vector<QString>& protocols() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const EventRow& described(int index) const;

    // Seq/Ack relative or absolute changed: the texts, not the facts.
    void redescribe();

    std::shared_ptr<const RecordedRun> run_;
    std::shared_ptr<const EventListFacts> facts_; // null: no run
    mutable std::unique_ptr<EventDescriber> describer_;
    mutable QCache<int, EventRow> cache_;
};

// Filters the event list by protocol and by device (sender or receiver), and
// hides the low-level detail rows unless asked to show them.
class EventFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject* parent = nullptr);

    void setProtocol(const QString& protocol); // empty: all
    void setDevice(DeviceId device);           // kNoDevice: all
    void setShowDetails(bool show);
    QString protocol() const { return protocol_; }
    DeviceId device() const { return device_; }
    bool showsDetails() const { return showDetails_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString protocol_;
    DeviceId device_ = kNoDevice;
    bool showDetails_ = false;
};

} // namespace ww::ui
