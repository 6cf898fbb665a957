// Start-up: the docks behind tabs are empty shells until first shown (and then show what
// happened meanwhile), the saved layout still places them, the device tables make only the
// tab in front, and the properties' editors wait for a selection. The DNS
// walkthrough comes to the front only in a lab with DNS (also in presenter mode).
#include "canvas/canvas_legend.h"
#include "canvas/link_item.h"
#include "canvas/pdu_token.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "classroom/lesson_panel.h"
#include "dialogs/device_editor.h"
#include "dns/dns_walkthrough_view.h"
#include "inspector/dissection_model.h"
#include "inspector/encapsulation_story.h"
#include "inspector/layer_view.h"
#include "inspector/packet_inspector.h"
#include "models/device_table_models.h"
#include "models/event_list_model.h"
#include "models/event_summary.h"
#include "models/playback_clock.h"
#include "playback_fixtures.h"
#include "sequence/sequence_panel.h"
#include "views/device_tables_widget.h"
#include "views/event_columns.h"
#include "views/event_list_view.h"
#include "widgets/playback_icons.h"
#include "windows/dns_setup.h"
#include "windows/inspector_setup.h"
#include "windows/lesson_setup.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"
#include "windows/presenter_mode.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <array>
#include <memory>

using namespace ww;
using namespace ww::ui;
using namespace ww::test;

class TestWindowDocks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void hiddenDocksAreMadeWhenShown();
    void savedLayoutPlacesLazyDocks();
    void inspectorShowsWhatWasPickedWhileHidden();
    void lessonPanelOpensOnTheCurrentStep();
    void deviceTablesMakeOnlyTheTabsShown();
    void sequenceOptionsGoUnderWhenNarrow();
    void eventFiltersWrapWhenNarrow();
    void dnsOptionsGoUnderWhenNarrow();
    void playbackIconsAreDrawn();
    void labHasDnsFindsEveryKind_data();
    void labHasDnsFindsEveryKind();
    void dnsTabOnlyForDnsLabs_data();
    void dnsTabOnlyForDnsLabs();
    void summaryColumnGetsMostOfTheWidth_data();
    void summaryColumnGetsMostOfTheWidth();
    void layerColumnGivesWayWhenNarrow();
    void layerColumnChosenFromTheHeader();
    void legendListsTheCanvasColours();

private:
    void open(const char* lab);
    QDockWidget* dock(const char* name) const {
        return window_->findChild<QDockWidget*>(QLatin1String(name));
    }
    // Shown and not behind another tab (a dock behind a tab is "visible" but covered).
    bool inFront(const char* name) const {
        QDockWidget* d = dock(name);
        return d && d->isVisible() && !d->visibleRegion().isEmpty();
    }

    QTemporaryDir config_;
    std::unique_ptr<MainWindow> window_;
};

void TestWindowDocks::initTestCase() {
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit());
}

void TestWindowDocks::cleanup() {
    if (window_)
        window_->presenter()->setActive(false);
    window_.reset();
}

void TestWindowDocks::open(const char* lab) {
    window_ = std::make_unique<MainWindow>();
    window_->showLab(loadBuiltin(lab));
    window_->resize(1200, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestWindowDocks::hiddenDocksAreMadeWhenShown() {
    open("tcp-loss");
    for (const char* name :
         {"sequenceDock", "plotsDock", "dnsDock", "inspectorDock", "layersDock", "lessonDock"}) {
        QVERIFY2(dock(name), name);
        QVERIFY2(!inFront(name) && !dock(name)->widget(), name);
    }
    // What the lab teaches is read first; Properties is one tab away.
    QVERIFY(inFront("labNotesDock"));
    QVERIFY(!inFront("propertiesDock"));
    QVERIFY(!window_->findChild<DeviceEditor*>());
    dock("sequenceDock")->raise();
    QTRY_VERIFY(inFront("sequenceDock"));
    auto* panel = qobject_cast<sequence::SequencePanel*>(dock("sequenceDock")->widget());
    QVERIFY(panel);
    QVERIFY(!dock("plotsDock")->widget()); // the others still wait
    window_->scene()->selectDevices({QStringLiteral("PC1")});
    auto* editor = window_->findChild<DeviceEditor*>();
    QVERIFY(editor);
    QCOMPARE(editor->deviceName(), QStringLiteral("PC1"));
}

void TestWindowDocks::savedLayoutPlacesLazyDocks() {
    open("tcp-loss");
    // Floated, in front, away from the window: where the next start finds it.
    QDockWidget* plots = dock("plotsDock");
    plots->setFloating(true);
    plots->setGeometry(40, 40, 500, 300);
    plots->show();
    QTRY_VERIFY(plots->widget());
    QVERIFY(window_->close());
    window_.reset();
    open("tcp-loss");
    plots = dock("plotsDock");
    QVERIFY(plots->isFloating());
    QTRY_VERIFY(plots->isVisible());
    QVERIFY(plots->widget()); // filled as it came into view
    QVERIFY(!dock("sequenceDock")->widget());
}

void TestWindowDocks::inspectorShowsWhatWasPickedWhileHidden() {
    open("http-get");
    auto* setup = window_->findChild<InspectorSetup*>();
    QVERIFY(setup);
    const RecordedRun& run = *window_->playback()->clock()->run();
    // The third event that carries a PDU, picked in the event list while both docks wait.
    int picked = -1;
    for (std::size_t i = 0, found = 0; i < run.events().size() && picked < 0; ++i)
        if (inspector::pduOf(run, i) && ++found == 3)
            picked = static_cast<int>(i);
    QVERIFY(picked >= 0);
    setup->inspect(picked);
    QCOMPARE(setup->shownEvent(), picked);
    QVERIFY(!dock("inspectorDock")->widget() && !dock("layersDock")->widget());

    // Each view, made as its tab comes forward, opens on that event.
    dock("layersDock")->raise();
    QTRY_VERIFY(dock("layersDock")->widget());
    const auto* layers = qobject_cast<inspector::LayerView*>(dock("layersDock")->widget());
    QVERIFY(layers && layers->painter());
    QVERIFY(!layers->painter()->story().empty());
    QVERIFY(!dock("inspectorDock")->widget());
    dock("inspectorDock")->raise();
    QTRY_VERIFY(dock("inspectorDock")->widget());
    const auto* packet = qobject_cast<inspector::PacketInspector*>(dock("inspectorDock")->widget());
    QVERIFY(packet);
    const auto pdu = inspector::pduOf(run, static_cast<std::size_t>(picked));
    QVERIFY(pdu);
    QVERIFY(!packet->model().dissection().layers.empty());
    QCOMPARE(setup->packetInspector(), packet);
    QCOMPARE(setup->shownEvent(), picked);
}

void TestWindowDocks::lessonPanelOpensOnTheCurrentStep() {
    open("two-lans");
    auto* lessons = window_->findChild<LessonSetup*>();
    QVERIFY(lessons);
    QVERIFY(!dock("lessonDock")->widget());
    // Opening a lesson brings the dock forward: made then, on the lesson's first step.
    QVERIFY(lessons->openLesson(QStringLiteral("builtin:arp")).isEmpty());
    QTRY_VERIFY(dock("lessonDock")->widget());
    QCOMPARE(dock("lessonDock")->widget(), lessons->panel());
    QVERIFY(!lessons->panel()->stepLabel()->text().isEmpty());
    QVERIFY(!lessons->panel()->narration()->text().isEmpty());
}

void TestWindowDocks::deviceTablesMakeOnlyTheTabsShown() {
    PlaybackClock clock;
    clock.setRun(twoLans());
    DeviceTablesWidget tables(&clock);
    // The first device is a PC: its ARP cache is the tab in front, and the only one made.
    QCOMPARE(tables.findChildren<QTableView*>().size(), 1);
    QTableView* arp = tables.view(tables.tabs()->currentIndex());
    QCOMPARE(arp->model(), tables.model(tables.tabs()->currentIndex()));
    tables.resize(600, 300);
    tables.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tables));
    QCOMPARE(tables.findChildren<QTableView*>().size(), 1);
    // Another tab: made as it comes forward, with its model.
    const int other = tables.tabs()->currentIndex() + 1;
    QVERIFY(tables.tabs()->isTabVisible(other));
    tables.tabs()->setCurrentIndex(other);
    QCOMPARE(tables.findChildren<QTableView*>().size(), 2);
    QCOMPARE(tables.view(other)->model(), tables.model(other));
    QTRY_VERIFY(tables.view(other)->isVisible()); // shown once back in the event loop
    QCOMPARE(tables.view(999), nullptr);
}

void TestWindowDocks::sequenceOptionsGoUnderWhenNarrow() {
    // In a dock, as in the window: its minimum size comes from the panel's hint.
    QWidget host;
    auto* panel = new sequence::SequencePanel;
    auto* layout = new QVBoxLayout(&host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel);
    panel->setRun(
        std::make_shared<const RecordedRun>(RecordedRun::record(loadBuiltin("tcp-loss"), 1)));
    const QList<QCheckBox*> boxes = panel->findChildren<QCheckBox*>();
    QCOMPARE(boxes.size(), 2);
    QCheckBox* routers = boxes[0];
    QCheckBox* relative = boxes[1];
    QComboBox* combo = panel->conversationCombo();
    auto centreY = [panel](QWidget* w) { return w->mapTo(panel, w->rect().center()).y(); };
    auto top = [panel](QWidget* w) { return w->mapTo(panel, QPoint(0, 0)).y(); };
    auto right = [panel](QWidget* w) { return w->mapTo(panel, w->rect().topRight()).x(); };
    host.resize(1000, 400);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_COMPARE(centreY(routers), centreY(combo));
    QCOMPARE(centreY(relative), centreY(combo));
    // Narrower than one row, wide enough for both options side by side: under the
    // conversation, on one line (a projector's bottom row keeps its diagram's height).
    const int sideBySide = routers->sizeHint().width() + relative->sizeHint().width() + 24;
    QVERIFY(sideBySide > panel->minimumSizeHint().width());
    host.resize(sideBySide, 400);
    auto bottom = [panel](QWidget* w) { return w->mapTo(panel, w->rect().bottomLeft()).y(); };
    QTRY_VERIFY(top(routers) >= bottom(combo));
    QCOMPARE(centreY(relative), centreY(routers));
    QVERIFY(right(relative) <= panel->width());
    // As narrow as it allows: one above the other, nothing cut off.
    const int narrow = panel->minimumSizeHint().width();
    QVERIFY2(narrow < 1000 / 2, qPrintable(QString::number(narrow)));
    host.resize(narrow, 400);
    QTRY_COMPARE(panel->width(), narrow);
    QTRY_VERIFY(top(relative) >= top(routers) + routers->height());
    QVERIFY(top(routers) >= bottom(combo));
    for (QCheckBox* box : boxes) {
        QVERIFY(box->width() >= box->sizeHint().width());
        QVERIFY(right(box) <= panel->width());
    }
    QVERIFY(right(combo) <= panel->width());
    host.resize(1000, 400);
    QTRY_COMPARE(centreY(routers), centreY(combo));
}

// The DNS walkthrough's row: at the width it allows, "Hide steps still to come" goes under the
// lookup, whole (it was cut off at a projector's 1024 px), and Export keeps the first row's end.
void TestWindowDocks::dnsOptionsGoUnderWhenNarrow() {
    PlaybackClock clock;
    clock.setRun(std::make_shared<const RecordedRun>(RecordedRun::record(loadBuiltin("dns"), 1)));
    QWidget host;
    auto* view = new DnsWalkthroughView(&clock);
    auto* layout = new QVBoxLayout(&host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    auto* hide = view->findChild<QCheckBox*>();
    auto* combo = view->findChild<QComboBox*>();
    auto* exportButton = view->findChild<QToolButton*>();
    QVERIFY(hide && combo && exportButton);
    auto centreY = [view](QWidget* w) { return w->mapTo(view, w->rect().center()).y(); };
    auto top = [view](QWidget* w) { return w->mapTo(view, QPoint(0, 0)).y(); };
    auto bottom = [view](QWidget* w) { return w->mapTo(view, w->rect().bottomLeft()).y(); };
    auto right = [view](QWidget* w) { return w->mapTo(view, w->rect().topRight()).x(); };
    host.resize(1000, 500);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_COMPARE(centreY(hide), centreY(combo));
    QCOMPARE(centreY(exportButton), centreY(combo));
    const int narrow = view->minimumSizeHint().width();
    QVERIFY2(narrow < 1000 / 2, qPrintable(QString::number(narrow)));
    host.resize(narrow, 500);
    QTRY_COMPARE(view->width(), narrow);
    QTRY_VERIFY(top(hide) >= bottom(combo));
    QVERIFY(hide->width() >= hide->sizeHint().width());
    QVERIFY(right(hide) <= view->width());
    QCOMPARE(centreY(exportButton), centreY(combo));
    QVERIFY(right(exportButton) <= view->width());
    // The lookup takes the row's spare width, up to Export.
    QVERIFY(right(combo) >= exportButton->mapTo(view, QPoint(0, 0)).x() - 20);
    QVERIFY2(combo->width() >= combo->minimumSizeHint().width(),
             qPrintable(QStringLiteral("combo %1 < %2, x %3, view %4, export at %5")
                            .arg(combo->width())
                            .arg(combo->minimumSizeHint().width())
                            .arg(combo->mapTo(view, QPoint(0, 0)).x())
                            .arg(view->width())
                            .arg(exportButton->mapTo(view, QPoint(0, 0)).x())));
    host.resize(1000, 500);
    QTRY_COMPARE(centreY(hide), centreY(combo));
}

void TestWindowDocks::eventFiltersWrapWhenNarrow() {
    // The event list's check boxes go under its two filters when the dock is narrow (presenter
    // mode at 1024x768): before, the row was cut off at the dock's edge.
    PlaybackClock clock;
    clock.setRun(
        std::make_shared<const RecordedRun>(RecordedRun::record(loadBuiltin("http-get"), 1)));
    QWidget host;
    auto* list = new EventListView(&clock);
    auto* layout = new QVBoxLayout(&host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list);
    const QList<QComboBox*> combos = list->findChildren<QComboBox*>();
    const QList<QCheckBox*> boxes = list->findChildren<QCheckBox*>();
    QCOMPARE(combos.size(), 2);
    QCOMPARE(boxes.size(), 2);
    // In the list's coordinates (the filters and the boxes sit in containers of their own).
    auto centreY = [list](QWidget* w) { return w->mapTo(list, w->rect().center()).y(); };
    auto area = [list](QWidget* w) { return QRect(w->mapTo(list, QPoint(0, 0)), w->size()); };
    host.resize(1200, 400);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    for (QCheckBox* box : boxes)
        QTRY_COMPARE(centreY(box), centreY(combos[0]));
    const int oneRow = area(boxes[1]).right();
    QVERIFY(oneRow < 1200);
    // As narrow as it allows: every filter whole, the boxes on a second row, the table under.
    const int narrow = list->minimumSizeHint().width();
    QVERIFY2(narrow < oneRow, qPrintable(QStringLiteral("%1 %2").arg(narrow).arg(oneRow)));
    host.resize(narrow, 400);
    QTRY_COMPARE(list->width(), narrow);
    for (QCheckBox* box : boxes) {
        QTRY_VERIFY(area(box).top() >= area(combos[1]).bottom());
        QVERIFY(box->width() >= box->sizeHint().width());
        QVERIFY(area(box).right() <= list->width());
        QVERIFY(area(list->table()).top() >= area(box).bottom());
    }
    for (QComboBox* combo : combos) {
        QVERIFY(combo->width() >= combo->minimumSizeHint().width());
        QVERIFY(area(combo).right() <= list->width());
    }
    QCOMPARE(centreY(boxes[0]), centreY(boxes[1]));
    host.resize(1200, 400);
    QTRY_COMPARE(centreY(boxes[0]), centreY(combos[0]));
}

void TestWindowDocks::playbackIconsAreDrawn() {
    auto image = [](PlaybackGlyph g, QIcon::Mode mode = QIcon::Normal) {
        return playbackIcon(g).pixmap(QSize(32, 32), mode).toImage();
    };
    const QImage play = image(PlaybackGlyph::Play);
    QCOMPARE(play.size(), QSize(32, 32));
    int inked = 0;
    for (int y = 0; y < play.height(); ++y)
        for (int x = 0; x < play.width(); ++x)
            inked += qAlpha(play.pixel(x, y)) > 128;
    QVERIFY2(inked > 32 * 32 / 8, qPrintable(QString::number(inked))); // a glyph, not a dot
    const PlaybackGlyph all[] = {PlaybackGlyph::Restart,     PlaybackGlyph::FrameBack,
                                 PlaybackGlyph::StepBack,    PlaybackGlyph::Play,
                                 PlaybackGlyph::Pause,       PlaybackGlyph::StepForward,
                                 PlaybackGlyph::FrameForward};
    QSet<QByteArray> distinct;
    for (PlaybackGlyph g : all) {
        const QImage i = image(g);
        distinct.insert(QByteArray(reinterpret_cast<const char*>(i.constBits()), i.sizeInBytes()));
    }
    QCOMPARE(distinct.size(), int(std::size(all)));
    QVERIFY(image(PlaybackGlyph::Play, QIcon::Disabled) != play); // greyed when disabled
    // Sharp when the toolbar is enlarged (presenter mode): drawn at the size asked for.
    QCOMPARE(playbackIcon(PlaybackGlyph::Play).pixmap(QSize(80, 80)).size(), QSize(80, 80));
}

void TestWindowDocks::labHasDnsFindsEveryKind_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<bool>("dns");
    QTest::newRow("tcp-loss") << "tcp-loss" << false;
    QTest::newRow("http-get") << "http-get" << false;
    QTest::newRow("two-lans") << "two-lans" << false;
    QTest::newRow("dns") << "dns" << true;
    QTest::newRow("dns-forwarding") << "dns-forwarding" << true;
}

void TestWindowDocks::labHasDnsFindsEveryKind() {
    QFETCH(QString, lab);
    QFETCH(bool, dns);
    QCOMPARE(labHasDns(loadBuiltin(lab.toLatin1().constData())), dns);
    // Each kind of DNS alone.
    lab::Lab plain = loadBuiltin("two-lans");
    QVERIFY(!labHasDns(plain));
    lab::Lab withResolver = plain;
    withResolver.devices.front().resolver = lab::Resolver{};
    QVERIFY(labHasDns(withResolver));
    lab::Lab withName = plain;
    QVERIFY(!withName.scenario.empty());
    withName.scenario.front().name = "www.example.com";
    QVERIFY(labHasDns(withName));
    lab::Lab withQuery = plain;
    withQuery.scenario.front().type = lab::ActionType::Dns;
    QVERIFY(labHasDns(withQuery));
}

void TestWindowDocks::dnsTabOnlyForDnsLabs_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<bool>("presenter");
    QTest::addColumn<QString>("front");
    QTest::newRow("tcp-loss") << "tcp-loss" << false << "tablesDock";
    QTest::newRow("dns-forwarding") << "dns-forwarding" << false << "dnsDock";
    QTest::newRow("tcp-loss presenter") << "tcp-loss" << true << "sequenceDock";
    QTest::newRow("http-get presenter") << "http-get" << true << "sequenceDock";
    QTest::newRow("dns presenter") << "dns" << true << "dnsDock";
}

void TestWindowDocks::dnsTabOnlyForDnsLabs() {
    QFETCH(QString, lab);
    QFETCH(bool, presenter);
    QFETCH(QString, front);
    open(lab.toLatin1().constData());
    window_->presenter()->setActive(presenter);
    QTRY_VERIFY(inFront(front.toLatin1().constData()));
    QCOMPARE(inFront("dnsDock"), front == QLatin1String("dnsDock"));
    // Another lab in the same window: the front tab follows it.
    window_->showLab(loadBuiltin(front == QLatin1String("dnsDock") ? "tcp-loss" : "dns"));
    QTRY_COMPARE(inFront("dnsDock"), front != QLatin1String("dnsDock"));
}

void TestWindowDocks::summaryColumnGetsMostOfTheWidth_data() {
    QTest::addColumn<bool>("presenter");
    QTest::addColumn<QSize>("screen");
    QTest::newRow("window 1400x900") << false << QSize(1400, 900);
    QTest::newRow("presenter 1024x768") << true << QSize(1024, 768);
    QTest::newRow("presenter 1600x1000") << true << QSize(1600, 1000);
}

void TestWindowDocks::summaryColumnGetsMostOfTheWidth() {
    QFETCH(bool, presenter);
    QFETCH(QSize, screen);
    open("tcp-loss");
    window_->presenter()->setActive(presenter);
    window_->setWindowState(Qt::WindowNoState);
    window_->setGeometry(QRect(QPoint(0, 0), screen)); // the projector's size
    QTRY_COMPARE(window_->size(), screen);
    QTableView* table = window_->playback()->eventList()->table();
    const QHeaderView* header = table->horizontalHeader();
    auto summaryShare = [&] {
        return double(header->sectionSize(EventListModel::SummaryColumn)) /
               std::max(1, table->viewport()->width());
    };
    QTRY_VERIFY2(summaryShare() >= 0.5, qPrintable(QString::number(summaryShare())));
    const int width = table->viewport()->width();
    // The times stay whole; the columns that give way keep some room.
    QVERIFY(header->sectionSize(EventListModel::TimeColumn) >
            table->fontMetrics().horizontalAdvance(QStringLiteral("0000.000")));
    for (int c : {EventListModel::DeviceColumn, EventListModel::LayerColumn,
                  EventListModel::ProtocolColumn})
        if (!table->isColumnHidden(c))
            QVERIFY(header->sectionSize(c) >
                    table->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    // Every column fits in the table: nothing to scroll sideways.
    int total = 0;
    for (int c = 0; c < EventListModel::ColumnCount; ++c)
        total += header->sectionSize(c);
    QVERIFY2(total <= width + 1,
             qPrintable(QStringLiteral("columns %1, table %2").arg(total).arg(width)));
}

// A little short of room the three middle columns shrink together; far short, Layer is hidden
// so Device and Protocol keep readable widths.
void TestWindowDocks::layerColumnGivesWayWhenNarrow() {
    EventListModel model;
    QTableView table;
    table.setModel(&model);
    keepEventColumnsFitted(&table);
    table.show();
    const QHeaderView* header = table.horizontalHeader();
    auto section = [&](int c) { return header->sectionSize(c); };
    auto layout = [&](int width) {
        table.resize(width, 300);
        QCoreApplication::processEvents();
        return std::array{section(EventListModel::DeviceColumn),
                          section(EventListModel::LayerColumn),
                          section(EventListModel::ProtocolColumn)};
    };
    const QFontMetrics fm = table.fontMetrics();
    const auto wide = layout(1400);
    QVERIFY(!table.isColumnHidden(EventListModel::LayerColumn));
    QVERIFY(wide[1] > fm.horizontalAdvance(layerName(Layer::NetworkInterface)));
    // Find the narrowest width that still shows Layer, and just under it.
    int width = 1400;
    while (width > 200 && !table.isColumnHidden(EventListModel::LayerColumn))
        layout(width -= 10);
    QVERIFY2(width > 200, "Layer was never hidden");
    const auto hidden = layout(width);
    const auto shown = layout(width + 10);
    QVERIFY(!table.isColumnHidden(EventListModel::LayerColumn));
    // Where Layer still shows, it is at least 70 % of its full width: never cut to a stub.
    QVERIFY2(shown[1] * 10 >= wide[1] * 7 - 10, qPrintable(QString::number(shown[1])));
    layout(width);
    QVERIFY(table.isColumnHidden(EventListModel::LayerColumn));
    // Its room goes to Device and Protocol.
    QVERIFY(hidden[0] > shown[0]);
    QVERIFY(hidden[2] > shown[2]);
    // Wide again: back, automatically.
    layout(1400);
    QVERIFY(!table.isColumnHidden(EventListModel::LayerColumn));
}

// The header's menu brings a hidden Layer column back and keeps the choice through resizes;
// "Fit columns" makes it automatic again.
void TestWindowDocks::layerColumnChosenFromTheHeader() {
    open("tcp-loss");
    window_->presenter()->setActive(true);
    window_->setWindowState(Qt::WindowNoState);
    window_->setGeometry(QRect(0, 0, 1024, 768));
    QTRY_COMPARE(window_->size(), QSize(1024, 768));
    QTableView* table = window_->playback()->eventList()->table();
    QTRY_VERIFY(table->isColumnHidden(EventListModel::LayerColumn));
    auto action = [&](QMenu& menu, int i) { return menu.actions().value(i); };
    {
        QMenu menu;
        fillEventColumnsMenu(&menu, table);
        QVERIFY(action(menu, 0)->isCheckable());
        QVERIFY(!action(menu, 0)->isChecked()); // says what the table shows
        action(menu, 0)->trigger();
    }
    QVERIFY(!table->isColumnHidden(EventListModel::LayerColumn));
    QVERIFY(table->horizontalHeader()->sectionSize(EventListModel::LayerColumn) >
            table->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    window_->setGeometry(QRect(0, 0, 1000, 760)); // refitted, the choice stays
    QTRY_COMPARE(window_->size(), QSize(1000, 760));
    QVERIFY(!table->isColumnHidden(EventListModel::LayerColumn));
    {
        QMenu menu;
        fillEventColumnsMenu(&menu, table);
        QVERIFY(action(menu, 0)->isChecked());
        action(menu, 1)->trigger(); // fit: automatic again, so hidden at this width
    }
    QVERIFY(table->isColumnHidden(EventListModel::LayerColumn));
}

void TestWindowDocks::legendListsTheCanvasColours() {
    open("tcp-loss");
    auto* legend = window_->findChild<CanvasLegend*>();
    QVERIFY(legend);
    QVERIFY(legend->toggleAction()->isChecked()); // on by default
    QVERIFY(legend->isVisible());
    for (bool presenter : {false, true}) {
        window_->presenter()->setActive(presenter);
        const QList<CanvasLegend::Entry> entries = legend->entries();
        // Exactly the token colours (PduToken's table, then its grey), then the dashed cable.
        const QStringList protocols = PduToken::colouredProtocols();
        QCOMPARE(entries.size(), protocols.size() + 2);
        QSet<QRgb> colours;
        for (int i = 0; i < protocols.size(); ++i) {
            QCOMPARE(entries[i].label, protocols[i]);
            QCOMPARE(entries[i].colour, PduToken::colorFor(protocols[i], presenter));
            colours.insert(entries[i].colour.rgb());
        }
        QCOMPARE(entries[protocols.size()].colour,
                 PduToken::colorFor(QStringLiteral("Ethernet"), presenter));
        QVERIFY(entries.back().dashed && !entries.back().colour.isValid());
        QCOMPARE(colours.size(), protocols.size()); // no two protocols look alike
        // In the canvas's corner, inside the view.
        QTRY_VERIFY(window_->view()->viewport()->geometry().contains(legend->geometry()));
    }
    window_->presenter()->setActive(false);
    // The canvas scrolled: the legend stays in its corner.
    window_->view()->resetZoom();
    window_->view()->scale(4, 4);
    window_->view()->horizontalScrollBar()->setValue(
        window_->view()->horizontalScrollBar()->maximum());
    QCoreApplication::processEvents();
    QVERIFY(window_->view()->viewport()->geometry().contains(legend->geometry()));
    QCOMPARE(legend->x(), window_->view()->viewport()->geometry().left() + 8);
    // tcp-loss loses frames on R1-R2: its cable is one the legend's dashed line means.
    const lab::Lab lab = loadBuiltin("tcp-loss");
    bool dashed = false;
    for (const lab::Link& link : lab.links)
        dashed = dashed || LinkItem::drawnDashed(link);
    QVERIFY(dashed);
    QVERIFY(!LinkItem::drawnDashed(lab::Link{}));
    legend->toggleAction()->setChecked(false);
    QVERIFY(!legend->isVisible());
    legend->toggleAction()->setChecked(true);
    QVERIFY(legend->isVisible());
}

QTEST_MAIN(TestWindowDocks)
#include "test_window_docks.moc"
