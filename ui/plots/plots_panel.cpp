#include "plots/plots_panel.h"

#include "models/recorded_run.h"
#include "plots/qcp.h"
#include "plots/tcp_plot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabBar>
#include <QVBoxLayout>
#include <algorithm>

namespace ww::plots {

namespace {

// Device names of the sender and the receiver of a connection's data.
std::pair<QString, QString> endsOf(const ui::RecordedRun& run, const TcpConnectionInfo& c) {
    const TcpConnectionRef& other =
        c.responder && c.sender.device == c.initiator.device ? *c.responder : c.initiator;
    const QString to = other.device == c.sender.device
                           ? QString::fromStdString(c.sender.remoteAddress.toString())
                           : run.deviceName(other.device);
    return {run.deviceName(c.sender.device), to};
}

} // namespace

PlotsPanel::PlotsPanel(QWidget* parent)
    : QWidget(parent)
    , connections_(new QComboBox(this))
    , tabs_(new QTabBar(this))
    , plot_(new QCustomPlot(this)) {
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("TCP connection:"), this);
    label->setBuddy(connections_);
    top->addWidget(label);
    top->addWidget(connections_, 1);
    for (PlotKind k : kAllPlotKinds)
        tabs_->addTab(plotKindTitle(k));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(tabs_);
    layout->addWidget(plot_, 1);
    plot_->setMinimumSize(320, 220);
    preparePlot(*plot_, PlotLook{false, false});
    plot_->setToolTip(tr("Drag to pan, wheel to zoom, double-click to fit the connection"));
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] { redraw(true); });
    connect(connections_, &QComboBox::currentIndexChanged, this, &PlotsPanel::chooseConnection);
    connect(tabs_, &QTabBar::currentChanged, this, [this] { redraw(true); });
    setRun(nullptr);
}

PlotKind PlotsPanel::kind() const {
    return kAllPlotKinds[static_cast<std::size_t>(std::max(0, tabs_->currentIndex()))];
}

void PlotsPanel::setRun(std::shared_ptr<const ui::RecordedRun> run) {
    const QString previous = connections_->currentData().toString();
    run_ = std::move(run);
    const QSignalBlocker block(connections_);
    connections_->clear();
    connectionList_ = run_ ? tcpConnections(*run_) : std::vector<TcpConnectionInfo>{};
    for (const TcpConnectionInfo& c : connectionList_) {
        const auto [from, to] = endsOf(*run_, c);
        connections_->addItem(tr("%1 → %2 (%3)").arg(from, to, c.id), c.id);
    }
    connections_->setEnabled(connections_->count() > 0);
    if (connections_->count() == 0)
        connections_->addItem(tr("No TCP connection in this lab"));
    const int keep = connections_->findData(previous);
    connections_->setCurrentIndex(keep >= 0 ? keep : 0);
    chooseConnection();
}

void PlotsPanel::chooseConnection() {
    series_.reset();
    const QString id = connections_->currentData().toString();
    const auto chosen = std::find_if(connectionList_.begin(), connectionList_.end(),
                                     [&id](const TcpConnectionInfo& c) { return c.id == id; });
    if (run_ && chosen != connectionList_.end()) {
        series_ = tcpSeries(*run_, *chosen);
        std::tie(from_, to_) = endsOf(*run_, series_->connection);
    }
    redraw(true);
}

void PlotsPanel::setTime(qint64 time) {
    time_ = time;
    if (isVisible())
        redraw(false);
    else
        stale_ = true; // a hidden dock costs nothing while playing
}

void PlotsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_)
        redraw(false);
}

void PlotsPanel::redraw(bool fitRanges) {
    stale_ = false;
    if (!series_) {
        plot_->clearPlottables();
        plot_->clearItems();
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    drawTcpPlot(*plot_, kind(), *series_, from_, to_, time_, time_, fitRanges);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ww::plots
