#include "dialogs/editor_vlan_section.h"

#include "dialogs/field_checks.h"
#include "models/text_table_model.h"

#include <QTableView>
#include <QVBoxLayout>

namespace ww::ui {

VlanSection::VlanSection(QWidget* parent)
    : EditorSection(parent) {
    setObjectName(QStringLiteral("vlanSection"));
    auto* model = new TextTableModel(
        {{tr("VLAN"), [](const QString& t) { return checkInteger(t, 1, 4094); }},
         {tr("SVI address/prefix"), [](const QString& t) { return checkPrefix(t, false); }},
         {tr("MAC"), checkMac}},
        this);
    vlans_ = new EditorTable(tr("VLANs and their routed interfaces (SVI)"), QStringLiteral("vlans"),
                             model, {QString(), QString(), QString()});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vlans_);
    connect(model, &TextTableModel::edited, this, &EditorSection::edited);
}

bool VlanSection::appliesTo(const lab::Device& d) const {
    return d.type == lab::DeviceType::L3Switch;
}

void VlanSection::load(const lab::Device& d) {
    std::vector<QStringList> rows;
    for (const lab::Vlan& v : d.vlans)
        rows.push_back({QString::number(v.id), QString::fromStdString(v.address.toString()),
                        v.mac ? QString::fromStdString(v.mac->toString()) : QString()});
    vlans_->model()->setRows(rows, {});
    vlans_->showProblem({});
}

QString VlanSection::check() {
    problemWidget_ = vlans_->view();
    return vlans_->checkCells();
}

void VlanSection::store(lab::Device& d) const {
    d.vlans.clear();
    for (const QStringList& row : vlans_->model()->rows())
        d.vlans.push_back({row[0].toInt(), *prefixFromText(row[1]), macFromText(row[2])});
}

QString VlanSection::placeIssue(const QString& path, const QString& message) {
    const std::vector<PathStep> steps = splitPath(path);
    if (steps.empty() || steps[0].key != QLatin1String("vlans"))
        return {};
    static const QStringList keys{"id", "address", "mac"};
    problemWidget_ = vlans_->view();
    return vlans_->cellProblem(
        steps[0].index, steps[0].index < 0 ? -1 : std::max<int>(0, keys.indexOf(steps.back().key)),
        message);
}

} // namespace ww::ui
