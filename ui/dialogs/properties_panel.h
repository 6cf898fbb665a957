#pragma once

#include <QStackedWidget>

class QLabel;

namespace ww::ui {

class DeviceEditor;
class LinkEditor;
class TopologyScene;

// The editor dock's content: follows the canvas selection and shows the
// device editor for one selected device, the link editor for one link. Edits
// not yet applied go with the selection change: applied when valid, asked
// about when not (DeviceEditor::settlePendingEdits).
class PropertiesPanel : public QStackedWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(TopologyScene* scene, QWidget* parent = nullptr);

    DeviceEditor* deviceEditor() const { return deviceEditor_; }
    LinkEditor* linkEditor() const { return linkEditor_; }

private:
    void followSelection();

    TopologyScene* scene_;
    bool reselecting_ = false;
    QLabel* hint_;
    QWidget* devicePage_;
    DeviceEditor* deviceEditor_;
    LinkEditor* linkEditor_;
};

} // namespace ww::ui
