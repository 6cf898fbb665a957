#pragma once

#include "dialogs/editor_section.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;

namespace ww::ui {

class CheckedLineEdit;

// A host's stub resolver (lab key "resolver"): its DNS servers, the lookup order
// (hosts file first or DNS first), the hosts file, timeout and attempts. Without
// it the host uses the defaults and the DNS server DHCP hands out.
class ResolverSection : public EditorSection {
    Q_OBJECT
public:
    explicit ResolverSection(QWidget* parent = nullptr);

    bool appliesTo(const lab::Device& device) const override;
    void load(const lab::Device& device) override;
    QString check() override;
    void store(lab::Device& device) const override;
    QString placeIssue(const QString& path, const QString& message) override;

private:
    QString fieldProblem(QWidget* field, const QString& text);

    QCheckBox* enabled_;
    QWidget* body_;
    CheckedLineEdit* servers_;
    QComboBox* order_;
    CheckedLineEdit* timeout_;
    CheckedLineEdit* attempts_;
    EditorTable* hosts_;
    QLabel* error_;
};

} // namespace ww::ui
