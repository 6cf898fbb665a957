#pragma once

#include "document/device_kinds.h"

#include <QGraphicsScene>
#include <QHash>
#include <QLineF>
#include <QPointer>
#include <functional>
#include <vector>

class QGraphicsLineItem;

namespace ww::ui {

class DeviceItem;
class LabDocument;
class LinkItem;
class NameEditorItem;

// The editable picture of the document's lab. It rebuilds or updates its
// items whenever the document changes, and turns gestures (drop, drag,
// link, rename, delete, paste) into undo commands on the document.
class TopologyScene : public QGraphicsScene {
    Q_OBJECT
public:
    enum class Mode { Select, Link };
    // MIME type of copied devices: a small lab in the lab file format.
    static constexpr const char* kItemsMime = "application/x-wirewalk-items";

    explicit TopologyScene(LabDocument* document, QObject* parent = nullptr);
    ~TopologyScene() override;

    LabDocument* document() const { return document_; }
    Mode mode() const { return mode_; }
    void setMode(Mode mode);

    // For views that draw over the canvas (playback tokens): where a device
    // is, and the line a link's frames travel along, in scene coordinates.
    QPointF devicePosition(const QString& name) const;
    QLineF linkLine(int linkIndex) const;
    DeviceItem* deviceItem(const QString& name) const;
    LinkItem* linkItem(int linkIndex) const;
    QStringList selectedDeviceNames() const;
    QStringList selectedLinkNames() const;
    void selectDevices(const QStringList& names);

    // Edits; each pushes one command (or none when refused).
    void addDevice(PaletteKind kind, QPointF pos);
    bool linkDevices(const QString& a, const QString& b);
    bool renameDevice(const QString& from, const QString& to);
    void beginRename(const QString& name);
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void selectAllItems();

    // Asked when a host has no free interface; the default asks the user.
    // Returns whether to add `itf` to `device` for the new link.
    std::function<bool(const QString& device, const QString& itf)> confirmNewInterface;

Q_SIGNALS:
    void modeChanged(Mode mode);
    // Something the user should read in the status bar (why an edit was refused).
    void message(const QString& text);
    // Double-click on a device's icon: open its editor.
    void deviceActivated(const QString& name);
    // A right-click on a device without dragging to another (Act live's menu).
    void deviceMenuRequested(const QString& name, const QPoint& screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;

private:
    void rebuild();
    void updateDevice(int index);
    void updateLink(int index);
    void growSceneRect();
    DeviceItem* deviceAt(QPointF scenePos, const DeviceItem* except = nullptr) const;
    void pushMoveIfMoved();

    LabDocument* document_;
    Mode mode_ = Mode::Select;
    QHash<QString, DeviceItem*> devices_;
    std::vector<LinkItem*> links_;
    // A link being drawn: from this device, shown as a rubber line.
    DeviceItem* linkFrom_ = nullptr;
    QGraphicsLineItem* rubberLine_ = nullptr;
    // Device positions when the mouse went down, to tell a move from a click.
    QHash<QString, QPointF> pressPositions_;
    QPointer<NameEditorItem> nameEditor_;
    int pasteCount_ = 0;
};

} // namespace ww::ui
