#include "views/event_list_view.h"

#include "models/event_list_model.h"
#include "models/event_summary.h"
#include "models/playback_clock.h"
#include "models/sequence_numbering.h"
#include "views/event_columns.h"
#include "widgets/wrap_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace ww::ui {

EventListView::EventListView(PlaybackClock* clock, QWidget* parent)
    : QWidget(parent)
    , clock_(clock)
    , model_(new EventListModel(this))
    , proxy_(new EventFilterProxy(this)) {
    proxy_->setSourceModel(model_);
    protocol_ = new QComboBox(this);
    device_ = new QComboBox(this);
    details_ = new QCheckBox(tr("Show details"), this);
    details_->setToolTip(
        tr("Also list headers added and removed, transmit ends, arrivals and passed checks"));
    table_ = new QTableView(this);
    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 4);
    keepEventColumnsFitted(table_); // Summary gets most of the width

    auto* relative = new QCheckBox(tr("Relative Seq/Ack"), this);
    relative->setToolTip(tr("TCP sequence and acknowledgment numbers counted from each side's "
                            "initial sequence number (as Wireshark shows them), or as carried. "
                            "The sequence diagram follows the same choice."));
    relative->setChecked(SequenceNumbering::instance().relative());
    connect(relative, &QCheckBox::toggled, &SequenceNumbering::instance(),
            &SequenceNumbering::setRelative);
    connect(&SequenceNumbering::instance(), &SequenceNumbering::relativeChanged, relative,
            &QCheckBox::setChecked);
    // The check boxes go under the filters in a narrow dock (a projector's bottom row).
    auto* filters = new WrapBar(this);
    filters->addLead(new QLabel(tr("Protocol:"), this));
    filters->addLead(protocol_);
    filters->addLead(new QLabel(tr("Device:"), this));
    filters->addLead(device_);
    filters->addTrail(details_);
    filters->addTrail(relative);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filters);
    layout->addWidget(table_);

    connect(protocol_, &QComboBox::currentIndexChanged, this, [this](int i) {
        proxy_->setProtocol(protocol_->itemData(i).toString());
        followClock(clock_->currentEvent()); // where the clock is among the rows left
    });
    connect(device_, &QComboBox::currentIndexChanged, this, [this](int i) {
        proxy_->setDevice(i <= 0 ? kNoDevice
                                 : static_cast<DeviceId>(device_->itemData(i).toUInt()));
        followClock(clock_->currentEvent());
    });
    connect(details_, &QCheckBox::toggled, this, [this](bool on) {
        proxy_->setShowDetails(on);
        followClock(clock_->currentEvent());
    });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventListView::onRowSelected);
    connect(table_, &QAbstractItemView::clicked, this, &EventListView::onRowClicked);
    connect(clock_, &PlaybackClock::runChanged, this, &EventListView::rebuild);
    connect(clock_, &PlaybackClock::currentEventChanged, this, &EventListView::followClock);
    rebuild();
}

void EventListView::setProtocolFilter(const QString& protocol) {
    protocol_->setCurrentIndex(std::max(0, protocol_->findData(protocol)));
}

void EventListView::setDeviceFilter(DeviceId device) {
    device_->setCurrentIndex(
        device == kNoDevice ? 0 : std::max(0, device_->findData(static_cast<uint>(device))));
}

void EventListView::rebuild() {
    const QString protocol = proxy_->protocol();
    const DeviceId device = proxy_->device();
    model_->setRun(clock_->run());
    {
        const QSignalBlocker blockP(protocol_);
        const QSignalBlocker blockD(device_);
        protocol_->clear();
        protocol_->addItem(tr("All protocols"), QString());
        std::set<QString> seen;
        seen.insert(model_->protocols().begin(), model_->protocols().end());
        for (const QString& p : seen)
            if (!p.isEmpty())
                protocol_->addItem(p, p);
        protocol_->setCurrentIndex(std::max(0, protocol_->findData(protocol)));
        proxy_->setProtocol(protocol_->currentData().toString());

        device_->clear();
        device_->addItem(tr("All devices"), static_cast<uint>(kNoDevice));
        if (const auto& run = clock_->run())
            for (std::size_t i = 0; i < run->devices().size(); ++i)
                device_->addItem(run->devices()[i].name, static_cast<uint>(i));
        const int d = device == kNoDevice ? 0 : device_->findData(static_cast<uint>(device));
        device_->setCurrentIndex(std::max(0, d));
        proxy_->setDevice(d > 0 ? device : kNoDevice);
    }
    followClock(clock_->currentEvent());
}

void EventListView::followClock(int index) {
    if (following_)
        return;
    following_ = true;
    // The current event, or the last visible row before it when filtered out.
    QModelIndex row;
    for (int i = index; i >= 0 && !row.isValid(); --i) {
        row = proxy_->mapFromSource(model_->index(i, 0));
        if (index - i > 5000)
            break;
    }
    if (row.isValid()) {
        table_->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        table_->scrollTo(row);
    } else {
        table_->clearSelection();
    }
    following_ = false;
}

void EventListView::onRowSelected() {
    if (following_)
        return;
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int index = proxy_->mapToSource(rows.first()).row();
    following_ = true;
    clock_->seekToEvent(index);
    following_ = false;
    activatedByPress_ = QGuiApplication::mouseButtons() != Qt::NoButton;
    Q_EMIT eventActivated(index);
}

void EventListView::onRowClicked(const QModelIndex& row) {
    // A click on the row already selected changes no selection: show it again
    // (the clock may have moved on, or the story been stepped).
    const bool done = activatedByPress_;
    activatedByPress_ = false;
    if (done || !row.isValid())
        return;
    const int index = proxy_->mapToSource(row).row();
    following_ = true;
    clock_->seekToEvent(index);
    following_ = false;
    Q_EMIT eventActivated(index);
}

int EventListView::firstRowAfter(int index) const {
    // Proxy rows keep the recording's order: a binary search over them.
    int lo = 0;
    int hi = proxy_->rowCount();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (proxy_->mapToSource(proxy_->index(mid, 0)).row() > index)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

int EventListView::stepVisible(int direction) {
    const auto& run = clock_->run();
    if (!run)
        return 0;
    const int current = clock_->currentEvent();
    const int total = static_cast<int>(run->events().size());
    if (direction > 0) {
        const int row = firstRowAfter(current);
        if (row >= proxy_->rowCount()) {
            const int skipped = total - 1 - current;
            clock_->seek(clock_->duration()); // nothing more shown: to the end
            return std::max(0, skipped);
        }
        const int next = proxy_->mapToSource(proxy_->index(row, 0)).row();
        clock_->seekToEvent(next);
        return next - current - 1;
    }
    // Back: to the last shown event before the current one.
    const int row = firstRowAfter(current - 1) - 1;
    if (row < 0) {
        clock_->restart();
        return std::max(0, current);
    }
    const int previous = proxy_->mapToSource(proxy_->index(row, 0)).row();
    clock_->seekToEvent(previous);
    return current - previous - 1;
}

} // namespace ww::ui
