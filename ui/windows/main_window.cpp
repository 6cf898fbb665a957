#include "windows/main_window.h"

#include "lab/lab_builder.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ww::ui {

namespace {

QString deviceTypeName(lab::DeviceType t) {
    switch (t) {
    case lab::DeviceType::Host:
        return MainWindow::tr("Host");
    case lab::DeviceType::Switch:
        return MainWindow::tr("L2 switch");
    case lab::DeviceType::Router:
        return MainWindow::tr("Router");
    case lab::DeviceType::L3Switch:
        return MainWindow::tr("L3 switch");
    }
    return {};
}

QString formatBandwidth(std::uint64_t bps) {
    if (bps >= 1'000'000'000 && bps % 1'000'000'000 == 0)
        return MainWindow::tr("%1 Gb/s").arg(bps / 1'000'000'000);
    if (bps >= 1'000'000)
        return MainWindow::tr("%1 Mb/s").arg(static_cast<double>(bps) / 1e6);
    return MainWindow::tr("%1 kb/s").arg(static_cast<double>(bps) / 1e3);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    titleLabel_ = new QLabel(central);
    titleLabel_->setObjectName(QStringLiteral("labTitle"));
    QFont big = titleLabel_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    titleLabel_->setFont(big);
    description_ = new QTextBrowser(central);
    description_->setMaximumHeight(90);

    auto* split = new QSplitter(Qt::Horizontal, central);
    devices_ = new QTreeWidget(split);
    devices_->setObjectName(QStringLiteral("devices"));
    devices_->setHeaderLabels({tr("Device"), tr("Type"), tr("MAC"), tr("IPv4 address")});
    links_ = new QTreeWidget(split);
    links_->setObjectName(QStringLiteral("links"));
    links_->setHeaderLabels({tr("Link"), tr("Ends"), tr("Bandwidth"), tr("Delay"), tr("MTU")});
    for (auto* tree : {devices_, links_}) {
        tree->setRootIsDecorated(true);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    layout->addWidget(titleLabel_);
    layout->addWidget(description_);
    layout->addWidget(split, 1);
    setCentralWidget(central);
    buildMenus();
    resize(1100, 700);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
}

void MainWindow::showLab(const lab::Lab& lab) {
    lab_ = lab;
    setWindowTitle(tr("%1 — Wirewalk").arg(QString::fromStdString(lab.name)));
    titleLabel_->setText(QString::fromStdString(lab.title.empty() ? lab.name : lab.title));
    description_->setPlainText(QString::fromStdString(lab.description));

    devices_->clear();
    for (std::size_t di = 0; di < lab.devices.size(); ++di) {
        const lab::Device& d = lab.devices[di];
        auto* item =
            new QTreeWidgetItem(devices_, {QString::fromStdString(d.name), deviceTypeName(d.type)});
        for (std::size_t ii = 0; ii < d.interfaces.size(); ++ii) {
            const lab::Interface& i = d.interfaces[ii];
            // The MAC the engine will use: the file's, or the one derived from positions.
            const MacAddress mac = i.mac.value_or(lab::defaultMac(di, ii));
            new QTreeWidgetItem(
                item,
                {QString::fromStdString(i.name), QString(), QString::fromStdString(mac.toString()),
                 i.address ? QString::fromStdString(i.address->toString()) : QString()});
        }
        item->setExpanded(true);
    }
    links_->clear();
    for (const lab::Link& l : lab.links) {
        const QString ends =
            QStringLiteral("%1:%2 — %3:%4")
                .arg(QString::fromStdString(l.a.device), QString::fromStdString(l.a.interface),
                     QString::fromStdString(l.b.device), QString::fromStdString(l.b.interface));
        new QTreeWidgetItem(links_,
                            {QString::fromStdString(l.name), ends, formatBandwidth(l.bandwidthBps),
                             tr("%1 ms").arg(l.delaySeconds * 1000.0), QString::number(l.mtu)});
    }
}

} // namespace ww::ui
