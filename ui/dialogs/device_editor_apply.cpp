// DeviceEditor's checks and Apply: from checked text back to lab values, the lab
// loader's verdict on the result, then one command.
#include "commands/edit_device_command.h"
#include "dialogs/action_kinds.h"
#include "dialogs/checked_line_edit.h"
#include "dialogs/device_editor.h"
#include "dialogs/device_editor_columns.h"
#include "dialogs/editor_checks.h"
#include "dialogs/editor_section.h"
#include "dialogs/field_checks.h"
#include "document/lab_document.h"
#include "lab/lab_json_resolver.h"
#include "models/text_table_model.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableView>
#include <QUndoStack>
#include <memory>
#include <set>

namespace ww::ui {

using namespace device_editor;

namespace {

// Digits and dots only: meant as an address (and checked as one), not a name.
bool looksLikeAddress(const QString& text) {
    static const QRegularExpression digits(QStringLiteral("^[0-9.]+$"));
    return digits.match(text).hasMatch();
}

// "interfaces[2].address" -> 2 and "address"; -1 when the path is not `key[n]...`.
int rowOf(const std::vector<PathStep>& steps, const char* key) {
    return !steps.empty() && steps[0].key == QLatin1String(key) ? steps[0].index : -1;
}

// "row 2, Field: message" under the table (its title is said by the caller's prefix),
// with that cell selected.
QString rowMessage(EditorTable* table, int row, int column, const QString& message) {
    QTableView* view = table->view();
    auto* model = view->model();
    if (row >= 0 && row < model->rowCount())
        view->setCurrentIndex(model->index(row, std::max(column, 0)));
    const QString text =
        column < 0 ? DeviceEditor::tr("row %1: %2").arg(row + 1).arg(message)
                   : DeviceEditor::tr("row %1, %2: %3")
                         .arg(row + 1)
                         .arg(model->headerData(column, Qt::Horizontal).toString(), message);
    return table->showProblem(text);
}

} // namespace

QString DeviceEditor::interfaceRowProblem() const {
    std::set<QString> names;
    for (const QStringList& row : interfaces_->rows())
        if (!row[IfName].isEmpty() && !names.insert(row[IfName]).second)
            return tr("two interfaces are named '%1'").arg(row[IfName]);
    return {};
}

QString DeviceEditor::actionRowProblem() {
    const auto& rows = actions_->rows();
    for (int r = 0; r < int(rows.size()); ++r) {
        const QStringList& row = rows[r];
        const ActionKind* kind = actionKindFromText(row[ActType]);
        if (!kind)
            continue; // the cell's own check says why
        auto at = [&](int column, const QString& message) {
            return rowMessage(actionsTable_, r, column, message);
        };
        const QString to = row[ActTo];
        if (kind->needsName || (kind->takesName && !looksLikeAddress(to))) {
            if (to.isEmpty())
                return at(ActTo, kind->needsName ? tr("a name to look up is needed")
                                                 : tr("an address or a name is needed"));
            if (const QString p = checkDomainName(to); !p.isEmpty())
                return at(ActTo, p);
        } else if (const QString p = checkAddress(to, false); !p.isEmpty()) {
            return at(ActTo, p);
        }
        // A value in a column this kind does not read would be silently dropped: refuse it.
        const std::pair<int, bool> reads[] = {{ActSize, kind->takesSize},
                                              {ActPort, kind->takesPort},
                                              {ActPath, kind->takesPath},
                                              {ActRecordType, kind->takesRecordType},
                                              {ActTtl, kind->takesTtl},
                                              {ActDf, kind->takesDf},
                                              {ActLocalPort, kind->takesLocalPort},
                                              {ActClose, kind->takesClose},
                                              {ActCloseAt, kind->takesClose}};
        for (const auto& [column, read] : reads)
            if (!read && !row[column].isEmpty())
                return at(
                    column,
                    tr("%1 does not take this; leave it empty").arg(QLatin1String(kind->key)));
        if (kind->needsPort && row[ActPort].isEmpty())
            return at(ActPort, tr("%1 needs a destination port").arg(QLatin1String(kind->key)));
        if (kind->takesSize && row[ActSize].toLongLong() > kind->maxSize)
            return at(ActSize, tr("%1 is out of range %2-%3 for %4")
                                   .arg(row[ActSize])
                                   .arg(0)
                                   .arg(kind->maxSize)
                                   .arg(QLatin1String(kind->key)));
    }
    return {};
}

QString DeviceEditor::fieldsProblem() {
    name_->recheck();
    QString first;
    auto note = [&](const QString& p, QWidget* where) {
        if (first.isEmpty() && !p.isEmpty()) {
            first = p;
            problemWidget_ = where;
        }
    };
    note(name_->problem(), name_);
    if (!gateway_->isHidden())
        note(gateway_->problem(), gateway_);
    QString ifProblem = interfaces_->firstProblem();
    if (ifProblem.isEmpty())
        ifProblem = interfaceRowProblem();
    interfacesTable_->showProblem(ifProblem);
    note(ifProblem.isEmpty() ? QString() : tr("Interfaces, %1").arg(ifProblem),
         interfacesTable_->view());
    const QString routeProblem = routes_->firstProblem();
    routesTable_->showProblem(routeProblem);
    note(routeProblem.isEmpty() ? QString() : tr("Static routes, %1").arg(routeProblem),
         routesTable_->view());
    QString actProblem = actions_->firstProblem();
    actionsTable_->showProblem(actProblem);
    if (actProblem.isEmpty())
        actProblem = actionRowProblem();
    note(actProblem.isEmpty() ? QString() : tr("Scenario, %1").arg(actProblem),
         actionsTable_->view());
    for (EditorSection* s : sections_)
        if (!s->isHidden()) {
            const QString p = s->check();
            note(p, s->problemWidget() ? s->problemWidget() : s);
        }
    return first;
}

QString DeviceEditor::placeIssue(const lab::Lab& edited, const lab::LabIssue& issue) {
    const int index = document_->deviceIndex(deviceName());
    const QString prefix = QStringLiteral("devices[%1].").arg(index);
    const QString generic = issue.path + QStringLiteral(": ") + issue.message;
    if (issue.path.startsWith(QLatin1String("scenario["))) {
        const std::vector<PathStep> steps = splitPath(issue.path);
        if (index < 0 || steps.empty() || steps[0].index < 0 ||
            steps[0].index >= int(edited.scenario.size()) ||
            edited.scenario[steps[0].index].from != edited.devices.at(index).name)
            return generic;
        int row = -1; // the action's row: the device's actions keep their scenario order
        for (int k = 0; k <= steps[0].index; ++k)
            row += edited.scenario[k].from == edited.devices.at(index).name ? 1 : 0;
        static const QStringList keys{"at",   "action",     "to",    "count",   "interval",
                                      "size", "port",       "path",  "type",    "ttl",
                                      "df",   "local_port", "close", "close_at"};
        const QString field = steps.size() > 1 ? steps[1].key : QString();
        const int column = field == QLatin1String("name") ? int(ActTo) : keys.indexOf(field);
        problemWidget_ = actionsTable_->view();
        return tr("Scenario, %1").arg(rowMessage(actionsTable_, row, column, issue.message));
    }
    if (index < 0 || !issue.path.startsWith(prefix))
        return generic;
    const QString rest = issue.path.mid(prefix.size());
    for (EditorSection* s : sections_)
        if (!s->isHidden())
            if (const QString placed = s->placeIssue(rest, issue.message); !placed.isEmpty()) {
                problemWidget_ = s->problemWidget() ? s->problemWidget() : s;
                return placed;
            }
    const std::vector<PathStep> steps = splitPath(rest);
    const QString field = steps.empty() ? QString() : steps.back().key;
    if (const int r = rowOf(steps, "interfaces"); r >= 0) {
        static const QStringList keys{"name", "mac", "address", "vlan"};
        problemWidget_ = interfacesTable_->view();
        return tr("Interfaces, %1")
            .arg(rowMessage(interfacesTable_, r, keys.indexOf(field), issue.message));
    }
    if (const int r = rowOf(steps, "routes"); r >= 0) {
        problemWidget_ = routesTable_->view();
        return tr("Static routes, %1")
            .arg(rowMessage(routesTable_, r,
                            field == QLatin1String("via") ? RouteVia : RouteDestination,
                            issue.message));
    }
    if (rest == QLatin1String("gateway")) {
        problemWidget_ = gateway_;
        return tr("Gateway: %1").arg(issue.message);
    }
    if (rest == QLatin1String("name")) {
        problemWidget_ = name_;
        return tr("Name: %1").arg(issue.message);
    }
    return generic;
}

void DeviceEditor::revalidate() {
    problemWidget_ = nullptr;
    problems_->hide();
    problem_ = fieldsProblem();
    const int index = document_->deviceIndex(deviceName());
    if (problem_.isEmpty() && dirty_ && index >= 0) {
        const lab::Lab& lab = document_->lab();
        std::map<std::string, std::string> renames;
        const EditDeviceCommand command(document_, index,
                                        editedDevice(lab.devices[index], &renames),
                                        editedActions(lab), renames);
        // Only problems this edit brings: a lab that already had some stays editable.
        QStringList lines;
        for (const lab::LabIssue& issue : freshIssues(issuesBefore_, command.result()))
            lines << placeIssue(command.result(), issue);
        if (!lines.isEmpty()) {
            problem_ = lines.front();
            problems_->setText(tr("Not applied:\n%1").arg(lines.join(QLatin1Char('\n'))));
            problems_->show();
        }
    }
    apply_->setEnabled(problem_.isEmpty());
    revert_->setEnabled(dirty_);
}

void DeviceEditor::focusProblem() {
    QWidget* w = problemWidget_;
    if (!w)
        return;
    if (auto* field = qobject_cast<CheckedLineEdit*>(w))
        w = field->lineEdit();
    scroll_->ensureWidgetVisible(w);
    w->setFocus(Qt::OtherFocusReason);
}

lab::Device DeviceEditor::editedDevice(const lab::Device& current,
                                       std::map<std::string, std::string>* renames) const {
    lab::Device d = current; // keeps what the editor does not show (position, role)
    d.name = name_->text().toStdString();
    d.gateway = addressFromText(gateway_->text());
    d.interfaces.clear();
    for (int r = 0; r < interfaces_->rowCount(); ++r) {
        const QStringList& row = interfaces_->rows()[r];
        const std::string was = interfaces_->tag(r).toStdString();
        lab::Interface itf;
        for (const lab::Interface& old : current.interfaces)
            if (old.name == was)
                itf = old;
        itf.name = row[IfName].toStdString();
        itf.mac = macFromText(row[IfMac]);
        itf.address = prefixFromText(row[IfAddress]);
        itf.vlan = row[IfVlan].toInt();
        if (!was.empty() && was != itf.name)
            (*renames)[was] = itf.name;
        d.interfaces.push_back(itf);
    }
    d.routes.clear();
    for (const QStringList& row : routes_->rows())
        d.routes.push_back({*prefixFromText(row[0]), *addressFromText(row[1])});
    for (EditorSection* s : sections_)
        if (!s->isHidden())
            s->store(d);
    return d;
}

std::vector<lab::Action> DeviceEditor::editedActions(const lab::Lab& lab) const {
    std::vector<lab::Action> actions;
    for (int r = 0; r < actions_->rowCount(); ++r) {
        const QStringList& row = actions_->rows()[r];
        lab::Action a;
        bool known = false;
        const int was = actions_->tag(r).toInt(&known);
        if (known && was >= 0 && was < int(lab.scenario.size()))
            a = lab.scenario[was];
        const ActionKind& kind = *actionKindFromText(row[ActType]);
        if (!known || a.type != kind.type) { // a new kind of action starts from its defaults
            const double at = a.at;
            a = lab::Action{};
            a.at = at;
            a.type = kind.type;
            a.size = kind.defaultSize;
            if (kind.takesPort)
                a.port = kind.defaultPort;
        }
        a.at = row[ActAt].toDouble();
        if (kind.needsName || (kind.takesName && !looksLikeAddress(row[ActTo]))) {
            a.name = domainNameAsLoaded(row[ActTo]);
            a.to = lab::Action{}.to;
        } else {
            a.name.clear();
            a.to = addressFromText(row[ActTo]).value_or(Ipv4Address{});
        }
        if (kind.takesRecordType)
            a.qtype = row[ActRecordType].isEmpty() ? std::uint16_t{1}
                                                   : lab::queryTypeFromText(row[ActRecordType]);
        a.count = row[ActCount].toInt();
        if (!row[ActInterval].isEmpty())
            a.interval = row[ActInterval].toDouble();
        if (kind.takesSize && !row[ActSize].isEmpty())
            a.size = row[ActSize].toInt();
        if (kind.takesPort && !row[ActPort].isEmpty())
            a.port = static_cast<std::uint16_t>(row[ActPort].toInt());
        if (kind.takesPath)
            a.path = row[ActPath].isEmpty() ? std::string("/") : row[ActPath].toStdString();
        // Empty cells mean the loader's defaults (core/lab/lab_json.cpp readAction).
        if (kind.takesTtl)
            a.ttl = row[ActTtl].isEmpty() ? 64 : row[ActTtl].toInt();
        if (kind.takesDf)
            a.dontFragment = row[ActDf] == QLatin1String("true");
        if (kind.takesLocalPort)
            a.localPort = static_cast<std::uint16_t>(row[ActLocalPort].toInt());
        if (kind.takesClose) {
            a.close = row[ActClose] != QLatin1String("false");
            a.closeAt = row[ActCloseAt].isEmpty() ? std::nullopt
                                                  : std::optional(row[ActCloseAt].toDouble());
        }
        actions.push_back(a);
    }
    return actions;
}

bool DeviceEditor::apply() {
    revalidate();
    const int index = document_->deviceIndex(deviceName());
    if (index < 0)
        return false;
    if (hasProblems()) {
        if (problems_->isHidden()) {
            problems_->setText(tr("Not applied:\n%1").arg(problem_));
            problems_->show();
        }
        focusProblem();
        return false;
    }
    const lab::Lab& lab = document_->lab();
    std::map<std::string, std::string> renames;
    const lab::Device device = editedDevice(lab.devices[index], &renames);
    auto command =
        std::make_unique<EditDeviceCommand>(document_, index, device, editedActions(lab), renames);
    deviceName_ = device.name;
    dirty_ = false;
    if (command->changesLab())
        document_->undoStack()->push(command.release());
    showDevice(deviceName());
    return true;
}

} // namespace ww::ui
