#include "classroom/act_live_dialog.h"

#include "wire/address.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace ww::ui::classroom {

namespace {
// RFC 1035 §3.2.2 type values of the records nslookup asks for most.
constexpr std::pair<const char*, std::uint16_t> kRecordTypes[] = {
    {"A", 1}, {"NS", 2}, {"CNAME", 5}, {"SOA", 6}, {"PTR", 12}, {"MX", 15}};
} // namespace

ActLiveDialog::ActLiveDialog(lab::ActionType type, const QString& device, QWidget* parent)
    : QDialog(parent)
    , type_(type)
    , device_(device)
    , target_(new QLineEdit(this)) {
    auto* form = new QFormLayout(this);
    const bool dns = type == lab::ActionType::Dns;
    form->addRow(dns ? tr("Name to look up:") : tr("To (address or name):"), target_);
    target_->setPlaceholderText(dns ? QStringLiteral("www.example") : QStringLiteral("10.0.3.20"));
    switch (type) {
    case lab::ActionType::Ping:
        setWindowTitle(tr("Ping from %1").arg(device));
        count_ = new QSpinBox(this);
        count_->setRange(1, 100);
        count_->setValue(3);
        form->addRow(tr("Count:"), count_);
        break;
    case lab::ActionType::Traceroute:
        setWindowTitle(tr("Traceroute from %1").arg(device));
        probe_ = new QComboBox(this);
        probe_->addItem(tr("UDP (Linux default)"));
        probe_->addItem(tr("ICMP echo (traceroute -I)"));
        form->addRow(tr("Probes:"), probe_);
        break;
    case lab::ActionType::HttpGet:
        setWindowTitle(tr("HTTP GET from %1").arg(device));
        path_ = new QLineEdit(QStringLiteral("/"), this);
        form->addRow(tr("Path:"), path_);
        break;
    case lab::ActionType::Dns:
        setWindowTitle(tr("DNS lookup from %1").arg(device));
        recordType_ = new QComboBox(this);
        for (const auto& [name, value] : kRecordTypes)
            recordType_->addItem(QString::fromLatin1(name), value);
        form->addRow(tr("Record type:"), recordType_);
        break;
    case lab::ActionType::UdpSend:
    case lab::ActionType::TcpTransfer:
        break; // not offered on the canvas menu
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::optional<lab::Action> ActLiveDialog::action() const {
    const QString target = target_->text().trimmed();
    if (target.isEmpty())
        return std::nullopt;
    lab::Action a;
    a.type = type_;
    a.from = device_.toStdString();
    if (type_ == lab::ActionType::Dns) {
        a.name = target.toStdString();
        a.qtype = static_cast<std::uint16_t>(recordType_->currentData().toUInt());
    } else if (auto address = parseIpv4(target.toStdString())) {
        a.to = *address;
    } else {
        a.name = target.toStdString(); // resolved first, like `ping www.example`
    }
    if (count_)
        a.count = count_->value();
    if (probe_)
        a.probe = probe_->currentIndex() == 1 ? lab::ProbeKind::Icmp : lab::ProbeKind::Udp;
    if (path_) {
        a.port = 80;
        a.path = path_->text().trimmed().isEmpty() ? std::string("/")
                                                   : path_->text().trimmed().toStdString();
    }
    return a;
}

} // namespace ww::ui::classroom
