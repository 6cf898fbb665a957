#include "dialogs/device_editor.h"

#include "dialogs/action_kinds.h"
#include "dialogs/checked_line_edit.h"
#include "dialogs/choice_delegate.h"
#include "dialogs/device_editor_columns.h"
#include "dialogs/editor_checks.h"
#include "dialogs/editor_dhcp_section.h"
#include "dialogs/editor_dns_section.h"
#include "dialogs/editor_nat_section.h"
#include "dialogs/editor_resolver_section.h"
#include "dialogs/editor_section.h"
#include "dialogs/editor_services_section.h"
#include "dialogs/editor_vlan_section.h"
#include "dialogs/field_checks.h"
#include "document/lab_document.h"
#include "document/lab_edits.h"
#include "models/text_table_model.h"
#include "wire/dns.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>
#include <set>

namespace ww::ui {

using namespace device_editor;

namespace {

QString typeName(lab::DeviceType t) {
    switch (t) {
    case lab::DeviceType::Host:
        return DeviceEditor::tr("Host");
    case lab::DeviceType::Switch:
        return DeviceEditor::tr("L2 switch");
    case lab::DeviceType::Router:
        return DeviceEditor::tr("Router");
    case lab::DeviceType::L3Switch:
        return DeviceEditor::tr("L3 switch");
    }
    return {};
}

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

DeviceEditor::DeviceEditor(LabDocument* document, QWidget* parent)
    : QWidget(parent)
    , document_(document) {
    setObjectName(QStringLiteral("deviceEditor"));
    name_ = new CheckedLineEdit(QStringLiteral("name"), [this](const QString& t) {
        return deviceNameProblem(document_->lab(), text(deviceName_), t);
    });
    gateway_ = new CheckedLineEdit(QStringLiteral("gateway"),
                                   [](const QString& t) { return checkAddress(t, true); });
    gateway_->setPlaceholderText(tr("none, e.g. 10.0.1.1"));
    type_ = new QLabel;

    interfaces_ = new TextTableModel(
        {{tr("Name"),
          [](const QString& t) { return t.isEmpty() ? tr("needs a name") : QString(); }},
         {tr("MAC"), checkMac},
         {tr("IPv4 address/prefix"), [](const QString& t) { return checkPrefix(t, true); }},
         {tr("VLAN"), [](const QString& t) { return checkInteger(t, 0, 4094, true); }}},
        this);
    routes_ = new TextTableModel(
        {{tr("Destination"), [](const QString& t) { return checkPrefix(t, false); }},
         {tr("Via"), [](const QString& t) { return checkAddress(t, false); }}},
        this);
    // Ranges are the loader's (core/lab/lab_json.cpp readAction); what depends on the
    // action's kind is checked by row (actionRowProblem).
    actions_ = new TextTableModel(
        {{tr("At (s)"), [](const QString& t) { return checkNumber(t, 0, 1e6); }},
         {tr("Action"), checkActionName},
         {tr("To (address or name)"), nullptr},
         {tr("Count"), [](const QString& t) { return checkInteger(t, 1, 100000); }},
         {tr("Interval (s)"),
          [](const QString& t) { return checkNumber(t, 0.000001, 3600, true); }},
         {tr("Size"), [](const QString& t) { return checkInteger(t, 0, 2000000000, true); }},
         {tr("Port"), [](const QString& t) { return checkInteger(t, 1, 65535, true); }},
         {tr("Path"), nullptr},
         {tr("Record type"), checkQueryType},
         {tr("TTL"), [](const QString& t) { return checkInteger(t, 1, 255, true); }},
         {tr("Don't fragment"), checkBoolean},
         {tr("Source port"), [](const QString& t) { return checkInteger(t, 1, 65535, true); }},
         {tr("Close after sending"), checkBoolean},
         {tr("Close at (s)"), [](const QString& t) { return checkNumber(t, 0, 1e6, true); }}},
        this);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("deviceEditorContent"));
    auto* layout = new QVBoxLayout(content);
    form_ = new QFormLayout;
    form_->addRow(tr("Name"), name_);
    form_->addRow(tr("Type"), type_);
    form_->addRow(tr("Gateway"), gateway_);
    layout->addLayout(form_);
    interfacesTable_ = new EditorTable(tr("Interfaces"), QStringLiteral("interfaces"), interfaces_,
                                       [this] { return newInterfaceRow(); });
    routesTable_ =
        new EditorTable(tr("Static routes"), QStringLiteral("routes"), routes_, QStringList{});
    actionsTable_ = new EditorTable(
        tr("Scenario: what this device sends"), QStringLiteral("actions"), actions_,
        QStringList{QStringLiteral("1"), QStringLiteral("ping"), {}, QStringLiteral("1")});
    // Taller than a section's table: a device's interfaces and actions are its main content.
    for (EditorTable* t : {interfacesTable_, routesTable_, actionsTable_}) {
        t->view()->setMinimumHeight(80);
        t->view()->setMaximumHeight(t == routesTable_ ? 110 : 150);
    }
    QTableView* actionsView = actionsTable_->view();
    actionsView->setItemDelegateForColumn(ActType,
                                          new ChoiceDelegate(actionKindKeys(), actionsView));
    for (int column : {ActDf, ActClose})
        actionsView->setItemDelegateForColumn(
            column,
            new ChoiceDelegate({QStringLiteral("true"), QStringLiteral("false")}, actionsView));
    actionsView->setItemDelegateForColumn(
        ActRecordType,
        new ChoiceDelegate({QStringLiteral("A"), QStringLiteral("NS"), QStringLiteral("CNAME"),
                            QStringLiteral("MX"), QStringLiteral("PTR"), QStringLiteral("SOA")},
                           actionsView));
    actionsTable_->setToolTip(
        tr("Action is one of %1; udp and tcp need a port; ping, http and dns take a name to "
           "resolve first, dns also the record type")
            .arg(actionKindKeys().join(QStringLiteral(", "))));
    for (QWidget* w : {interfacesTable_, routesTable_, actionsTable_})
        layout->addWidget(w);
    for (EditorSection* s : std::initializer_list<EditorSection*>{
             new VlanSection, new ServicesSection, new DhcpSection, new ResolverSection,
             new DnsServerSection, new NatSection}) {
        layout->addWidget(s);
        addSection(s);
    }
    layout->addStretch(1);
    scroll_ = new QScrollArea;
    scroll_->setObjectName(QStringLiteral("deviceEditorScroll"));
    scroll_->setWidget(content);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);

    // Outside the scroll area: the verdict and the buttons stay in view however long
    // the device's tables are.
    problems_ = new QLabel;
    problems_->setObjectName(QStringLiteral("problems"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(problemLabelStyle());
    problems_->hide();
    auto* buttons = new QHBoxLayout;
    revert_ = new QPushButton(tr("Revert"));
    revert_->setObjectName(QStringLiteral("revert"));
    apply_ = new QPushButton(tr("Apply"));
    apply_->setObjectName(QStringLiteral("apply"));
    apply_->setDefault(true);
    buttons->addStretch();
    buttons->addWidget(revert_);
    buttons->addWidget(apply_);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll_, 1);
    outer->addWidget(problems_);
    outer->addLayout(buttons);

    connect(apply_, &QPushButton::clicked, this, &DeviceEditor::apply);
    connect(revert_, &QPushButton::clicked, this, &DeviceEditor::revert);
    for (CheckedLineEdit* field : {name_, gateway_})
        connect(field, &CheckedLineEdit::edited, this, &DeviceEditor::markEdited);
    for (TextTableModel* model : {interfaces_, routes_, actions_})
        connect(model, &TextTableModel::edited, this, &DeviceEditor::markEdited);
    connect(document_, &LabDocument::labChanged, this, &DeviceEditor::documentChanged);
    connect(document_, &LabDocument::deviceChanged, this, &DeviceEditor::documentChanged);
    connect(document_, &LabDocument::scenarioChanged, this, &DeviceEditor::documentChanged);
    connect(qApp, &QApplication::focusChanged, this, &DeviceEditor::focusLeft);
    setEnabled(false);
}

void DeviceEditor::addSection(EditorSection* section) {
    sections_.push_back(section);
    connect(section, &EditorSection::edited, this, &DeviceEditor::markEdited);
}

// The next free interface name for this device's type (eth1, Gi0/2...), and its VLAN.
QStringList DeviceEditor::newInterfaceRow() const {
    lab::Device d;
    const lab::Device* device = document_->lab().findDevice(deviceName_);
    d.type = device ? device->type : lab::DeviceType::Host;
    for (const QStringList& row : interfaces_->rows())
        d.interfaces.push_back({row[IfName].toStdString(), {}, {}, row[IfVlan].toInt()});
    const lab::Interface next = nextInterface(d);
    return {text(next.name), {}, {}, next.vlan ? QString::number(next.vlan) : QString()};
}

void DeviceEditor::showDevice(const QString& name) {
    deviceName_ = name.toStdString();
    dirty_ = false;
    const lab::Device* device = document_->lab().findDevice(deviceName_);
    setEnabled(device != nullptr);
    load(device ? *device : lab::Device{});
}

QString DeviceEditor::deviceName() const {
    return text(deviceName_);
}

void DeviceEditor::revert() {
    showDevice(deviceName());
}

void DeviceEditor::documentChanged() {
    // Unapplied edits win over changes made elsewhere (a move on the canvas);
    // Apply merges them into the current device value.
    if (dirty_) {
        issuesBefore_ = loaderIssues(document_->lab()); // judge the edit against the new lab
        return revalidate();
    }
    const lab::Device* device = document_->lab().findDevice(deviceName_);
    if (!device) {
        setEnabled(false);
        return;
    }
    load(*device);
}

void DeviceEditor::load(const lab::Device& d) {
    issuesBefore_ = loaderIssues(document_->lab());
    name_->setText(text(d.name));
    type_->setText(typeName(d.type));
    gateway_->setText(d.gateway ? text(d.gateway->toString()) : QString());
    const bool host = d.type == lab::DeviceType::Host;
    const bool routes = d.type != lab::DeviceType::Switch;
    form_->setRowVisible(gateway_, host);
    routesTable_->setVisible(routes);
    actionsTable_->setVisible(routes);
    QTableView* interfacesView = interfacesTable_->view();
    interfacesView->setColumnHidden(IfVlan, d.type != lab::DeviceType::L3Switch);
    interfacesView->setColumnHidden(IfAddress, d.type == lab::DeviceType::Switch ||
                                                   d.type == lab::DeviceType::L3Switch);

    std::vector<QStringList> rows;
    QStringList tags;
    for (const lab::Interface& i : d.interfaces) {
        rows.push_back({text(i.name), i.mac ? text(i.mac->toString()) : QString(),
                        i.address ? text(i.address->toString()) : QString(),
                        i.vlan ? QString::number(i.vlan) : QString()});
        tags << text(i.name); // to carry renames to the links
    }
    interfaces_->setRows(rows, tags);
    rows.clear();
    for (const lab::Route& r : d.routes)
        rows.push_back({text(r.destination.toString()), text(r.via.toString())});
    routes_->setRows(rows, {});
    rows.clear();
    tags.clear();
    const std::vector<lab::Action>& scenario = document_->lab().scenario;
    for (std::size_t k = 0; k < scenario.size(); ++k) {
        const lab::Action& a = scenario[k];
        if (a.from != d.name || d.name.empty())
            continue;
        const ActionKind* kind = actionKind(a.type);
        const bool port = kind && kind->takesPort;
        rows.push_back(
            {numberText(a.at), actionTypeText(a.type),
             a.name.empty() ? text(a.to.toString()) : text(a.name), QString::number(a.count),
             numberText(a.interval), kind && kind->takesSize ? QString::number(a.size) : QString(),
             port ? QString::number(a.port) : QString(),
             kind && kind->takesPath ? text(a.path) : QString(),
             kind && kind->takesRecordType ? QString::fromLatin1(dns::typeName(a.qtype))
                                           : QString(),
             kind && kind->takesTtl ? QString::number(a.ttl) : QString(),
             kind && kind->takesDf ? booleanText(a.dontFragment) : QString(),
             kind && kind->takesLocalPort && a.localPort ? QString::number(a.localPort) : QString(),
             kind && kind->takesClose ? booleanText(a.close) : QString(),
             kind && kind->takesClose && a.closeAt ? numberText(*a.closeAt) : QString()});
        tags << QString::number(k); // the action it was, to keep fields not shown (ttl, df)
    }
    actions_->setRows(rows, tags);
    for (EditorSection* s : sections_) {
        const bool applies = s->appliesTo(d);
        s->setVisible(applies);
        if (applies)
            s->load(d);
    }
    dirty_ = false;
    revalidate();
}

void DeviceEditor::markEdited() {
    dirty_ = true;
    revalidate();
}

} // namespace ww::ui
