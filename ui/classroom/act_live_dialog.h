#pragma once

#include "lab/lab.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ww::ui::classroom {

// The few parameters of an action started from the canvas: where to (an address or a name),
// how many pings, which traceroute probes, which HTTP path, which DNS record type.
class ActLiveDialog : public QDialog {
    Q_OBJECT
public:
    ActLiveDialog(lab::ActionType type, const QString& device, QWidget* parent = nullptr);

    // The action (from the device, at 0: the caller sets the moment); nullopt when the target
    // is empty.
    std::optional<lab::Action> action() const;
    QLineEdit* targetField() const { return target_; }

private:
    lab::ActionType type_;
    QString device_;
    QLineEdit* target_;
    QSpinBox* count_ = nullptr;
    QComboBox* probe_ = nullptr;
    QLineEdit* path_ = nullptr;
    QComboBox* recordType_ = nullptr;
};

} // namespace ww::ui::classroom
