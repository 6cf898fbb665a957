// Edits typed in the Properties dock are never lost: a valid edit is applied when
// another device is selected or focus leaves the editor, an invalid one is asked
// about (answered here programmatically). Apply stays in view; Save As has its key.
// And a lab made only through the editor runs: a DNS server answers a host's lookup.
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "commands/add_device_command.h"
#include "commands/add_link_command.h"
#include "dialogs/device_editor.h"
#include "document/device_kinds.h"
#include "document/lab_document.h"
#include "editor_widgets.h"
#include "lab/lab_json.h"
#include "lab_fixtures.h"
#include "windows/main_window.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <memory>

using namespace ww;
using namespace ww::test;
using Choice = ui::DeviceEditor::PendingChoice;

class TestEditorPending : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void validEditsFollowTheSelection();
    void invalidEditsAreAskedAbout_data();
    void invalidEditsAreAskedAbout();
    void validEditsApplyWhenFocusLeaves();
    void applyStaysInView();
    void saveAsHasItsKey();
    void labBuiltInTheEditorResolves();

private:
    ui::DeviceEditor* select(const QString& device);

    QTemporaryDir config_;
    std::unique_ptr<ui::MainWindow> window_;
};

void TestEditorPending::initTestCase() {
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit());
}

void TestEditorPending::init() {
    window_ = std::make_unique<ui::MainWindow>();
    window_->showLab(*lab::loadLab("builtin:dns").lab);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestEditorPending::cleanup() {
    window_.reset();
}

ui::DeviceEditor* TestEditorPending::select(const QString& device) {
    window_->scene()->selectDevices({device});
    auto* editor = window_->findChild<ui::DeviceEditor*>();
    return editor && editor->deviceName() == device ? editor : nullptr;
}

void TestEditorPending::validEditsFollowTheSelection() {
    ui::DeviceEditor* editor = select("PC1");
    QVERIFY(editor);
    int asked = 0;
    editor->setPendingPrompt([&asked](const QString&, const QString&) {
        ++asked;
        return Choice::KeepEditing;
    });
    addRow(editor, "resolverHosts", {"intranet.local", "192.168.10.9"});
    QVERIFY(editor->isDirty());
    QVERIFY(window_->document()->undoStack()->count() == 0);
    QVERIFY(select("PC2"));
    QCOMPARE(asked, 0);
    QCOMPARE(window_->document()->undoStack()->count(), 1);
    const lab::Device* pc1 = window_->currentLab().findDevice("PC1");
    QCOMPARE(pc1->resolver->hosts.back().name, std::string("intranet.local"));
}

void TestEditorPending::invalidEditsAreAskedAbout_data() {
    QTest::addColumn<int>("choice");
    QTest::newRow("keep editing") << int(Choice::KeepEditing);
    QTest::newRow("discard") << int(Choice::Discard);
    QTest::newRow("apply (still refused)") << int(Choice::Apply);
}

void TestEditorPending::invalidEditsAreAskedAbout() {
    QFETCH(int, choice);
    ui::DeviceEditor* editor = select("NaverDNS");
    QVERIFY(editor);
    const lab::Lab before = window_->currentLab();
    QString askedAbout;
    editor->setPendingPrompt([&](const QString& device, const QString& problem) {
        askedAbout = device + ": " + problem;
        return static_cast<Choice>(choice);
    });
    addRow(editor, "dnsRecords", {"naver.com.", "a..b", "A", "30", "203.0.113.9"});
    QVERIFY(editor->hasProblems());
    window_->scene()->selectDevices({"PC2"});
    QVERIFY2(askedAbout.startsWith("NaverDNS: Records, row 5, Name:"), qPrintable(askedAbout));
    QVERIFY(window_->currentLab() == before);
    QCOMPARE(window_->document()->undoStack()->count(), 0);
    if (static_cast<Choice>(choice) == Choice::Discard) {
        QCOMPARE(editor->deviceName(), QString("PC2"));
        QVERIFY(!editor->isDirty());
        return;
    }
    // Keep editing (and an Apply that is still refused): back on the device, edits kept.
    QCOMPARE(window_->scene()->selectedDeviceNames(), QStringList{"NaverDNS"});
    QCOMPARE(editor->deviceName(), QString("NaverDNS"));
    QVERIFY(editor->isDirty());
    QCOMPARE(table(editor, "dnsRecords")->model()->index(4, 1).data().toString(), QString("a..b"));
    // Fixed, the edit goes with the next selection change.
    setCell(editor, "dnsRecords", 4, 1, "mail");
    window_->scene()->selectDevices({"PC2"});
    QCOMPARE(editor->deviceName(), QString("PC2"));
    QCOMPARE(window_->currentLab().findDevice("NaverDNS")->dns->zones[0].records.back().name,
             std::string("mail"));
}

void TestEditorPending::validEditsApplyWhenFocusLeaves() {
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    ui::DeviceEditor* editor = select("PC1");
    QVERIFY(editor);
    auto* field = editor->findChild<QLineEdit*>("resolverServersEdit");
    field->setFocus();
    QVERIFY(field->hasFocus());
    field->setText("203.0.113.53, 203.0.113.6");
    QVERIFY(editor->isDirty());
    window_->findChild<ui::TopologyView*>()->setFocus();
    QVERIFY(!editor->isDirty());
    QCOMPARE(window_->currentLab().findDevice("PC1")->resolver->servers.size(), std::size_t(2));
}

void TestEditorPending::applyStaysInView() {
    ui::DeviceEditor* editor = select("NaverDNS");
    QVERIFY(editor);
    auto* apply = editor->findChild<QPushButton*>("apply");
    auto* scroll = editor->findChild<QScrollArea*>("deviceEditorScroll");
    QVERIFY(apply && scroll);
    QVERIFY(!scroll->widget()->isAncestorOf(apply)); // it never scrolls away
    QVERIFY(!scroll->widget()->isAncestorOf(editor->findChild<QPushButton*>("revert")));
    // A refused Apply brings the offending cell into view and focus.
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    addRow(editor, "dnsRecords", {"naver.com.", "x", "A", "99999999999", "203.0.113.9"});
    scroll->verticalScrollBar()->setValue(0);
    QVERIFY(!editor->apply());
    QWidget* records = table(editor, "dnsRecords");
    QVERIFY(records->hasFocus());
    const QPoint top = records->mapTo(scroll->viewport(), QPoint(0, 0));
    QVERIFY2(top.y() >= 0 && top.y() < scroll->viewport()->height(),
             qPrintable(QString::number(top.y())));
}

void TestEditorPending::saveAsHasItsKey() {
    QAction* saveAs = nullptr;
    for (QAction* a : window_->menuBar()->actions().front()->menu()->actions())
        if (a->text().startsWith("Save &As"))
            saveAs = a;
    QVERIFY(saveAs);
    QVERIFY(saveAs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
}

// Devices and a cable from the palette's commands; everything else typed in the editor.
void TestEditorPending::labBuiltInTheEditorResolves() {
    ui::LabDocument document;
    document.newLab();
    for (auto kind : {ui::PaletteKind::Pc, ui::PaletteKind::DnsServer})
        document.undoStack()->push(new ui::AddDeviceCommand(
            &document, ui::makeDevice(kind, document.lab(), QPointF(0, 0))));
    const std::string pc = document.lab().devices[0].name, server = document.lab().devices[1].name;
    lab::Link cable;
    cable.name = pc + "-" + server;
    cable.a = {pc, document.lab().devices[0].interfaces[0].name};
    cable.b = {server, document.lab().devices[1].interfaces[0].name};
    document.undoStack()->push(new ui::AddLinkCommand(&document, cable));

    ui::DeviceEditor editor(&document);
    editor.showDevice(QString::fromStdString(server));
    setCell(&editor, "interfaces", 0, 2, "10.0.0.53/24");
    setChecked(&editor, "dnsServer", true);
    setChoice(&editor, "dnsRole", 0);
    addRow(&editor, "dnsZones", {"example."});
    addRow(&editor, "dnsRecords", {"example.", "@", "NS", "300", "ns1"});
    addRow(&editor, "dnsRecords", {"example.", "ns1", "A", "300", "10.0.0.53"});
    addRow(&editor, "dnsRecords", {"example.", "www", "A", "300", "10.0.0.80"});
    QVERIFY2(editor.apply(), qPrintable(editor.problem()));

    editor.showDevice(QString::fromStdString(pc));
    setCell(&editor, "interfaces", 0, 2, "10.0.0.10/24");
    setChecked(&editor, "resolver", true);
    setLine(&editor, "resolverServers", "10.0.0.53");
    addRow(&editor, "actions", {"1", "dns", "www.example", "1", "", "", "", "", "A"});
    QVERIFY2(editor.apply(), qPrintable(editor.problem()));

    const lab::LoadResult reloaded = lab::parseLab(lab::toJson(document.lab()));
    QVERIFY2(reloaded.lab, qPrintable(reloaded.issues.empty() ? QString()
                                                              : reloaded.issues[0].path + ": " +
                                                                    reloaded.issues[0].message));
    auto net = lab::buildNetwork(*reloaded.lab, 1);
    Recorder rec;
    rec.attach(*net);
    net->runUntil(secondsToTime(5));
    std::vector<DnsLookupFinished> finished; // the host's lookup, not the server's own work
    for (const DnsLookupFinished& f : rec.all<DnsLookupFinished>())
        if (f.device == net->findDevice(pc)->id())
            finished.push_back(f);
    QCOMPARE(finished.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(finished[0].name),
             QString("www.example.")); // the stub names the query it sent
    QCOMPARE(int(finished[0].outcome), int(DnsOutcome::Answer));
    QCOMPARE(finished[0].addresses.size(), std::size_t(1));
    QCOMPARE(finished[0].addresses[0].toString(), std::string("10.0.0.80"));
}

QTEST_MAIN(TestEditorPending)
#include "test_editor_pending.moc"
