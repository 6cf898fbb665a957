#pragma once

#include "dialogs/editor_section.h"

namespace ww::ui {

// An L3 switch's VLANs, each with its routed interface (SVI): id, address and
// optional MAC. Which VLAN each port is in is the interfaces table's VLAN column.
// (The lab format has no VLANs on L2 switches and no trunks.)
class VlanSection : public EditorSection {
    Q_OBJECT
public:
    explicit VlanSection(QWidget* parent = nullptr);

    bool appliesTo(const lab::Device& device) const override;
    void load(const lab::Device& device) override;
    QString check() override;
    void store(lab::Device& device) const override;
    QString placeIssue(const QString& path, const QString& message) override;

private:
    EditorTable* vlans_;
};

} // namespace ww::ui
