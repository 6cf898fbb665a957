#pragma once

#include "lab/lab.h"

#include <QWidget>
#include <map>
#include <string>
#include <vector>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace ww::ui {

class CheckedLineEdit;
class LabDocument;
class TextTableModel;

// Edits one device (for a dock): name, interfaces, gateway, static routes,
// and the scenario actions it sends. Every field is checked as it is typed
// and shows core's message under it; Apply is refused while anything is
// wrong, and also when the edited lab would fail the loader's cross-checks
// (a gateway off-link, an address used twice). Apply pushes one EditDeviceCommand.
class DeviceEditor : public QWidget {
    Q_OBJECT
public:
    explicit DeviceEditor(LabDocument* document, QWidget* parent = nullptr);

    void showDevice(const QString& name);
    QString deviceName() const;
    bool hasProblems() const;
    // Pushes the edit; false (and the reasons shown) when refused.
    bool apply();
    void revert();

private:
    QWidget* tableSection(const QString& title, const QString& objectName, TextTableModel* model,
                          QLabel** error);
    void documentChanged();
    void load(const lab::Device& device);
    void markEdited();
    void revalidate();
    QString interfaceRowProblem() const;
    QString actionRowProblem() const;
    lab::Device editedDevice(const lab::Device& current,
                             std::map<std::string, std::string>* renames) const;
    std::vector<lab::Action> editedActions(const lab::Lab& lab) const;

    LabDocument* document_;
    std::string deviceName_; // the device shown, by its name in the document
    bool dirty_ = false;

    QFormLayout* form_;
    CheckedLineEdit* name_;
    QLabel* type_;
    CheckedLineEdit* gateway_;
    QCheckBox* httpServer_;
    TextTableModel* interfaces_;
    TextTableModel* routes_;
    TextTableModel* actions_;
    QLabel* interfacesError_ = nullptr;
    QLabel* routesError_ = nullptr;
    QLabel* actionsError_ = nullptr;
    QWidget* interfacesSection_ = nullptr;
    QWidget* routesSection_ = nullptr;
    QWidget* actionsSection_ = nullptr;
    QTableView* interfacesView_ = nullptr;
    QTableView* actionsView_ = nullptr;
    QLabel* problems_;
    QPushButton* apply_;
    QPushButton* revert_;
};

} // namespace ww::ui
