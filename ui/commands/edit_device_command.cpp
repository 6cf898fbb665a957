#include "commands/edit_device_command.h"

#include "document/lab_edits.h"

namespace ww::ui {

namespace {

// The device's actions take the slots its old ones had, so an unchanged list
// leaves the scenario's order exactly as it was.
std::vector<lab::Action> replaceActions(const std::vector<lab::Action>& scenario,
                                        const std::string& sender,
                                        const std::vector<lab::Action>& actions) {
    std::vector<lab::Action> out;
    std::size_t next = 0;
    for (const lab::Action& a : scenario) {
        if (a.from != sender)
            out.push_back(a);
        else if (next < actions.size())
            out.push_back(actions[next++]);
    }
    for (; next < actions.size(); ++next)
        out.push_back(actions[next]);
    return out;
}

} // namespace

EditDeviceCommand::EditDeviceCommand(LabDocument* document, int index, const lab::Device& device,
                                     const std::vector<lab::Action>& actions,
                                     const InterfaceRenames& renames)
    : LabEditCommand(document) {
    const std::string oldName = before_.devices.at(index).name;
    after_ = withRenamedDevice(before_, oldName, device.name);
    after_.devices[index] = device;
    for (lab::Link& l : after_.links)
        for (lab::Endpoint* e : {&l.a, &l.b})
            if (e->device == device.name)
                if (auto it = renames.find(e->interface); it != renames.end())
                    e->interface = it->second;
    std::vector<lab::Action> sent = actions;
    for (lab::Action& a : sent)
        a.from = device.name;
    after_.scenario = replaceActions(after_.scenario, device.name, sent);
    setText(tr("Edit %1").arg(QString::fromStdString(device.name)));
}

} // namespace ww::ui
