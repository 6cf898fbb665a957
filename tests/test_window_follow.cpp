// The inspector and encapsulation docks follow the playback clock: stepping with
// Right shows the current frame, a click on the selected row shows it again,
// a new lab empties them, Right steps through the rows the list shows (and says
// what it passed over), the inspector opens on the top protocol, and stepping a
// story scrolls its current step into view.
#include "canvas/topology_view.h"
#include "document/lab_document.h"
#include "inspector/dissection_model.h"
#include "inspector/encapsulation_story.h"
#include "inspector/layer_view.h"
#include "inspector/packet_inspector.h"
#include "models/event_list_model.h"
#include "models/playback_clock.h"
#include "playback_fixtures.h"
#include "views/event_list_view.h"
#include "windows/inspector_setup.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace ww;
using namespace ww::ui;
using namespace ww::test;

class TestWindowFollow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void docksFollowStepping();
    void clickOnSelectedRowShowsItAgain();
    void newAndOpenClearStaleDocks();
    void rightStepsThroughShownRows();
    void inspectorOpensOnTopProtocol_data();
    void inspectorOpensOnTopProtocol();
    void storyStepScrollsIntoView();

private:
    PlaybackClock* clock() const { return window_->playback()->clock(); }
    InspectorSetup* inspector() const { return window_->findChild<InspectorSetup*>(); }
    // The event at or before the clock's current one that carries a PDU.
    int lastPduEvent() const;

    QTemporaryDir config_;
    std::unique_ptr<MainWindow> window_;
};

void TestWindowFollow::initTestCase() {
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit());
}

void TestWindowFollow::init() {
    window_ = std::make_unique<MainWindow>();
    window_->showLab(loadBuiltin("http-get"));
    window_->resize(1400, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    inspector()->layersDock()->raise();
    QVERIFY(inspector());
}

void TestWindowFollow::cleanup() {
    window_.reset();
}

int TestWindowFollow::lastPduEvent() const {
    const RecordedRun& run = *clock()->run();
    for (int i = clock()->currentEvent(); i >= 0; --i)
        if (inspector::pduOf(run, static_cast<std::size_t>(i)))
            return i;
    return -1;
}

void TestWindowFollow::docksFollowStepping() {
    QCOMPARE(inspector()->shownEvent(), -1);
    QVERIFY(!inspector()->layerView()->painter()); // "Select a frame..."
    window_->view()->setFocus();
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(window_->view(), Qt::Key_Right);
    QVERIFY(clock()->currentEvent() > 0);
    const int expected = lastPduEvent();
    QVERIFY(expected >= 0);
    QTRY_COMPARE(inspector()->shownEvent(), expected);
    QVERIFY(inspector()->layerView()->painter());
    QVERIFY(!inspector()->layerView()->painter()->story().empty());
    QVERIFY(!inspector()->packetInspector()->model().dissection().layers.empty());
    // The inspector shows the bytes of that event's PDU.
    const auto pdu = inspector::pduOf(*clock()->run(), static_cast<std::size_t>(expected));
    QVERIFY(pdu);
    const auto& layers = inspector()->packetInspector()->model().dissection().layers;
    QCOMPARE(layers.back().byteOffset + layers.back().byteLength,
             static_cast<int>(pdu->pdu.view().size()));
    // A step onto an event of the story on show moves the story's step.
    const int step =
        inspector()->layerView()->stepOfEvent(static_cast<std::size_t>(clock()->currentEvent()));
    if (step >= 0)
        QCOMPARE(inspector()->layerView()->step(), step);
}

void TestWindowFollow::clickOnSelectedRowShowsItAgain() {
    QTableView* table = window_->playback()->eventList()->table();
    window_->playback()->eventList()->setProtocolFilter(QStringLiteral("HTTP"));
    QVERIFY(table->model()->rowCount() > 0);
    const QModelIndex row = table->model()->index(0, EventListModel::SummaryColumn);
    table->scrollTo(row);
    const QPoint at = table->visualRect(row).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    const int event =
        window_->playback()->eventList()->proxy()->mapToSource(table->currentIndex()).row();
    QTRY_COMPARE(inspector()->shownEvent(), event);
    QVERIFY(inspector()->layerView()->painter());
    // Something else shows (the story cleared, say); a click on the same row brings it back.
    inspector()->layerView()->clear();
    QVERIFY(!inspector()->layerView()->painter());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(inspector()->layerView()->painter());
    QCOMPARE(inspector()->shownEvent(), event);
}

void TestWindowFollow::newAndOpenClearStaleDocks() {
    window_->view()->setFocus();
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(window_->view(), Qt::Key_Right);
    QTRY_VERIFY(inspector()->shownEvent() >= 0);
    QVERIFY(inspector()->layerView()->painter());

    // Open: another lab, played from its start: nothing of http-get stays.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two-lans.json"));
    const lab::Lab other = loadBuiltin("two-lans");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lab::toJson(other));
    }
    QVERIFY(window_->openFile(path));
    QTRY_COMPARE(window_->playback()->clock()->run()->lab().name, other.name);
    QTRY_COMPARE(inspector()->shownEvent(), -1);
    QVERIFY(!inspector()->layerView()->painter());
    QVERIFY(inspector()->packetInspector()->model().dissection().layers.empty());

    for (int i = 0; i < 10; ++i)
        QTest::keyClick(window_->view(), Qt::Key_Right);
    QTRY_VERIFY(inspector()->shownEvent() >= 0);
    // New: an empty lab; the docks are empty too.
    window_->document()->newLab();
    QTRY_COMPARE(inspector()->shownEvent(), -1);
    QVERIFY(!inspector()->layerView()->painter());
    QVERIFY(inspector()->packetInspector()->model().dissection().layers.empty());
}

void TestWindowFollow::rightStepsThroughShownRows() {
    EventListView* list = window_->playback()->eventList();
    const EventFilterProxy* proxy = list->proxy();
    QVERIFY(!proxy->showsDetails());
    QVERIFY(proxy->rowCount() < static_cast<int>(clock()->run()->events().size()));
    window_->view()->setFocus();
    clock()->restart();
    int hiddenSeen = 0;
    for (int row = 0; row < 30 && row < proxy->rowCount(); ++row) {
        const int before = clock()->currentEvent();
        window_->statusBar()->clearMessage();
        QTest::keyClick(window_->view(), Qt::Key_Right);
        const int event = proxy->mapToSource(proxy->index(row, 0)).row();
        QCOMPARE(clock()->currentEvent(), event); // the next row shown, every time
        QCOMPARE(list->table()->currentIndex().row(), row);
        const int skipped = event - before - 1;
        if (skipped > 0) {
            ++hiddenSeen;
            const QString said = window_->statusBar()->currentMessage();
            QVERIFY2(said.contains(QString::number(skipped)), qPrintable(said));
            // It names the check box as the list shows it (its Korean once said otherwise).
            QVERIFY2(said.contains(u'"' + list->detailsBox()->text() + u'"'), qPrintable(said));
        }
    }
    QVERIFY(hiddenSeen > 0); // the lab has hidden events between shown rows
    // And back.
    QTest::keyClick(window_->view(), Qt::Key_Left);
    QCOMPARE(clock()->currentEvent(), proxy->mapToSource(proxy->index(28, 0)).row());
}

void TestWindowFollow::inspectorOpensOnTopProtocol_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("layer");
    QTest::newRow("http") << "http-get"
                          << "HTTP"
                          << "http";
    QTest::newRow("dns") << "dns"
                         << "DNS"
                         << "dns";
    QTest::newRow("tcp") << "tcp-handshake"
                         << "TCP"
                         << "tcp";
    QTest::newRow("icmp") << "two-lans"
                          << "ICMP"
                          << "icmp";
}

void TestWindowFollow::inspectorOpensOnTopProtocol() {
    QFETCH(QString, lab);
    QFETCH(QString, protocol);
    QFETCH(QString, layer);
    window_->showLab(loadBuiltin(lab.toUtf8().constData()));
    QTRY_COMPARE(QString::fromStdString(clock()->run()->lab().name),
                 QString::fromStdString(loadBuiltin(lab.toUtf8().constData()).name));
    EventListView* list = window_->playback()->eventList();
    list->setProtocolFilter(protocol);
    QVERIFY(list->proxy()->rowCount() > 0);
    // The first row of that protocol with a frame on the wire.
    int event = -1;
    for (int r = 0; r < list->proxy()->rowCount() && event < 0; ++r) {
        const int e = list->proxy()->mapToSource(list->proxy()->index(r, 0)).row();
        if (std::holds_alternative<FrameTxStart>(clock()->run()->events()[std::size_t(e)].kind))
            event = e;
    }
    QVERIFY(event >= 0);
    inspector()->inspect(event);
    const auto* p = inspector()->packetInspector();
    const QModelIndex current = p->tree()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(!current.parent().isValid()); // a layer, not a field
    QCOMPARE(p->model().dissection().layers[std::size_t(current.row())].key, layer);
}

void TestWindowFollow::storyStepScrollsIntoView() {
    // A routed path: a story wider than the dock.
    window_->showLab(loadBuiltin("two-lans"));
    QTRY_COMPARE(clock()->run()->lab().name, loadBuiltin("two-lans").name);
    const RecordedRun& run = *clock()->run();
    const int event = firstOf(run, [](const Event& e) {
        const auto* b = std::get_if<PduBuilt>(&e.kind);
        return b && b->protocol == Protocol::Icmp;
    });
    QVERIFY(event >= 0);
    inspector::LayerView* view = inspector()->layerView();
    inspector()->layersDock()->raise();
    inspector()->inspect(event);
    QVERIFY(view->stepCount() > 2);
    auto* scroll = view->findChild<QScrollArea*>();
    QVERIFY(scroll);
    QVERIFY2(view->painter()->size().width() > scroll->viewport()->width(),
             "the story fits: the test needs one wider than the dock");
    view->setStep(0);
    const int first = scroll->horizontalScrollBar()->value();
    view->setStep(view->stepCount() - 1);
    const QRect last = view->painter()->stepRect(view->stepCount() - 1);
    QVERIFY(!last.isEmpty());
    const QRect seen(scroll->horizontalScrollBar()->value(), scroll->verticalScrollBar()->value(),
                     scroll->viewport()->width(), scroll->viewport()->height());
    QVERIFY2(seen.intersects(last), "the last step is in view after stepping to it");
    QVERIFY(scroll->horizontalScrollBar()->value() > first); // it scrolled to the right
}

QTEST_MAIN(TestWindowFollow)
#include "test_window_follow.moc"
