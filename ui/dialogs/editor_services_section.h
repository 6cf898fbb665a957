#pragma once

#include "dialogs/editor_section.h"

class QCheckBox;
class QFormLayout;
class QLabel;

namespace ww::ui {

class CheckedLineEdit;

// Applications and transport settings of hosts and routers: the web server, TCP
// listeners (sink or slow reader), UDP listening ports, delayed ACK, and the
// multicast groups a host joins.
class ServicesSection : public EditorSection {
    Q_OBJECT
public:
    explicit ServicesSection(QWidget* parent = nullptr);

    bool appliesTo(const lab::Device& device) const override;
    void load(const lab::Device& device) override;
    QString check() override;
    void store(lab::Device& device) const override;
    QString placeIssue(const QString& path, const QString& message) override;

private:
    QString fieldProblem(QWidget* field, const QString& text);

    bool host_ = false;
    QFormLayout* form_;
    QCheckBox* httpServer_;
    QCheckBox* delayedAck_;
    CheckedLineEdit* udpListen_;
    CheckedLineEdit* multicast_;
    EditorTable* tcpListen_;
    QLabel* error_;
};

} // namespace ww::ui
