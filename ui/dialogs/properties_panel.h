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

    // Made on first use (the first single selection).
    DeviceEditor* deviceEditor();
    LinkEditor* linkEditor();

private:
    void followSelection();
    void makeEditors();

    TopologyScene* scene_;
    bool reselecting_ = false;
    QLabel* hint_;
    QWidget* devicePage_ = nullptr;
    DeviceEditor* deviceEditor_ = nullptr;
    LinkEditor* linkEditor_ = nullptr;
};

} // namespace ww::ui
