#pragma once

#include "dialogs/editor_section.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;

namespace ww::ui {

class CheckedLineEdit;

// The "dns" key of hosts and routers: whether the device is a DNS server, its
// role (authoritative for zones such as the root ".", a TLD or a domain; a
// resolver starting from root hints; a forwarder), its zones with SOA and
// records, the root hints, the upstream forwarders, timeout and attempts.
class DnsServerSection : public EditorSection {
    Q_OBJECT
public:
    explicit DnsServerSection(QWidget* parent = nullptr);

    bool appliesTo(const lab::Device& device) const override;
    void load(const lab::Device& device) override;
    QString check() override;
    void store(lab::Device& device) const override;
    QString placeIssue(const QString& path, const QString& message) override;

private:
    lab::DnsServerRole role() const;
    void showRoleParts();
    QString fieldProblem(QWidget* field, const QString& text);
    // The records table row of zones[zone].records[k] as store() files them.
    int recordRow(int zone, int k) const;

    QCheckBox* enabled_;
    QWidget* body_;
    QComboBox* role_;
    QFormLayout* form_;
    CheckedLineEdit* timeout_;
    CheckedLineEdit* attempts_;
    EditorTable* zones_;
    EditorTable* records_;
    EditorTable* hints_;
    CheckedLineEdit* forwarders_;
    QLabel* error_;
};

} // namespace ww::ui
