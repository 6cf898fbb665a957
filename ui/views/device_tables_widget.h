#pragma once

#include "models/live_tables.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QTabWidget;
class QTableView;

namespace ww::ui {

class PlaybackClock;
class DeviceTableModel;

// A device's tables at the clock's current event: MAC table, ARP cache,
// routing table, NAT table, TCP connections (tabs that do not apply to the
// device's kind are hidden). Pick the device with the combo or setDevice().
class DeviceTablesWidget : public QWidget {
    Q_OBJECT
public:
    explicit DeviceTablesWidget(PlaybackClock* clock, QWidget* parent = nullptr);
    ~DeviceTablesWidget() override;

    DeviceId device() const { return device_; }
    // The models, in tab order: MAC, ARP, routes, NAT, TCP, DNS cache, hosts file, DNS
    // server (for tests and docks).
    DeviceTableModel* model(int tab) const;
    QTabWidget* tabs() const { return tabs_; }
    // Tab `tab`'s table view, made now if it was never shown (null: no such tab).
    QTableView* view(int tab);

public Q_SLOTS:
    void setDevice(DeviceId device);

Q_SIGNALS:
    void deviceChanged(DeviceId device);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild(); // a new recording
    void refresh(); // the clock moved
    void updateTabs();

    PlaybackClock* clock_;
    std::unique_ptr<LiveTables> tables_;
    DeviceId device_ = 0;
    QComboBox* deviceCombo_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    std::vector<DeviceTableModel*> models_;
};

} // namespace ww::ui
