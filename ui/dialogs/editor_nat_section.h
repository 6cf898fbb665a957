#pragma once

#include "dialogs/editor_section.h"

class QCheckBox;
class QLabel;

namespace ww::ui {

class CheckedLineEdit;

// A router's NAT (RFC 3022): NAPT between an inside and an outside interface with
// its mapping timeout, and static one-to-one rules; and the router's forwarding
// switches (directed broadcasts, "internet": drop private destinations).
class NatSection : public EditorSection {
    Q_OBJECT
public:
    explicit NatSection(QWidget* parent = nullptr);

    bool appliesTo(const lab::Device& device) const override;
    void load(const lab::Device& device) override;
    QString check() override;
    void store(lab::Device& device) const override;
    QString placeIssue(const QString& path, const QString& message) override;

private:
    QString fieldProblem(QWidget* field, const QString& text);

    QCheckBox* directedBroadcast_;
    QCheckBox* internet_;
    QCheckBox* enabled_;
    QWidget* body_;
    CheckedLineEdit* inside_;
    CheckedLineEdit* outside_;
    CheckedLineEdit* timeout_;
    EditorTable* statics_;
    QLabel* error_;
};

} // namespace ww::ui
