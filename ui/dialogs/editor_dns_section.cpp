#include "dialogs/editor_dns_section.h"

#include "dialogs/checked_line_edit.h"
#include "dialogs/choice_delegate.h"
#include "dialogs/editor_checks.h"
#include "dialogs/field_checks.h"
#include "models/text_table_model.h"
#include "wire/dns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ww::ui {

namespace {

enum ZoneColumn { ZOrigin, ZMname, ZRname, ZSerial, ZRefresh, ZRetry, ZExpire, ZMinimum, ZTtl };
enum RecordColumn { RZone, RName, RType, RTtl, RValue };
enum HintColumn { HName, HAddress };

// RFC 2181 §8: TTLs (and the SOA's timers) are 31-bit; the serial is 32-bit (RFC 1982).
constexpr long long kMaxTtl = 2147483647;
constexpr long long kMaxSerial = 4294967295LL;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

TextTableModel::Checker required() {
    return [](const QString& t) {
        return t.isEmpty() ? DnsServerSection::tr("must not be empty") : QString();
    };
}

TextTableModel::Checker ttl() {
    return [](const QString& t) { return checkInteger(t, 0, kMaxTtl); };
}

bool sameOrigin(const QString& a, const QString& b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

DnsServerSection::DnsServerSection(QWidget* parent)
    : EditorSection(parent) {
    setObjectName(QStringLiteral("dnsSection"));
    enabled_ = new QCheckBox(tr("DNS server on this device"));
    enabled_->setObjectName(QStringLiteral("dnsServer"));
    body_ = new QWidget;
    role_ = new QComboBox;
    role_->setObjectName(QStringLiteral("dnsRole"));
    role_->addItem(tr("Authoritative (root, TLD, domain)"), int(lab::DnsServerRole::Authoritative));
    role_->addItem(tr("Resolver (recursive, caching)"), int(lab::DnsServerRole::Resolver));
    role_->addItem(tr("Forwarder"), int(lab::DnsServerRole::Forwarder));
    role_->setToolTip(tr("Authoritative: serves its zones (a root server serves \".\", a TLD "
                         "server \"kr.\"). Resolver: answers clients by asking from the root "
                         "hints down, and caches. Forwarder: passes queries to upstream "
                         "resolvers, and caches."));
    // The loader's ranges (core/lab/lab_json_dns.cpp readDnsServer).
    timeout_ = new CheckedLineEdit(QStringLiteral("dnsTimeout"),
                                   [](const QString& t) { return checkNumber(t, 0.01, 60); });
    attempts_ = new CheckedLineEdit(QStringLiteral("dnsAttempts"),
                                    [](const QString& t) { return checkInteger(t, 1, 5); });
    forwarders_ = new CheckedLineEdit(QStringLiteral("dnsForwarders"), [](const QString& t) {
        return checkList(t, [](const QString& a) { return checkAddress(a, false); });
    });
    forwarders_->setPlaceholderText(tr("upstream resolvers in order, e.g. 8.8.8.8, 1.1.1.1"));

    auto* zoneModel = new TextTableModel(
        {{tr("Origin"), required()},
         {tr("Primary NS"), required()},
         {tr("Mailbox"), required()},
         {tr("Serial"), [](const QString& t) { return checkInteger(t, 0, kMaxSerial); }},
         {tr("Refresh"), ttl()},
         {tr("Retry"), ttl()},
         {tr("Expire"), ttl()},
         {tr("Negative TTL"), ttl()},
         {tr("SOA TTL"), ttl()}},
        this);
    const lab::DnsSoaEntry soa;
    zones_ = new EditorTable(tr("Zones (with their SOA)"), QStringLiteral("dnsZones"), zoneModel,
                             {QStringLiteral("example."), q(soa.mname), q(soa.rname),
                              QString::number(soa.serial), QString::number(soa.refresh),
                              QString::number(soa.retry), QString::number(soa.expire),
                              QString::number(soa.minimum), QString::number(soa.ttl)});
    auto* recordModel = new TextTableModel({{tr("Zone"), required()},
                                            {tr("Name"), nullptr},
                                            {tr("Type"), checkRecordType},
                                            {tr("TTL"), ttl()},
                                            {tr("Value"), nullptr}},
                                           this);
    records_ = new EditorTable(tr("Records"), QStringLiteral("dnsRecords"), recordModel,
                               {QStringLiteral("example."), QStringLiteral("www"),
                                QStringLiteral("A"), QStringLiteral("3600"), QString()});
    records_->view()->setItemDelegateForColumn(
        RType,
        new ChoiceDelegate({QStringLiteral("A"), QStringLiteral("NS"), QStringLiteral("CNAME"),
                            QStringLiteral("PTR"), QStringLiteral("MX")},
                           records_->view()));
    records_->setToolTip(tr("Name: relative to the zone (\"www\"), \"@\" for the zone itself, or "
                            "absolute with a final dot. Value: A an address; NS, CNAME, PTR a "
                            "name; MX \"10 mail\"."));
    auto* hintModel = new TextTableModel(
        {{tr("Name"), nullptr},
         {tr("Address"), [](const QString& t) { return checkAddress(t, false); }}},
        this);
    hints_ = new EditorTable(tr("Root hints"), QStringLiteral("dnsRootHints"), hintModel,
                             {QStringLiteral("a.root-servers.net."), QString()});
    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("dnsSectionError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(problemLabelStyle());
    error_->hide();

    form_ = new QFormLayout;
    form_->setContentsMargins(0, 0, 0, 0);
    form_->addRow(tr("Role"), role_);
    form_->addRow(tr("Timeout (s)"), timeout_);
    form_->addRow(tr("Attempts"), attempts_);
    form_->addRow(tr("Forwarders"), forwarders_);
    auto* bodyLayout = new QVBoxLayout(body_);
    bodyLayout->setContentsMargins(12, 0, 0, 0);
    bodyLayout->addLayout(form_);
    for (QWidget* w : {static_cast<QWidget*>(zones_), static_cast<QWidget*>(records_),
                       static_cast<QWidget*>(hints_)})
        bodyLayout->addWidget(w);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("DNS server").toHtmlEscaped()));
    layout->addWidget(title);
    layout->addWidget(enabled_);
    layout->addWidget(body_);
    layout->addWidget(error_);

    connect(enabled_, &QCheckBox::toggled, this, [this] {
        showRoleParts();
        Q_EMIT edited();
    });
    connect(role_, &QComboBox::currentIndexChanged, this, [this] {
        showRoleParts();
        Q_EMIT edited();
    });
    for (CheckedLineEdit* f : {timeout_, attempts_, forwarders_})
        connect(f, &CheckedLineEdit::edited, this, &EditorSection::edited);
    for (EditorTable* t : {zones_, records_, hints_})
        connect(t->model(), &TextTableModel::edited, this, &EditorSection::edited);
}

bool DnsServerSection::appliesTo(const lab::Device& d) const {
    return d.type == lab::DeviceType::Host || d.type == lab::DeviceType::Router;
}

lab::DnsServerRole DnsServerSection::role() const {
    return static_cast<lab::DnsServerRole>(role_->currentData().toInt());
}

void DnsServerSection::showRoleParts() {
    body_->setVisible(enabled_->isChecked());
    const lab::DnsServerRole r = role();
    zones_->setVisible(r == lab::DnsServerRole::Authoritative);
    records_->setVisible(r == lab::DnsServerRole::Authoritative);
    hints_->setVisible(r == lab::DnsServerRole::Resolver);
    form_->setRowVisible(forwarders_, r == lab::DnsServerRole::Forwarder);
}

void DnsServerSection::load(const lab::Device& d) {
    const lab::DnsServerEntry s = d.dns.value_or(lab::DnsServerEntry{});
    {
        const QSignalBlocker quiet(enabled_), quietRole(role_);
        enabled_->setChecked(d.dns.has_value());
        role_->setCurrentIndex(role_->findData(int(s.role)));
    }
    timeout_->setText(numberText(s.timeout));
    attempts_->setText(QString::number(s.attempts));
    QStringList fw;
    for (Ipv4Address a : s.forwarders)
        fw << q(a.toString());
    forwarders_->setText(fw.join(QStringLiteral(", ")));
    std::vector<QStringList> zones, records, hints;
    for (const lab::DnsZoneEntry& z : s.zones) {
        const lab::DnsSoaEntry& soa = z.soa;
        zones.push_back({q(z.origin), q(soa.mname), q(soa.rname), QString::number(soa.serial),
                         QString::number(soa.refresh), QString::number(soa.retry),
                         QString::number(soa.expire), QString::number(soa.minimum),
                         QString::number(soa.ttl)});
        for (const lab::DnsRecordEntry& r : z.records)
            records.push_back({q(z.origin), q(r.name), QString::fromLatin1(dns::typeName(r.type)),
                               QString::number(r.ttl), q(r.value)});
    }
    for (const lab::DnsRootHint& h : s.rootHints)
        hints.push_back({q(h.name), q(h.address.toString())});
    zones_->model()->setRows(zones, {});
    records_->model()->setRows(records, {});
    hints_->model()->setRows(hints, {});
    for (EditorTable* t : {zones_, records_, hints_})
        t->showProblem({});
    error_->hide();
    showRoleParts();
}

QString DnsServerSection::fieldProblem(QWidget* field, const QString& text) {
    problemWidget_ = field;
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
    return text;
}

QString DnsServerSection::check() {
    problemWidget_ = nullptr;
    error_->hide();
    for (EditorTable* t : {zones_, records_, hints_})
        t->showProblem({});
    if (!enabled_->isChecked())
        return {};
    for (CheckedLineEdit* f : {timeout_, attempts_})
        if (!f->isValid()) {
            problemWidget_ = f;
            return f->problem();
        }
    if (role() == lab::DnsServerRole::Forwarder && !forwarders_->isValid()) {
        problemWidget_ = forwarders_;
        return forwarders_->problem();
    }
    std::vector<EditorTable*> tables;
    if (role() == lab::DnsServerRole::Authoritative)
        tables = {zones_, records_};
    if (role() == lab::DnsServerRole::Resolver)
        tables = {hints_};
    for (EditorTable* t : tables)
        if (const QString p = t->checkCells(); !p.isEmpty()) {
            problemWidget_ = t->view();
            return p;
        }
    if (role() == lab::DnsServerRole::Authoritative) {
        const auto& zoneRows = zones_->model()->rows();
        const auto& recordRows = records_->model()->rows();
        for (int r = 0; r < int(recordRows.size()); ++r) {
            const QString origin = recordRows[r][RZone];
            bool found = false;
            for (const QStringList& z : zoneRows)
                found = found || sameOrigin(z[ZOrigin], origin);
            if (!found) {
                problemWidget_ = records_->view();
                return records_->cellProblem(
                    r, RZone, tr("no zone '%1' in the zones table above").arg(origin));
            }
        }
    }
    return {};
}

void DnsServerSection::store(lab::Device& d) const {
    if (!enabled_->isChecked()) {
        d.dns.reset();
        return;
    }
    lab::DnsServerEntry s;
    s.role = role();
    s.timeout = timeout_->text().toDouble();
    s.attempts = attempts_->text().toInt();
    if (s.role == lab::DnsServerRole::Forwarder)
        for (const QString& a : listItems(forwarders_->text()))
            s.forwarders.push_back(*addressFromText(a));
    if (s.role == lab::DnsServerRole::Resolver)
        for (const QStringList& h : hints_->model()->rows())
            s.rootHints.push_back({h[HName].toStdString(), *addressFromText(h[HAddress])});
    if (s.role == lab::DnsServerRole::Authoritative) {
        for (const QStringList& z : zones_->model()->rows()) {
            lab::DnsZoneEntry zone;
            zone.origin = z[ZOrigin].toStdString();
            zone.soa = {z[ZMname].toStdString(),
                        z[ZRname].toStdString(),
                        static_cast<std::uint32_t>(z[ZSerial].toLongLong()),
                        static_cast<std::uint32_t>(z[ZRefresh].toLongLong()),
                        static_cast<std::uint32_t>(z[ZRetry].toLongLong()),
                        static_cast<std::uint32_t>(z[ZExpire].toLongLong()),
                        static_cast<std::uint32_t>(z[ZMinimum].toLongLong()),
                        static_cast<std::uint32_t>(z[ZTtl].toLongLong())};
            for (const QStringList& r : records_->model()->rows())
                if (sameOrigin(r[RZone], z[ZOrigin]))
                    zone.records.push_back({r[RName].toStdString(), recordTypeFromText(r[RType]),
                                            static_cast<std::uint32_t>(r[RTtl].toLongLong()),
                                            r[RValue].toStdString()});
            s.zones.push_back(zone);
        }
    }
    d.dns = s;
}

int DnsServerSection::recordRow(int zone, int k) const {
    const auto& zoneRows = zones_->model()->rows();
    if (zone < 0 || zone >= int(zoneRows.size()))
        return -1;
    const auto& recordRows = records_->model()->rows();
    for (int r = 0; r < int(recordRows.size()); ++r)
        if (sameOrigin(recordRows[r][RZone], zoneRows[zone][ZOrigin]) && k-- == 0)
            return r;
    return -1;
}

QString DnsServerSection::placeIssue(const QString& path, const QString& message) {
    const std::vector<PathStep> steps = splitPath(path);
    if (steps.empty() || steps[0].key != QLatin1String("dns"))
        return {};
    if (steps.size() == 1)
        return fieldProblem(enabled_, tr("DNS server: %1").arg(message));
    const PathStep& part = steps[1];
    const QString field = steps.size() > 2 ? steps.back().key : QString();
    if (part.key == QLatin1String("zones")) {
        if (part.index < 0) {
            problemWidget_ = zones_->view();
            return zones_->cellProblem(-1, -1, message);
        }
        if (steps.size() > 2 && steps[2].key == QLatin1String("records")) {
            if (steps[2].index < 0) { // a zone without its NS record
                problemWidget_ = records_->view();
                return records_->cellProblem(-1, -1, message);
            }
            const int column = field == QLatin1String("name")   ? RName
                               : field == QLatin1String("type") ? RType
                               : field == QLatin1String("ttl")  ? RTtl
                                                                : RValue;
            problemWidget_ = records_->view();
            return records_->cellProblem(recordRow(part.index, steps[2].index), column, message);
        }
        static const QStringList soaKeys{"origin", "mname",  "rname",   "serial", "refresh",
                                         "retry",  "expire", "minimum", "ttl"};
        problemWidget_ = zones_->view();
        return zones_->cellProblem(part.index, std::max<int>(0, soaKeys.indexOf(field)), message);
    }
    if (part.key == QLatin1String("root_hints")) {
        problemWidget_ = hints_->view();
        return hints_->cellProblem(part.index,
                                   part.index < 0                      ? -1
                                   : field == QLatin1String("address") ? HAddress
                                                                       : HName,
                                   message);
    }
    if (part.key == QLatin1String("forwarders"))
        return fieldProblem(forwarders_,
                            part.index < 0
                                ? tr("Forwarders: %1").arg(message)
                                : tr("Forwarders, item %1: %2").arg(part.index + 1).arg(message));
    if (part.key == QLatin1String("timeout"))
        return fieldProblem(timeout_, tr("Timeout: %1").arg(message));
    if (part.key == QLatin1String("attempts"))
        return fieldProblem(attempts_, tr("Attempts: %1").arg(message));
    return fieldProblem(role_, tr("Role: %1").arg(message));
}

} // namespace ww::ui
