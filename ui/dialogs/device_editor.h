#pragma once

#include "lab/lab.h"
#include "lab/lab_json.h"

#include <QWidget>
#include <functional>
#include <map>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace ww::ui {

class CheckedLineEdit;
class EditorSection;
class EditorTable;
class LabDocument;
class TextTableModel;

// Edits one device (for a dock): name, interfaces, gateway, static routes and
// the scenario actions it sends here, and everything else a lab file can set
// through sections (editor_*_section.h) shown for the device types they apply to.
// Every field is checked as it is typed, and the edited lab is read back by the
// lab loader as it changes, so what Apply accepts is what a lab file may hold;
// messages name the table, row and field and show where the field is. Apply
// pushes one EditDeviceCommand; Apply and Revert stay in view below the scroll area.
class DeviceEditor : public QWidget {
    Q_OBJECT
public:
    explicit DeviceEditor(LabDocument* document, QWidget* parent = nullptr);

    void showDevice(const QString& name);
    QString deviceName() const;
    bool hasProblems() const { return !problem_.isEmpty(); }
    // The first problem, naming where it is (empty when none).
    QString problem() const { return problem_; }
    // Edits typed and not yet applied.
    bool isDirty() const { return dirty_; }
    // Pushes the edit; false (the reasons shown, the field in view) when refused.
    bool apply();
    void revert();

    // What to do with edits that cannot be applied when the device is left.
    enum class PendingChoice { Apply, Discard, KeepEditing };
    using PendingPrompt =
        std::function<PendingChoice(const QString& device, const QString& problem)>;
    // Replaces the question box (tests answer it programmatically).
    void setPendingPrompt(PendingPrompt prompt) { prompt_ = std::move(prompt); }
    // Before another device (or nothing) is shown: valid edits are applied, invalid
    // ones asked about. False when the user keeps editing this device.
    bool settlePendingEdits();

private:
    QStringList newInterfaceRow() const;
    void addSection(EditorSection* section);
    void documentChanged();
    void load(const lab::Device& device);
    void markEdited();
    void revalidate();
    QString fieldsProblem();
    QString interfaceRowProblem() const;
    QString actionRowProblem();
    QString placeIssue(const lab::Lab& edited, const lab::LabIssue& issue);
    void focusProblem();
    void focusLeft(QWidget* old, QWidget* now);
    PendingChoice askPending(const QString& problem);
    lab::Device editedDevice(const lab::Device& current,
                             std::map<std::string, std::string>* renames) const;
    std::vector<lab::Action> editedActions(const lab::Lab& lab) const;

    LabDocument* document_;
    std::string deviceName_; // the device shown, by its name in the document
    bool dirty_ = false;
    QString problem_;
    QWidget* problemWidget_ = nullptr;
    std::vector<lab::LabIssue> issuesBefore_; // the loader's, for the lab as loaded
    PendingPrompt prompt_;

    QScrollArea* scroll_;
    QFormLayout* form_;
    CheckedLineEdit* name_;
    QLabel* type_;
    CheckedLineEdit* gateway_;
    TextTableModel* interfaces_;
    TextTableModel* routes_;
    TextTableModel* actions_;
    EditorTable* interfacesTable_;
    EditorTable* routesTable_;
    EditorTable* actionsTable_;
    std::vector<EditorSection*> sections_;
    QLabel* problems_;
    QPushButton* apply_;
    QPushButton* revert_;
};

} // namespace ww::ui
