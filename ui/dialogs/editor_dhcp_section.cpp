#include "dialogs/editor_dhcp_section.h"

#include "dialogs/checked_line_edit.h"
#include "dialogs/field_checks.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ww::ui {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString addressText(const std::optional<Ipv4Address>& a) {
    return a ? q(a->toString()) : QString();
}

} // namespace

DhcpSection::DhcpSection(QWidget* parent)
    : EditorSection(parent) {
    setObjectName(QStringLiteral("dhcpSection"));
    client_ = new QCheckBox(tr("DHCP client"));
    client_->setToolTip(tr("The first interface gets its address from a DHCP server"));
    client_->setObjectName(QStringLiteral("dhcpClient"));
    server_ = new QCheckBox(tr("DHCP server"));
    server_->setObjectName(QStringLiteral("dhcpServer"));
    body_ = new QWidget;
    interface_ = new CheckedLineEdit(QStringLiteral("dhcpInterface"), [](const QString& t) {
        return t.isEmpty() ? tr("the interface the server answers on, e.g. eth0") : QString();
    });
    poolStart_ = new CheckedLineEdit(QStringLiteral("dhcpPoolStart"),
                                     [](const QString& t) { return checkAddress(t, false); });
    poolEnd_ = new CheckedLineEdit(QStringLiteral("dhcpPoolEnd"),
                                   [](const QString& t) { return checkAddress(t, false); });
    router_ = new CheckedLineEdit(QStringLiteral("dhcpRouter"),
                                  [](const QString& t) { return checkAddress(t, true); });
    router_->setPlaceholderText(tr("none, e.g. 10.0.1.1"));
    dns_ = new CheckedLineEdit(QStringLiteral("dhcpDns"),
                               [](const QString& t) { return checkAddress(t, true); });
    dns_->setPlaceholderText(tr("none, e.g. 10.0.2.53"));
    // The loader's range (core/lab/lab_json.cpp): a minute to a year.
    lease_ = new CheckedLineEdit(QStringLiteral("dhcpLease"),
                                 [](const QString& t) { return checkNumber(t, 60, 31'536'000); });
    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("dhcpSectionError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(problemLabelStyle());
    error_->hide();

    auto* form = new QFormLayout(body_);
    form->setContentsMargins(12, 0, 0, 0);
    form->addRow(tr("Interface"), interface_);
    form->addRow(tr("Pool, first address"), poolStart_);
    form->addRow(tr("Pool, last address"), poolEnd_);
    form->addRow(tr("Router (option 3)"), router_);
    form->addRow(tr("DNS server (option 6)"), dns_);
    form->addRow(tr("Lease (s)"), lease_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("DHCP").toHtmlEscaped())));
    layout->addWidget(client_);
    layout->addWidget(server_);
    layout->addWidget(body_);
    layout->addWidget(error_);

    connect(client_, &QCheckBox::toggled, this, &EditorSection::edited);
    connect(server_, &QCheckBox::toggled, this, [this](bool on) {
        body_->setVisible(on);
        Q_EMIT edited();
    });
    for (CheckedLineEdit* f : {interface_, poolStart_, poolEnd_, router_, dns_, lease_})
        connect(f, &CheckedLineEdit::edited, this, &EditorSection::edited);
}

bool DhcpSection::appliesTo(const lab::Device& d) const {
    return d.type == lab::DeviceType::Host || d.type == lab::DeviceType::Router;
}

void DhcpSection::load(const lab::Device& d) {
    host_ = d.type == lab::DeviceType::Host;
    const lab::DhcpServer s = d.dhcpServer.value_or(lab::DhcpServer{});
    {
        const QSignalBlocker quiet(client_), quietServer(server_);
        client_->setChecked(d.dhcpClient);
        server_->setChecked(d.dhcpServer.has_value());
    }
    client_->setVisible(host_);
    body_->setVisible(d.dhcpServer.has_value());
    interface_->setText(d.dhcpServer           ? q(s.interface)
                        : d.interfaces.empty() ? QString()
                                               : q(d.interfaces.front().name));
    poolStart_->setText(d.dhcpServer ? q(s.poolStart.toString()) : QString());
    poolEnd_->setText(d.dhcpServer ? q(s.poolEnd.toString()) : QString());
    router_->setText(addressText(s.gateway));
    dns_->setText(addressText(s.dns));
    lease_->setText(numberText(s.lease));
    error_->hide();
}

QString DhcpSection::fieldProblem(QWidget* field, const QString& text) {
    problemWidget_ = field;
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
    return text;
}

QString DhcpSection::check() {
    problemWidget_ = nullptr;
    error_->hide();
    if (!server_->isChecked())
        return {};
    for (CheckedLineEdit* f : {interface_, poolStart_, poolEnd_, router_, dns_, lease_})
        if (!f->isValid()) {
            problemWidget_ = f;
            return f->problem();
        }
    return {};
}

void DhcpSection::store(lab::Device& d) const {
    d.dhcpClient = host_ && client_->isChecked();
    if (!server_->isChecked()) {
        d.dhcpServer.reset();
        return;
    }
    lab::DhcpServer s;
    s.interface = interface_->text().toStdString();
    s.poolStart = *addressFromText(poolStart_->text());
    s.poolEnd = *addressFromText(poolEnd_->text());
    s.gateway = addressFromText(router_->text());
    s.dns = addressFromText(dns_->text());
    s.lease = lease_->text().toDouble();
    d.dhcpServer = s;
}

QString DhcpSection::placeIssue(const QString& path, const QString& message) {
    const std::vector<PathStep> steps = splitPath(path);
    if (steps.empty())
        return {};
    if (steps[0].key == QLatin1String("dhcp_client"))
        return fieldProblem(client_, tr("DHCP client: %1").arg(message));
    if (steps[0].key != QLatin1String("dhcp_server"))
        return {};
    const QString field = steps.size() > 1 ? steps[1].key : QString();
    if (field == QLatin1String("pool"))
        return fieldProblem(steps[1].index == 1 ? poolEnd_ : poolStart_,
                            tr("DHCP server, pool: %1").arg(message));
    if (field == QLatin1String("gateway"))
        return fieldProblem(router_, tr("DHCP server, router: %1").arg(message));
    if (field == QLatin1String("dns"))
        return fieldProblem(dns_, tr("DHCP server, DNS server: %1").arg(message));
    if (field == QLatin1String("lease"))
        return fieldProblem(lease_, tr("DHCP server, lease: %1").arg(message));
    return fieldProblem(interface_, tr("DHCP server, interface: %1").arg(message));
}

} // namespace ww::ui
