#include "views/device_tables_widget.h"

#include "dns/dns_table_models.h"
#include "models/device_table_models.h"
#include "models/playback_clock.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace ww::ui {

namespace {
enum Tab { MacTab, ArpTab, RouteTab, NatTab, TcpTab, DnsCacheTab, HostsTab, DnsZoneTab };
}

DeviceTablesWidget::DeviceTablesWidget(PlaybackClock* clock, QWidget* parent)
    : QWidget(parent)
    , clock_(clock)
    , deviceCombo_(new QComboBox(this))
    , tabs_(new QTabWidget(this)) {
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Device:"), this));
    top->addWidget(deviceCombo_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(tabs_);

    models_ = {new MacTableModel(this),  new ArpCacheModel(this),      new RoutingTableModel(this),
               new NatTableModel(this),  new TcpConnectionModel(this), new DnsCacheModel(this),
               new HostsFileModel(this), new DnsZoneModel(this)};
    const QString titles[] = {tr("MAC table"),  tr("ARP cache"),       tr("Routing table"),
                              tr("NAT table"),  tr("TCP connections"), tr("DNS cache"),
                              tr("Hosts file"), tr("DNS server")};
    // Each tab's page is empty until it is first shown: eight table views cost start-up
    // what the one in front is worth.
    for (std::size_t i = 0; i < models_.size(); ++i) {
        auto* page = new QWidget(tabs_);
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        tabs_->addTab(page, titles[i]);
    }
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int tab) { view(tab); });

    connect(deviceCombo_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setDevice(static_cast<DeviceId>(index));
    });
    connect(clock_, &PlaybackClock::runChanged, this, &DeviceTablesWidget::rebuild);
    connect(clock_, &PlaybackClock::currentEventChanged, this, &DeviceTablesWidget::refresh);
    connect(clock_, &PlaybackClock::timeChanged, this, &DeviceTablesWidget::refresh);
    rebuild();
}

DeviceTablesWidget::~DeviceTablesWidget() = default;

void DeviceTablesWidget::showEvent(QShowEvent* event) {
    view(tabs_->currentIndex()); // the tab in front when nothing switched tabs yet
    QWidget::showEvent(event);
}

QTableView* DeviceTablesWidget::view(int tab) {
    QWidget* page = tabs_->widget(tab);
    if (!page)
        return nullptr;
    if (auto* existing = page->findChild<QTableView*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto* view = new QTableView(page);
    view->setModel(models_[static_cast<std::size_t>(tab)]);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    page->layout()->addWidget(view);
    return view;
}

DeviceTableModel* DeviceTablesWidget::model(int tab) const {
    return tab >= 0 && static_cast<std::size_t>(tab) < models_.size()
               ? models_[static_cast<std::size_t>(tab)]
               : nullptr;
}

void DeviceTablesWidget::setDevice(DeviceId device) {
    if (device == device_)
        return;
    device_ = device;
    {
        const QSignalBlocker block(deviceCombo_);
        deviceCombo_->setCurrentIndex(static_cast<int>(device));
    }
    updateTabs();
    refresh();
    Q_EMIT deviceChanged(device_);
}

void DeviceTablesWidget::rebuild() {
    const auto& run = clock_->run();
    tables_ = run ? std::make_unique<LiveTables>(run) : nullptr;
    {
        const QSignalBlocker block(deviceCombo_);
        deviceCombo_->clear();
        if (run)
            for (const DeviceInfo& d : run->devices())
                deviceCombo_->addItem(d.name);
        if (run && device_ >= run->devices().size())
            device_ = 0;
        deviceCombo_->setCurrentIndex(static_cast<int>(device_));
    }
    updateTabs();
    refresh();
}

void DeviceTablesWidget::updateTabs() {
    const auto& run = clock_->run();
    if (!run || device_ >= run->devices().size())
        return;
    const lab::DeviceType type = run->devices()[device_].type;
    const lab::Device* labDevice =
        device_ < run->lab().devices.size() ? &run->lab().devices[device_] : nullptr;
    const bool switching = type == lab::DeviceType::Switch || type == lab::DeviceType::L3Switch;
    const bool ip = type != lab::DeviceType::Switch;
    tabs_->setTabVisible(MacTab, switching);
    tabs_->setTabVisible(ArpTab, ip);
    tabs_->setTabVisible(RouteTab, ip);
    tabs_->setTabVisible(NatTab, labDevice && labDevice->nat.has_value());
    tabs_->setTabVisible(TcpTab, type == lab::DeviceType::Host || type == lab::DeviceType::Router);
    // Every host has a stub resolver; a router may forward DNS with a cache of its own.
    tabs_->setTabVisible(DnsCacheTab, type != lab::DeviceType::Switch);
    tabs_->setTabVisible(DnsZoneTab, labDevice && labDevice->dns.has_value());
    // Every host's stub resolver reads a hosts file (empty unless the lab writes one).
    tabs_->setTabVisible(HostsTab, type == lab::DeviceType::Host);
    if (type == lab::DeviceType::Host) {
        const lab::Resolver resolver =
            labDevice && labDevice->resolver ? *labDevice->resolver : lab::Resolver{};
        const auto files =
            std::find(resolver.order.begin(), resolver.order.end(), lab::ResolverSource::Files);
        tabs_->setTabToolTip(HostsTab, files == resolver.order.end()
                                           ? tr("Not looked in: the resolver order leaves it out")
                                       : files == resolver.order.begin()
                                           ? tr("Looked in before asking a DNS server")
                                           : tr("Looked in only when DNS has no answer"));
    }
    if (!tabs_->isTabVisible(tabs_->currentIndex()))
        tabs_->setCurrentIndex(switching ? MacTab : ArpTab);
}

void DeviceTablesWidget::refresh() {
    const auto& run = clock_->run();
    if (!tables_ || !run) {
        for (auto* m : models_)
            m->clear();
        return;
    }
    const NetworkState& state = tables_->stateAt(clock_->appliedEvents());
    for (auto* m : models_)
        m->show(*run, state, device_, clock_->time());
}

} // namespace ww::ui
