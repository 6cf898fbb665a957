#pragma once

#include "dialogs/editor_section.h"

class QCheckBox;
class QFormLayout;
class QLabel;

namespace ww::ui {

class CheckedLineEdit;

// DHCP (RFC 2131): a host's client on its first interface, and a server on one
// interface of a host or router with its pool, lease, router (option 3) and DNS
// server (option 6).
class DhcpSection : public EditorSection {
    Q_OBJECT
public:
    explicit DhcpSection(QWidget* parent = nullptr);

    bool appliesTo(const lab::Device& device) const override;
    void load(const lab::Device& device) override;
    QString check() override;
    void store(lab::Device& device) const override;
    QString placeIssue(const QString& path, const QString& message) override;

private:
    QString fieldProblem(QWidget* field, const QString& text);

    bool host_ = false;
    QCheckBox* client_;
    QCheckBox* server_;
    QWidget* body_;
    CheckedLineEdit* interface_;
    CheckedLineEdit* poolStart_;
    CheckedLineEdit* poolEnd_;
    CheckedLineEdit* router_;
    CheckedLineEdit* dns_;
    CheckedLineEdit* lease_;
    QLabel* error_;
};

} // namespace ww::ui
