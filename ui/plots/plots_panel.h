#pragma once

#include "plots/plot_kind.h"
#include "plots/tcp_series.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QCustomPlot;
class QTabBar;

namespace ww::ui {
class RecordedRun;
}

namespace ww::plots {

// The TCP plots of one connection of a recording: a connection chooser, one tab per
// plot kind and the QCustomPlot itself, drawn up to the playback moment.
class PlotsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PlotsPanel(QWidget* parent = nullptr);

    void setRun(std::shared_ptr<const ui::RecordedRun> run);
    QComboBox* connectionBox() const { return connections_; }
    QTabBar* kindTabs() const { return tabs_; }
    QCustomPlot* plot() const { return plot_; }
    PlotKind kind() const;
    // The connection shown: its series (nullopt when the run has no TCP connection).
    const std::optional<TcpSeries>& series() const { return series_; }

public Q_SLOTS:
    // The playback moment: data up to it, and the line at it.
    void setTime(qint64 time);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void chooseConnection();
    void redraw(bool fitRanges);

    std::shared_ptr<const ui::RecordedRun> run_;
    std::vector<TcpConnectionInfo> connectionList_; // the run's TCP conversations
    std::optional<TcpSeries> series_;
    QString from_, to_;
    SimTime time_ = 0;
    bool stale_ = false;
    QComboBox* connections_;
    QTabBar* tabs_;
    QCustomPlot* plot_;
};

} // namespace ww::plots
