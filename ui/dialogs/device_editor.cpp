#include "dialogs/device_editor.h"

#include "dialogs/checked_line_edit.h"
#include "dialogs/choice_delegate.h"
#include "dialogs/field_checks.h"
#include "document/lab_document.h"
#include "document/lab_edits.h"
#include "models/text_table_model.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <set>

namespace ww::ui {

namespace {

enum InterfaceColumn { IfName, IfMac, IfAddress, IfVlan };
enum RouteColumn { RouteDestination, RouteVia };
enum ActionColumn { ActAt, ActType, ActTo, ActCount, ActInterval, ActSize, ActPort, ActPath };

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

void showProblem(QLabel* label, const QString& problem) {
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
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
    httpServer_ = new QCheckBox(tr("Web server on port 80"));
    httpServer_->setObjectName(QStringLiteral("httpServer"));

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
    actions_ = new TextTableModel(
        {{tr("At (s)"), [](const QString& t) { return checkNumber(t, 0, 1e6); }},
         {tr("Action"), checkActionName},
         {tr("To"), [](const QString& t) { return checkAddress(t, false); }},
         {tr("Count"), [](const QString& t) { return checkInteger(t, 1, 1000000); }},
         {tr("Interval (s)"), [](const QString& t) { return checkNumber(t, 0, 1e6, true); }},
         {tr("Size"), [](const QString& t) { return checkInteger(t, 0, 100000000, true); }},
         {tr("Port"), [](const QString& t) { return checkInteger(t, 0, 65535, true); }},
         {tr("Path"), nullptr}},
        this);

    auto* layout = new QVBoxLayout(this);
    form_ = new QFormLayout;
    form_->addRow(tr("Name"), name_);
    form_->addRow(tr("Type"), type_);
    form_->addRow(tr("Gateway"), gateway_);
    form_->addRow(QString(), httpServer_);
    layout->addLayout(form_);
    interfacesSection_ = tableSection(tr("Interfaces"), QStringLiteral("interfaces"), interfaces_,
                                      &interfacesError_);
    routesSection_ =
        tableSection(tr("Static routes"), QStringLiteral("routes"), routes_, &routesError_);
    actionsSection_ = tableSection(tr("Scenario: what this device sends"),
                                   QStringLiteral("actions"), actions_, &actionsError_);
    actionsView_->setItemDelegateForColumn(
        ActType, new ChoiceDelegate({QStringLiteral("ping"), QStringLiteral("udp"),
                                     QStringLiteral("tcp"), QStringLiteral("http")},
                                    actionsView_));
    actionsSection_->setToolTip(tr("Action is ping, udp, tcp or http; udp and tcp need a port"));
    for (QWidget* w : {interfacesSection_, routesSection_, actionsSection_})
        layout->addWidget(w);
    layout->addStretch(1);

    problems_ = new QLabel;
    problems_->setObjectName(QStringLiteral("problems"));
    problems_->setWordWrap(true);
    problems_->setStyleSheet(problemLabelStyle());
    problems_->hide();
    layout->addWidget(problems_);
    auto* buttons = new QHBoxLayout;
    revert_ = new QPushButton(tr("Revert"));
    apply_ = new QPushButton(tr("Apply"));
    apply_->setObjectName(QStringLiteral("apply"));
    apply_->setDefault(true);
    buttons->addStretch();
    buttons->addWidget(revert_);
    buttons->addWidget(apply_);
    layout->addLayout(buttons);

    connect(apply_, &QPushButton::clicked, this, &DeviceEditor::apply);
    connect(revert_, &QPushButton::clicked, this, &DeviceEditor::revert);
    for (CheckedLineEdit* field : {name_, gateway_})
        connect(field, &CheckedLineEdit::edited, this, &DeviceEditor::markEdited);
    connect(httpServer_, &QCheckBox::toggled, this, &DeviceEditor::markEdited);
    for (TextTableModel* model : {interfaces_, routes_, actions_})
        connect(model, &TextTableModel::edited, this, &DeviceEditor::markEdited);
    connect(document_, &LabDocument::labChanged, this, &DeviceEditor::documentChanged);
    connect(document_, &LabDocument::deviceChanged, this, &DeviceEditor::documentChanged);
    connect(document_, &LabDocument::scenarioChanged, this, &DeviceEditor::documentChanged);
    setEnabled(false);
}

QWidget* DeviceEditor::tableSection(const QString& title, const QString& objectName,
                                    TextTableModel* model, QLabel** error) {
    auto* section = new QWidget;
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* head = new QHBoxLayout;
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    auto* add = new QToolButton;
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add a row"));
    auto* remove = new QToolButton;
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected row"));
    head->addWidget(label, 1);
    head->addWidget(add);
    head->addWidget(remove);
    auto* view = new QTableView;
    view->setObjectName(objectName + QStringLiteral("Table"));
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A few rows show without scrolling; the dock stays short enough for Apply to show.
    view->setMinimumHeight(80);
    view->setMaximumHeight(model == routes_ ? 110 : 150);
    *error = new QLabel;
    (*error)->setObjectName(objectName + QStringLiteral("Error"));
    (*error)->setWordWrap(true);
    (*error)->setStyleSheet(problemLabelStyle());
    (*error)->hide();
    layout->addLayout(head);
    layout->addWidget(view, 1);
    layout->addWidget(*error);
    if (model == interfaces_)
        interfacesView_ = view;
    if (model == actions_)
        actionsView_ = view;
    connect(add, &QToolButton::clicked, this, [this, model] {
        if (model == interfaces_) {
            lab::Device d;
            d.type = document_->lab().findDevice(deviceName_)
                         ? document_->lab().findDevice(deviceName_)->type
                         : lab::DeviceType::Host;
            for (const QStringList& row : model->rows())
                d.interfaces.push_back({row[IfName].toStdString(), {}, {}, row[IfVlan].toInt()});
            const lab::Interface next = nextInterface(d);
            model->appendRow(
                {text(next.name), {}, {}, next.vlan ? QString::number(next.vlan) : QString()});
        } else if (model == actions_) {
            model->appendRow(
                {QStringLiteral("1"), QStringLiteral("ping"), {}, QStringLiteral("1")});
        } else {
            model->appendRow({});
        }
    });
    connect(remove, &QToolButton::clicked, this, [view, model] {
        const QModelIndex current = view->currentIndex();
        model->removeRowAt(current.isValid() ? current.row() : model->rowCount() - 1);
    });
    return section;
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
    if (dirty_)
        return revalidate();
    const lab::Device* device = document_->lab().findDevice(deviceName_);
    if (!device) {
        setEnabled(false);
        return;
    }
    load(*device);
}

void DeviceEditor::load(const lab::Device& d) {
    name_->setText(text(d.name));
    type_->setText(typeName(d.type));
    gateway_->setText(d.gateway ? text(d.gateway->toString()) : QString());
    {
        const QSignalBlocker quiet(httpServer_);
        httpServer_->setChecked(d.httpServer);
    }
    const bool host = d.type == lab::DeviceType::Host;
    const bool routes = d.type != lab::DeviceType::Switch;
    form_->setRowVisible(gateway_, host);
    form_->setRowVisible(httpServer_, host);
    routesSection_->setVisible(routes);
    actionsSection_->setVisible(routes);
    interfacesView_->setColumnHidden(IfVlan, d.type != lab::DeviceType::L3Switch);
    interfacesView_->setColumnHidden(IfAddress, d.type == lab::DeviceType::Switch ||
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
        rows.push_back({numberText(a.at), actionTypeText(a.type), text(a.to.toString()),
                        QString::number(a.count), numberText(a.interval), QString::number(a.size),
                        a.type == lab::ActionType::Ping ? QString() : QString::number(a.port),
                        a.type == lab::ActionType::HttpGet ? text(a.path) : QString()});
        tags << QString::number(k); // the action it was, to keep fields not shown (ttl, df)
    }
    actions_->setRows(rows, tags);
    dirty_ = false;
    revalidate();
}

void DeviceEditor::markEdited() {
    dirty_ = true;
    revalidate();
}

QString DeviceEditor::interfaceRowProblem() const {
    std::set<QString> names;
    for (const QStringList& row : interfaces_->rows())
        if (!row[IfName].isEmpty() && !names.insert(row[IfName]).second)
            return tr("two interfaces are named '%1'").arg(row[IfName]);
    return {};
}

QString DeviceEditor::actionRowProblem() const {
    int n = 0;
    for (const QStringList& row : actions_->rows()) {
        ++n;
        const auto type = actionTypeFromText(row[ActType]);
        if ((type == lab::ActionType::UdpSend || type == lab::ActionType::TcpTransfer) &&
            row[ActPort].isEmpty())
            return tr("row %1: udp and tcp need a destination port").arg(n);
        if (type != lab::ActionType::TcpTransfer && row[ActSize].toLongLong() > 65507)
            return tr("row %1: size is at most 65507 bytes for ping and udp").arg(n);
    }
    return {};
}

void DeviceEditor::revalidate() {
    name_->recheck();
    QString ifProblem = interfaces_->firstProblem();
    if (ifProblem.isEmpty())
        ifProblem = interfaceRowProblem();
    showProblem(interfacesError_, ifProblem);
    showProblem(routesError_, routes_->firstProblem());
    QString actProblem = actions_->firstProblem();
    if (actProblem.isEmpty())
        actProblem = actionRowProblem();
    showProblem(actionsError_, actProblem);
    problems_->hide();
    apply_->setEnabled(!hasProblems());
    revert_->setEnabled(dirty_);
}

bool DeviceEditor::hasProblems() const {
    return !name_->isValid() || !gateway_->isValid() || interfacesError_->isVisible() ||
           routesError_->isVisible() || actionsError_->isVisible();
}

} // namespace ww::ui
