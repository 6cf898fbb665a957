// The editing canvas: palette drops, links, undo/redo, save/load, copy/paste
// and the device editor, each checked against the lab value it must produce.
#include "canvas/device_item.h"
#include "canvas/link_item.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "commands/move_devices_command.h"
#include "dialogs/device_editor.h"
#include "dialogs/link_editor.h"
#include "document/device_kinds.h"
#include "document/lab_document.h"
#include "lab/lab_json.h"
#include "models/text_table_model.h"
#include "widgets/device_palette.h"
#include "windows/main_window.h"

#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ww;
using ww::ui::PaletteKind;

class TestCanvas : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dropFromPaletteAddsDeviceAtDropPosition();
    void dropNamesAreUniquePerKind();
    void linkingUsesFreeInterfaces();
    void linkGrowsSwitchPortWhenFull();
    void mouseGesturesLinkMoveAndRename();
    void undoRedoRestoresExactLab();
    void movesOfSameDevicesMerge();
    void saveThenOpenGivesEqualLab();
    void copyPasteGivesNewNames();
    void editorRefusesInvalidAddressWithCoreMessage();
    void editorRefusesWhatTheLoaderWould();
    void editorAppliesAndUndoes();
    void linkEditorChecksRanges();

private:
    void drop(PaletteKind kind, QPoint viewportPos);

    ui::MainWindow* window_ = nullptr;
};

void TestCanvas::init() {
    window_ = new ui::MainWindow;
    window_->resize(1000, 700);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_));
    window_->document()->newLab();
    window_->view()->resetZoom();
}

void TestCanvas::cleanup() {
    window_->document()->undoStack()->setClean(); // no "unsaved changes" prompt
    delete window_;
    window_ = nullptr;
}

// What a drag from the palette delivers: enter, move and drop on the viewport.
void TestCanvas::drop(PaletteKind kind, QPoint at) {
    QWidget* viewport = window_->view()->viewport();
    std::unique_ptr<QMimeData> mime(ui::DevicePalette::mimeFor(kind));
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

void TestCanvas::dropFromPaletteAddsDeviceAtDropPosition() {
    const QPoint at(300, 200);
    drop(PaletteKind::Pc, at);
    const lab::Lab& lab = window_->currentLab();
    QCOMPARE(lab.devices.size(), std::size_t(1));
    const lab::Device& pc = lab.devices[0];
    QCOMPARE(pc.name, std::string("PC1"));
    QCOMPARE(pc.type, lab::DeviceType::Host);
    QCOMPARE(pc.interfaces.size(), std::size_t(1));
    QCOMPARE(pc.interfaces[0].name, std::string("eth0"));
    const QPointF expected = window_->view()->mapToScene(at);
    QVERIFY(qAbs(pc.x - expected.x()) <= 0.5 && qAbs(pc.y - expected.y()) <= 0.5);
    QCOMPARE(window_->scene()->devicePosition(QStringLiteral("PC1")), QPointF(pc.x, pc.y));
    QVERIFY(window_->isWindowModified());
}

void TestCanvas::dropNamesAreUniquePerKind() {
    drop(PaletteKind::Pc, {100, 100});
    drop(PaletteKind::Pc, {200, 100});
    drop(PaletteKind::Switch, {300, 100});
    drop(PaletteKind::Router, {400, 100});
    drop(PaletteKind::WebServer, {500, 100});
    drop(PaletteKind::InternetRouter, {600, 100});
    drop(PaletteKind::DnsServer, {100, 300});
    drop(PaletteKind::Laptop, {200, 300});
    const lab::Lab& lab = window_->currentLab();
    QStringList names;
    for (const auto& d : lab.devices)
        names << QString::fromStdString(d.name);
    QCOMPARE(names, QStringList({"PC1", "PC2", "SW1", "R1", "Web1", "ISP1", "DNS1", "Laptop1"}));
    QCOMPARE(lab.devices[2].interfaces.size(), std::size_t(8));
    QCOMPARE(lab.devices[2].interfaces[7].name, std::string("p8"));
    QCOMPARE(lab.devices[3].interfaces.size(), std::size_t(4));
    QVERIFY(lab.devices[4].httpServer);
    QCOMPARE(lab.devices[4].role, std::string("server"));
    QVERIFY(lab.devices[5].internet);
    QCOMPARE(lab.devices[5].type, lab::DeviceType::Router);
    QCOMPARE(lab.devices[6].role, std::string("dns"));
    QCOMPARE(lab.devices[7].interfaces.size(), std::size_t(2));
    // What the palette builds is a lab the loader accepts.
    QVERIFY(lab::parseLab(lab::toJson(lab)).lab);
}

void TestCanvas::linkingUsesFreeInterfaces() {
    auto* scene = window_->scene();
    scene->addDevice(PaletteKind::Pc, {0, 0});
    scene->addDevice(PaletteKind::Pc, {0, 200});
    scene->addDevice(PaletteKind::Switch, {200, 100});
    QVERIFY(scene->linkDevices("PC1", "SW1"));
    QVERIFY(scene->linkDevices("PC2", "SW1"));
    const lab::Lab& lab = window_->currentLab();
    QCOMPARE(lab.links.size(), std::size_t(2));
    QCOMPARE(lab.links[0].a, (lab::Endpoint{"PC1", "eth0"}));
    QCOMPARE(lab.links[0].b, (lab::Endpoint{"SW1", "p1"}));
    QCOMPARE(lab.links[1].b, (lab::Endpoint{"SW1", "p2"}));
    QCOMPARE(lab.links[0].name, std::string("PC1-SW1"));
    QCOMPARE(scene->linkLine(1), QLineF(QPointF(0, 200), QPointF(200, 100)));
    // PC1's only interface is taken: no second link unless the user agrees to add one.
    scene->confirmNewInterface = [](const QString&, const QString&) { return false; };
    QVERIFY(!scene->linkDevices("PC1", "PC2"));
    QCOMPARE(lab.links.size(), std::size_t(2));
    scene->confirmNewInterface = [](const QString&, const QString&) { return true; };
    QVERIFY(scene->linkDevices("PC1", "PC2"));
    QCOMPARE(lab.links[2].a, (lab::Endpoint{"PC1", "eth1"}));
    QCOMPARE(lab.links[2].b, (lab::Endpoint{"PC2", "eth1"}));
    QVERIFY(!scene->linkDevices("PC1", "PC1"));
    QVERIFY(lab::parseLab(lab::toJson(lab)).lab);
}

void TestCanvas::linkGrowsSwitchPortWhenFull() {
    auto* scene = window_->scene();
    scene->addDevice(PaletteKind::Switch, {0, 0});
    scene->addDevice(PaletteKind::Switch, {200, 0});
    for (int i = 0; i < 9; ++i)
        QVERIFY(scene->linkDevices("SW1", "SW2"));
    const lab::Lab& lab = window_->currentLab();
    QCOMPARE(lab.devices[0].interfaces.size(), std::size_t(9));
    QCOMPARE(lab.links.back().a, (lab::Endpoint{"SW1", "p9"}));
    QCOMPARE(lab.links.back().name, std::string("SW1-SW2-9"));
}

static void sendMouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButton button,
                      Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = {}) {
    QMouseEvent event(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
    QApplication::sendEvent(w, &event);
}

// What the hand does on the canvas: drag to link, drag to move, type a new name.
void TestCanvas::mouseGesturesLinkMoveAndRename() {
    auto* scene = window_->scene();
    auto* view = window_->view();
    QWidget* viewport = view->viewport();
    QUndoStack* undo = window_->document()->undoStack();
    scene->addDevice(PaletteKind::Pc, {0, 0});
    scene->addDevice(PaletteKind::Switch, {200, 0});
    scene->addDevice(PaletteKind::Pc, {200, 150});
    view->centerOn(100, 50);
    auto at = [&](const char* name) { return view->mapFromScene(scene->devicePosition(name)); };

    // Link mode: press on PC1, release on SW1.
    scene->setMode(ui::TopologyScene::Mode::Link);
    sendMouse(viewport, QEvent::MouseButtonPress, at("PC1"), Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, at("PC1") + QPoint(60, 0), Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, at("SW1"), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(window_->currentLab().links.size(), std::size_t(1));
    QCOMPARE(window_->currentLab().links[0].b, (lab::Endpoint{"SW1", "p1"}));
    // Select mode: a right-drag links too, and a plain drag does not.
    scene->setMode(ui::TopologyScene::Mode::Select);
    sendMouse(viewport, QEvent::MouseButtonPress, at("PC2"), Qt::RightButton, Qt::RightButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, at("SW1"), Qt::RightButton, Qt::NoButton);
    QCOMPARE(window_->currentLab().links.size(), std::size_t(2));
    QCOMPARE(window_->currentLab().links[1].b, (lab::Endpoint{"SW1", "p2"}));

    // Dragging PC1 moves it, as one undoable step.
    const lab::Lab beforeMove = window_->currentLab();
    const QPoint from = at("PC1");
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, from + QPoint(10, 5), Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, from + QPoint(40, 30), Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, from + QPoint(40, 30), Qt::LeftButton,
              Qt::NoButton);
    const lab::Device& pc1 = window_->currentLab().devices[0];
    QCOMPARE(QPointF(pc1.x, pc1.y), QPointF(40, 30));
    QCOMPARE(window_->currentLab().links.size(), std::size_t(2)); // a move is not a link
    QCOMPARE(scene->linkLine(0).p1(), QPointF(40, 30));           // the cable follows
    undo->undo();
    QVERIFY(window_->currentLab() == beforeMove);

    // F2-style inline rename: type, Enter.
    scene->beginRename("PC1");
    auto* editor = qgraphicsitem_cast<QGraphicsTextItem*>(scene->focusItem());
    QVERIFY(editor);
    editor->setPlainText("Bob");
    QTest::keyClick(viewport, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(window_->currentLab().devices[0].name, std::string("Bob"));
    QCOMPARE(window_->currentLab().links[0].a.device, std::string("Bob"));
    QCOMPARE(scene->selectedDeviceNames(), QStringList({"Bob"}));
}

void TestCanvas::undoRedoRestoresExactLab() {
    auto* scene = window_->scene();
    QUndoStack* undo = window_->document()->undoStack();
    std::vector<lab::Lab> states{window_->currentLab()};
    auto step = [&] { states.push_back(window_->currentLab()); };

    scene->addDevice(PaletteKind::Pc, {10, 10});
    step();
    scene->addDevice(PaletteKind::Router, {210, 10});
    step();
    QVERIFY(scene->linkDevices("PC1", "R1"));
    step();
    undo->push(new ui::MoveDevicesCommand(window_->document(), {{"PC1", QPointF(50, 80)}}));
    step();
    QVERIFY(scene->renameDevice("PC1", "Alice"));
    step();
    QCOMPARE(window_->currentLab().links[0].a.device, std::string("Alice"));
    scene->selectDevices({"R1"});
    scene->deleteSelection();
    step();
    QVERIFY(window_->currentLab().links.empty());

    for (int i = int(states.size()) - 2; i >= 0; --i) {
        undo->undo();
        QVERIFY2(window_->currentLab() == states[i], qPrintable(QString::number(i)));
    }
    // The canvas follows: after undoing the move PC1 is back where it was dropped.
    undo->setIndex(3);
    QCOMPARE(scene->devicePosition("PC1"), QPointF(10, 10));
    for (std::size_t i = 4; i < states.size(); ++i) {
        undo->redo();
        QVERIFY(window_->currentLab() == states[i]);
    }
    QVERIFY(!scene->deviceItem("PC1") && scene->deviceItem("Alice"));
    // Names are checked before anything is pushed.
    const int count = undo->count();
    QVERIFY(!scene->renameDevice("Alice", ""));
    QVERIFY(!scene->renameDevice("Alice", "a:b"));
    scene->addDevice(PaletteKind::Pc, {0, 0});
    QVERIFY(!scene->renameDevice("Alice", "PC1"));
    QCOMPARE(undo->count(), count + 1);
}

void TestCanvas::movesOfSameDevicesMerge() {
    auto* scene = window_->scene();
    QUndoStack* undo = window_->document()->undoStack();
    scene->addDevice(PaletteKind::Pc, {0, 0});
    const lab::Lab before = window_->currentLab();
    undo->push(new ui::MoveDevicesCommand(window_->document(), {{"PC1", QPointF(10, 0)}}));
    undo->push(new ui::MoveDevicesCommand(window_->document(), {{"PC1", QPointF(20, 0)}}));
    QCOMPARE(undo->count(), 2); // add + one merged move
    QCOMPARE(window_->currentLab().devices[0].x, 20.0);
    undo->undo();
    QVERIFY(window_->currentLab() == before);
}

void TestCanvas::saveThenOpenGivesEqualLab() {
    auto loaded = lab::loadLab("builtin:" + lab::defaultLabName());
    QVERIFY(loaded.lab);
    window_->showLab(*loaded.lab);
    window_->scene()->addDevice(PaletteKind::L3Switch, {500, 500});
    QVERIFY(window_->scene()->linkDevices("L3SW1", "R1"));
    const lab::Lab edited = window_->currentLab();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("edited.json");
    QString error;
    QVERIFY2(window_->document()->saveAs(path, &error), qPrintable(error));
    QVERIFY(!window_->isWindowModified());
    QVERIFY(window_->windowTitle().startsWith("edited.json"));

    ui::LabDocument reopened;
    QStringList problems;
    QVERIFY2(reopened.open(path, &problems), qPrintable(problems.join('\n')));
    QVERIFY(reopened.lab() == edited);
    QVERIFY(!reopened.isModified());
}

void TestCanvas::copyPasteGivesNewNames() {
    auto loaded = lab::loadLab("builtin:" + lab::defaultLabName());
    QVERIFY(loaded.lab);
    window_->showLab(*loaded.lab);
    auto* scene = window_->scene();
    scene->selectDevices({"PC1", "SW1"});
    scene->copySelection();
    scene->paste();
    const lab::Lab& lab = window_->currentLab();
    QCOMPARE(lab.devices.size(), loaded.lab->devices.size() + 2);
    const lab::Device& pc = lab.devices[lab.devices.size() - 2];
    const lab::Device& sw = lab.devices.back();
    QCOMPARE(pc.name, std::string("PC4")); // PC1..PC3 exist
    QCOMPARE(sw.name, std::string("SW3"));
    QCOMPARE(pc.x, loaded.lab->devices[0].x + 40);
    // The link between the copies is copied too, between the copies.
    QCOMPARE(lab.links.size(), loaded.lab->links.size() + 1);
    QCOMPARE(lab.links.back().a, (lab::Endpoint{"PC4", "eth0"}));
    QCOMPARE(lab.links.back().b, (lab::Endpoint{"SW3", "p1"}));
    QCOMPARE(scene->selectedDeviceNames(), QStringList({"PC4", "SW3"}));
    // Addresses already in use are not duplicated, so the lab stays loadable.
    QVERIFY(!pc.interfaces[0].address);
    const auto reparsed = lab::parseLab(lab::toJson(lab));
    QVERIFY2(reparsed.lab, reparsed.issues.empty() ? "" : qPrintable(reparsed.issues[0].message));
    scene->paste();
    QCOMPARE(lab.devices.back().name, std::string("SW4"));
    window_->document()->undoStack()->undo();
    window_->document()->undoStack()->undo();
    QVERIFY(window_->currentLab() == *loaded.lab);
}

// Opens two-lans and selects `device`: the properties dock shows its editor.
static ui::DeviceEditor* editDevice(ui::MainWindow* w, const QString& device) {
    auto loaded = lab::loadLab("builtin:" + lab::defaultLabName());
    w->showLab(*loaded.lab);
    w->scene()->selectDevices({device});
    auto* editor = w->findChild<ui::DeviceEditor*>();
    return editor && editor->isEnabled() && editor->deviceName() == device ? editor : nullptr;
}

static void setCell(QWidget* editor, const char* table, int row, int column, const QString& text) {
    auto* view = editor->findChild<QTableView*>(table);
    QVERIFY(view);
    QVERIFY(view->model()->setData(view->model()->index(row, column), text, Qt::EditRole));
}

void TestCanvas::editorRefusesInvalidAddressWithCoreMessage() {
    ui::DeviceEditor* editor = editDevice(window_, "PC1");
    QVERIFY(editor);
    const lab::Lab before = window_->currentLab();
    const int commands = window_->document()->undoStack()->count();
    setCell(editor, "interfacesTable", 0, 2, "256.0.0.1/24");
    auto* error = editor->findChild<QLabel*>("interfacesError");
    QVERIFY(error && !error->isHidden());
    QVERIFY2(error->text().contains("256 is greater than 255: each of the four numbers is 0-255"),
             qPrintable(error->text()));
    auto* table = editor->findChild<QTableView*>("interfacesTable");
    QCOMPARE(table->model()->index(0, 2).data(Qt::ToolTipRole).toString(),
             QString("256 is greater than 255: each of the four numbers is 0-255"));
    QVERIFY(!editor->findChild<QPushButton*>("apply")->isEnabled());
    QVERIFY(!editor->apply());
    QVERIFY(window_->currentLab() == before);
    QCOMPARE(window_->document()->undoStack()->count(), commands);

    // A field outside a table says the same, right under itself.
    setCell(editor, "interfacesTable", 0, 2, "10.0.1.10/24");
    editor->findChild<QLineEdit*>("gatewayEdit")->setText("10.0.1.256");
    auto* gatewayError = editor->findChild<QLabel*>("gatewayError");
    QVERIFY(!gatewayError->isHidden());
    QVERIFY(gatewayError->text().startsWith("256 is greater than 255"));
    QVERIFY(!editor->apply());
    editor->findChild<QLineEdit*>("gatewayEdit")->setText("10.0.1.1");
    QVERIFY(gatewayError->isHidden());
    QVERIFY(editor->findChild<QPushButton*>("apply")->isEnabled());
}

void TestCanvas::editorRefusesWhatTheLoaderWould() {
    ui::DeviceEditor* editor = editDevice(window_, "PC1");
    QVERIFY(editor);
    const lab::Lab before = window_->currentLab();
    editor->findChild<QLineEdit*>("gatewayEdit")->setText("10.9.9.9"); // off-link
    QVERIFY(!editor->apply());
    auto* problems = editor->findChild<QLabel*>("problems");
    QVERIFY2(problems->text().contains("not on any network"), qPrintable(problems->text()));
    editor->findChild<QLineEdit*>("gatewayEdit")->setText("10.0.1.1");
    setCell(editor, "interfacesTable", 0, 2, "10.0.1.11/24"); // PC2's address
    QVERIFY(!editor->apply());
    QVERIFY(problems->text().contains("already used"));
    editor->findChild<QLineEdit*>("nameEdit")->setText("PC2");
    QVERIFY(!editor->findChild<QLabel*>("nameError")->isHidden());
    QVERIFY(window_->currentLab() == before);
}

void TestCanvas::editorAppliesAndUndoes() {
    ui::DeviceEditor* editor = editDevice(window_, "PC1");
    QVERIFY(editor);
    const lab::Lab before = window_->currentLab();
    QUndoStack* undo = window_->document()->undoStack();
    // Apply with nothing changed changes nothing, not even the scenario's order.
    QVERIFY(editor->apply());
    QCOMPARE(undo->count(), 0);
    QVERIFY(window_->currentLab() == before);

    editor->findChild<QLineEdit*>("nameEdit")->setText("Alice");
    setCell(editor, "interfacesTable", 0, 0, "lan0");
    setCell(editor, "interfacesTable", 0, 2, "10.0.1.50/24");
    setCell(editor, "actionsTable", 0, 2, "10.0.2.20"); // ping the server instead
    QVERIFY(editor->apply());
    QCOMPARE(undo->count(), 1);
    const lab::Lab& after = window_->currentLab();
    const lab::Device* alice = after.findDevice("Alice");
    QVERIFY(alice);
    QCOMPARE(alice->interfaces[0].name, std::string("lan0"));
    QCOMPARE(alice->interfaces[0].address->toString(), std::string("10.0.1.50/24"));
    QCOMPARE(after.links[0].a, (lab::Endpoint{"Alice", "lan0"})); // the cable follows
    QCOMPARE(after.scenario[0].from, std::string("Alice"));
    QCOMPARE(after.scenario[0].to.toString(), std::string("10.0.2.20"));
    QCOMPARE(after.scenario[0].count, before.scenario[0].count);
    QVERIFY(lab::parseLab(lab::toJson(after)).lab);
    QVERIFY(window_->scene()->deviceItem("Alice"));
    undo->undo();
    QVERIFY(window_->currentLab() == before);
}

void TestCanvas::linkEditorChecksRanges() {
    auto loaded = lab::loadLab("builtin:" + lab::defaultLabName());
    window_->showLab(*loaded.lab);
    window_->scene()->linkItem(0)->setSelected(true);
    auto* editor = window_->findChild<ui::LinkEditor*>();
    QVERIFY(editor && editor->isEnabled());
    QCOMPARE(editor->linkName(), QString("PC1-SW1"));
    auto* mtu = editor->findChild<QLineEdit*>("mtuEdit");
    mtu->setText("67");
    QVERIFY(!editor->findChild<QLabel*>("mtuError")->isHidden());
    QVERIFY(!editor->apply());
    mtu->setText("1400");
    editor->findChild<QLineEdit*>("lossEdit")->setText("1.5");
    QVERIFY(!editor->apply());
    editor->findChild<QLineEdit*>("lossEdit")->setText("0.25");
    editor->findChild<QLineEdit*>("linkNameEdit")->setText("R1-SW1"); // taken
    QVERIFY(!editor->apply());
    editor->findChild<QLineEdit*>("linkNameEdit")->setText("access");
    QVERIFY(editor->apply());
    const lab::Link& l = window_->currentLab().links[0];
    QCOMPARE(l.mtu, 1400);
    QCOMPARE(l.loss, 0.25);
    QCOMPARE(l.name, std::string("access"));
    QCOMPARE(l.delaySeconds, loaded.lab->links[0].delaySeconds);
    window_->document()->undoStack()->undo();
    QVERIFY(window_->currentLab() == *loaded.lab);
}

QTEST_MAIN(TestCanvas)
#include "test_canvas.moc"
