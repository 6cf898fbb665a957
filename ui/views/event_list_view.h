#pragma once

#include "trace/event.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableView;

namespace ww::ui {

class EventFilterProxy;
class EventListModel;
class PlaybackClock;

// The recorded events as a packet list, with filters by protocol and device.
// Selecting a row moves the clock to that event; during playback the clock's
// current event (or the last visible one before it) is selected.
class EventListView : public QWidget {
    Q_OBJECT
public:
    explicit EventListView(PlaybackClock* clock, QWidget* parent = nullptr);

    EventListModel* model() const { return model_; }
    EventFilterProxy* proxy() const { return proxy_; }
    QTableView* table() const { return table_; }
    // The "Show details" check box (messages name it by its own text).
    QCheckBox* detailsBox() const { return details_; }

    // Moves the clock to the next (+1) or previous (-1) event the list shows, past
    // the rows its filters hide; returns how many hidden events were passed over.
    int stepVisible(int direction);

public Q_SLOTS:
    void setProtocolFilter(const QString& protocol); // empty: all
    void setDeviceFilter(DeviceId device);           // kNoDevice: all

Q_SIGNALS:
    // The user picked an event (its index in the recording), e.g. for a packet inspector.
    void eventActivated(int index);

private:
    void rebuild();
    void followClock(int index);
    void onRowSelected();
    void onRowClicked(const QModelIndex& row);
    // The first proxy row whose event comes after source event `index` (rowCount() if none).
    int firstRowAfter(int index) const;

    PlaybackClock* clock_;
    EventListModel* model_;
    EventFilterProxy* proxy_;
    QComboBox* protocol_ = nullptr;
    QComboBox* device_ = nullptr;
    QCheckBox* details_ = nullptr;
    QTableView* table_ = nullptr;
    bool following_ = false;
    bool activatedByPress_ = false; // this mouse press selected a row and activated it
};

} // namespace ww::ui
