// DeviceEditor's Apply: from checked text back to lab values, then one command.
#include "commands/edit_device_command.h"
#include "dialogs/checked_line_edit.h"
#include "dialogs/device_editor.h"
#include "dialogs/field_checks.h"
#include "document/lab_document.h"
#include "lab/lab_validate.h"
#include "models/text_table_model.h"

#include <QCheckBox>
#include <QLabel>
#include <QUndoStack>
#include <memory>
#include <set>

namespace ww::ui {

namespace {

enum InterfaceColumn { IfName, IfMac, IfAddress, IfVlan };
enum ActionColumn { ActAt, ActType, ActTo, ActCount, ActInterval, ActSize, ActPort, ActPath };

std::set<std::pair<QString, QString>> issueSet(const lab::Lab& lab) {
    std::vector<lab::LabIssue> issues;
    lab::validateLab(lab, issues);
    std::set<std::pair<QString, QString>> out;
    for (const lab::LabIssue& i : issues)
        out.insert({i.path, i.message});
    return out;
}

} // namespace

lab::Device DeviceEditor::editedDevice(const lab::Device& current,
                                       std::map<std::string, std::string>* renames) const {
    lab::Device d = current; // keeps what the editor does not show (position, VLANs, NAT...)
    d.name = name_->text().toStdString();
    d.gateway = addressFromText(gateway_->text());
    if (d.type == lab::DeviceType::Host)
        d.httpServer = httpServer_->isChecked();
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
        const lab::ActionType type = *actionTypeFromText(row[ActType]);
        if (!known || a.type != type) { // a new kind of action starts from its defaults
            const double at = a.at;
            a = lab::Action{};
            a.at = at;
            a.type = type;
            a.size = type == lab::ActionType::Ping ? 56 : type == lab::ActionType::UdpSend ? 32 : 0;
            a.port = type == lab::ActionType::HttpGet ? 80 : 9;
        }
        a.at = row[ActAt].toDouble();
        a.to = *addressFromText(row[ActTo]);
        a.count = row[ActCount].toInt();
        if (!row[ActInterval].isEmpty())
            a.interval = row[ActInterval].toDouble();
        if (!row[ActSize].isEmpty())
            a.size = row[ActSize].toInt();
        if (!row[ActPort].isEmpty())
            a.port = static_cast<std::uint16_t>(row[ActPort].toInt());
        if (type == lab::ActionType::HttpGet)
            a.path = row[ActPath].isEmpty() ? std::string("/") : row[ActPath].toStdString();
        actions.push_back(a);
    }
    return actions;
}

bool DeviceEditor::apply() {
    revalidate();
    const int index = document_->deviceIndex(deviceName());
    if (index < 0 || hasProblems())
        return false;
    const lab::Lab& lab = document_->lab();
    std::map<std::string, std::string> renames;
    const lab::Device device = editedDevice(lab.devices[index], &renames);
    auto command =
        std::make_unique<EditDeviceCommand>(document_, index, device, editedActions(lab), renames);
    // Refuse what the loader would refuse, but only problems this edit brings:
    // a lab that already had some stays editable.
    const auto before = issueSet(lab);
    QStringList fresh;
    for (const auto& [path, message] : issueSet(command->result()))
        if (!before.count({path, message}))
            fresh << path + QStringLiteral(": ") + message;
    if (!fresh.isEmpty()) {
        problems_->setText(tr("Not applied:\n%1").arg(fresh.join('\n')));
        problems_->show();
        return false;
    }
    deviceName_ = device.name;
    dirty_ = false;
    if (command->changesLab())
        document_->undoStack()->push(command.release());
    showDevice(deviceName());
    return true;
}

} // namespace ww::ui
