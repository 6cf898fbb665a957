#include "dialogs/editor_resolver_section.h"

#include "dialogs/checked_line_edit.h"
#include "dialogs/editor_checks.h"
#include "dialogs/field_checks.h"
#include "models/text_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ww::ui {

namespace {

using Source = lab::ResolverSource;
using Order = std::vector<Source>;

const std::vector<Order>& orders() {
    static const std::vector<Order> all{
        {Source::Files, Source::Dns}, {Source::Dns, Source::Files}, {Source::Files}, {Source::Dns}};
    return all;
}

} // namespace

ResolverSection::ResolverSection(QWidget* parent)
    : EditorSection(parent) {
    setObjectName(QStringLiteral("resolverSection"));
    enabled_ = new QCheckBox(tr("Own resolver settings"));
    enabled_->setToolTip(tr("Otherwise: the hosts file first, then the DNS server DHCP gives"));
    enabled_->setObjectName(QStringLiteral("resolver"));
    body_ = new QWidget;
    servers_ = new CheckedLineEdit(QStringLiteral("resolverServers"),
                                   [](const QString& t) { return checkList(t, checkUnicast); });
    servers_->setPlaceholderText(tr("in order, e.g. 10.0.2.53; empty: from DHCP"));
    order_ = new QComboBox;
    order_->setObjectName(QStringLiteral("resolverOrder"));
    order_->addItem(tr("Hosts file first, then DNS"));
    order_->addItem(tr("DNS first, then the hosts file"));
    order_->addItem(tr("Hosts file only"));
    order_->addItem(tr("DNS only"));
    // glibc's limits, as the loader has them (core/lab/lab_json_resolver.cpp).
    timeout_ = new CheckedLineEdit(QStringLiteral("resolverTimeout"),
                                   [](const QString& t) { return checkInteger(t, 1, 30); });
    attempts_ = new CheckedLineEdit(QStringLiteral("resolverAttempts"),
                                    [](const QString& t) { return checkInteger(t, 1, 5); });
    auto* hostsModel = new TextTableModel(
        {{tr("Name"), checkDomainName},
         {tr("Address"), [](const QString& t) { return checkAddress(t, false); }}},
        this);
    hosts_ = new EditorTable(tr("Hosts file"), QStringLiteral("resolverHosts"), hostsModel,
                             {QStringLiteral("intranet.local"), QString()});
    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("resolverSectionError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(problemLabelStyle());
    error_->hide();

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("DNS servers"), servers_);
    form->addRow(tr("Lookup order"), order_);
    form->addRow(tr("Timeout (s)"), timeout_);
    form->addRow(tr("Attempts"), attempts_);
    auto* bodyLayout = new QVBoxLayout(body_);
    bodyLayout->setContentsMargins(12, 0, 0, 0);
    bodyLayout->addLayout(form);
    bodyLayout->addWidget(hosts_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Name resolution").toHtmlEscaped())));
    layout->addWidget(enabled_);
    layout->addWidget(body_);
    layout->addWidget(error_);

    connect(enabled_, &QCheckBox::toggled, this, [this](bool on) {
        body_->setVisible(on);
        Q_EMIT edited();
    });
    connect(order_, &QComboBox::currentIndexChanged, this, &EditorSection::edited);
    for (CheckedLineEdit* f : {servers_, timeout_, attempts_})
        connect(f, &CheckedLineEdit::edited, this, &EditorSection::edited);
    connect(hostsModel, &TextTableModel::edited, this, &EditorSection::edited);
}

bool ResolverSection::appliesTo(const lab::Device& d) const {
    return d.type == lab::DeviceType::Host;
}

void ResolverSection::load(const lab::Device& d) {
    const lab::Resolver r = d.resolver.value_or(lab::Resolver{});
    {
        const QSignalBlocker quiet(enabled_), quietOrder(order_);
        enabled_->setChecked(d.resolver.has_value());
        const auto& all = orders();
        order_->setCurrentIndex(int(std::find(all.begin(), all.end(), r.order) - all.begin()));
    }
    body_->setVisible(d.resolver.has_value());
    QStringList servers;
    for (Ipv4Address a : r.servers)
        servers << QString::fromStdString(a.toString());
    servers_->setText(servers.join(QStringLiteral(", ")));
    timeout_->setText(QString::number(r.timeout));
    attempts_->setText(QString::number(r.attempts));
    std::vector<QStringList> rows;
    for (const lab::HostsEntry& h : r.hosts)
        rows.push_back(
            {QString::fromStdString(h.name), QString::fromStdString(h.address.toString())});
    hosts_->model()->setRows(rows, {});
    hosts_->showProblem({});
    error_->hide();
}

QString ResolverSection::fieldProblem(QWidget* field, const QString& text) {
    problemWidget_ = field;
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
    return text;
}

QString ResolverSection::check() {
    problemWidget_ = nullptr;
    error_->hide();
    hosts_->showProblem({});
    if (!enabled_->isChecked())
        return {};
    for (CheckedLineEdit* f : {servers_, timeout_, attempts_})
        if (!f->isValid()) {
            problemWidget_ = f;
            return f->problem();
        }
    if (const QString p = hosts_->checkCells(); !p.isEmpty()) {
        problemWidget_ = hosts_->view();
        return p;
    }
    return {};
}

void ResolverSection::store(lab::Device& d) const {
    if (!enabled_->isChecked()) {
        d.resolver.reset();
        return;
    }
    lab::Resolver r;
    for (const QString& s : listItems(servers_->text()))
        r.servers.push_back(*addressFromText(s));
    r.order = orders().at(std::max(0, order_->currentIndex()));
    r.timeout = timeout_->text().toInt();
    r.attempts = attempts_->text().toInt();
    for (const QStringList& h : hosts_->model()->rows()) {
        QString name = h[0];
        if (name.endsWith(QLatin1Char('.'))) // the loader keeps names without the final dot
            name.chop(1);
        r.hosts.push_back({name.toStdString(), *addressFromText(h[1])});
    }
    d.resolver = r;
}

QString ResolverSection::placeIssue(const QString& path, const QString& message) {
    const std::vector<PathStep> steps = splitPath(path);
    if (steps.size() < 2 || steps[0].key != QLatin1String("resolver"))
        return steps.size() == 1 && steps[0].key == QLatin1String("resolver")
                   ? fieldProblem(enabled_, tr("Resolver: %1").arg(message))
                   : QString();
    const PathStep& part = steps[1];
    if (part.key == QLatin1String("hosts")) {
        problemWidget_ = hosts_->view();
        return hosts_->cellProblem(part.index,
                                   part.index < 0                                 ? -1
                                   : steps.back().key == QLatin1String("address") ? 1
                                                                                  : 0,
                                   message);
    }
    if (part.key == QLatin1String("servers"))
        return fieldProblem(servers_,
                            part.index < 0
                                ? tr("DNS servers: %1").arg(message)
                                : tr("DNS servers, item %1: %2").arg(part.index + 1).arg(message));
    if (part.key == QLatin1String("timeout"))
        return fieldProblem(timeout_, tr("Timeout: %1").arg(message));
    if (part.key == QLatin1String("attempts"))
        return fieldProblem(attempts_, tr("Attempts: %1").arg(message));
    return fieldProblem(order_, tr("Lookup order: %1").arg(message));
}

} // namespace ww::ui
