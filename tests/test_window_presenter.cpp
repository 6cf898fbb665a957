// Presenter mode at a projector: the whole topology fits the view at 1600x1000 and
// 1024x768 (and Ctrl+0 fits it too), callouts do not cover each other or other
// devices (tcp-loss), every dock's text is larger and comes back; Help: F1 opens the
// guide in the interface's language, About names version, licence and libraries.
#include "canvas/canvas_legend.h"
#include "canvas/decision_callout.h"
#include "canvas/device_item.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "help/help_dialogs.h"
#include "models/playback_clock.h"
#include "playback_fixtures.h"
#include "views/event_list_view.h"
#include "windows/main_window.h"
#include "windows/playback_setup.h"
#include "windows/presenter_mode.h"

#include <QAction>
#include <QHeaderView>
#include <QImage>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <memory>

using namespace ww;
using namespace ww::ui;
using namespace ww::test;

class TestWindowPresenter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void presenterFitsTheTopology_data();
    void presenterFitsTheTopology();
    void fitShortcutFits();
    void fitKeepsClearOfTheLegend_data();
    void fitKeepsClearOfTheLegend();
    void calloutsDoNotOverlap();
    void docksTextEnlarged();
    void guideInBothLanguages();
    void aboutNamesVersionLicenceLibraries();

private:
    void open(const char* lab);
    // Device items outside the view's viewport, by name.
    QStringList devicesOutsideView() const;

    QTemporaryDir config_;
    std::unique_ptr<MainWindow> window_;
};

void TestWindowPresenter::initTestCase() {
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit());
}

void TestWindowPresenter::cleanup() {
    window_.reset();
}

void TestWindowPresenter::open(const char* lab) {
    window_ = std::make_unique<MainWindow>();
    window_->showLab(loadBuiltin(lab));
    window_->resize(1200, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

QStringList TestWindowPresenter::devicesOutsideView() const {
    QStringList outside;
    TopologyView* view = window_->view();
    const QRect viewport = view->viewport()->rect();
    // The legend in the viewport's coordinates: a device under it loses its name.
    QRect legend;
    if (auto* l = view->findChild<CanvasLegend*>(); l && l->isVisible())
        legend = l->geometry().translated(-view->viewport()->geometry().topLeft());
    for (QGraphicsItem* item : window_->scene()->items())
        if (item->type() == DeviceItem::Type) {
            const QRect r = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
            // The icon with its name and addresses under it.
            const QRectF whole = item->mapRectToScene(item->boundingRect() |
                                                      item->childrenBoundingRect());
            const QRect named = view->mapFromScene(whole).boundingRect();
            if (!viewport.contains(r))
                outside << static_cast<DeviceItem*>(item)->name();
            else if (named.intersects(legend))
                outside << static_cast<DeviceItem*>(item)->name() + QStringLiteral(" (legend)");
        }
    return outside;
}

void TestWindowPresenter::presenterFitsTheTopology_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QSize>("screen");
    for (const char* lab : {"http-get", "tcp-loss", "dns-forwarding", "two-lans", "dns"})
        for (QSize size : {QSize(1600, 1000), QSize(1024, 768)})
            QTest::addRow("%s %dx%d", lab, size.width(), size.height())
                << QString::fromLatin1(lab) << size;
}

void TestWindowPresenter::presenterFitsTheTopology() {
    QFETCH(QString, lab);
    QFETCH(QSize, screen);
    open(lab.toLatin1().constData());
    window_->presenter()->setActive(true);
    // The projector's size (the offscreen screen has a size of its own).
    window_->setWindowState(Qt::WindowNoState);
    window_->setGeometry(QRect(QPoint(0, 0), screen));
    QVERIFY2(window_->minimumSizeHint().width() <= screen.width() &&
                 window_->minimumSizeHint().height() <= screen.height(),
             qPrintable(QStringLiteral("the window needs %1x%2")
                            .arg(window_->minimumSizeHint().width())
                            .arg(window_->minimumSizeHint().height())));
    QTRY_COMPARE(window_->size(), screen);
    // The window's final layout first (the canvas takes most of the width), then the fit.
    QTRY_VERIFY(window_->view()->viewport()->width() > screen.width() / 2);
    QTRY_VERIFY2(devicesOutsideView().isEmpty(), qPrintable(devicesOutsideView().join(", ")));
    // Fitted again in the settled window (Ctrl+0), the same: the QTRY above may have seen a
    // layout on its way.
    window_->view()->fitToView();
    QVERIFY2(devicesOutsideView().isEmpty(), qPrintable(devicesOutsideView().join(", ")));
    window_->presenter()->setActive(false);
}

void TestWindowPresenter::fitShortcutFits() {
    open("http-get");
    window_->view()->resetZoom();
    window_->view()->scale(3, 3);
    QVERIFY(!devicesOutsideView().isEmpty());
    window_->view()->setFocus();
    QTest::keyClick(window_->view(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY2(devicesOutsideView().isEmpty(), qPrintable(devicesOutsideView().join(", ")));
}

void TestWindowPresenter::fitKeepsClearOfTheLegend_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QSize>("window");
    // Wide, short canvases: the fit is limited by the height, where the legend sits.
    for (const char* lab : {"dns", "http-get", "napt"})
        for (QSize size : {QSize(1600, 560), QSize(1400, 640)})
            QTest::addRow("%s %dx%d", lab, size.width(), size.height())
                << QString::fromLatin1(lab) << size;
}

// Ctrl+0 (and presenter mode) fit the lab above the legend: no device's name under it.
void TestWindowPresenter::fitKeepsClearOfTheLegend() {
    QFETCH(QString, lab);
    QFETCH(QSize, window);
    open(lab.toLatin1().constData());
    window_->setGeometry(QRect(QPoint(0, 0), window));
    QTRY_COMPARE(window_->size(), window);
    auto* legend = window_->view()->findChild<CanvasLegend*>();
    QVERIFY(legend && legend->isVisible());
    // The layout settled: the same viewport twice, 50 ms apart.
    QSize before;
    QTRY_VERIFY([&] {
        const QSize now = window_->view()->viewport()->size();
        const bool same = now == before;
        before = now;
        return same;
    }());
    QVERIFY(window_->view()->bottomReserve() > legend->height());
    window_->view()->fitToView();
    QVERIFY2(devicesOutsideView().isEmpty(), qPrintable(devicesOutsideView().join(", ")));
}

void TestWindowPresenter::calloutsDoNotOverlap() {
    open("tcp-loss");
    window_->presenter()->setActive(true);
    window_->setWindowState(Qt::WindowNoState);
    window_->setGeometry(QRect(0, 0, 1024, 768));
    QTRY_COMPARE(window_->size(), QSize(1024, 768));
    PlaybackClock* clock = window_->playback()->clock();
    const auto& events = clock->run()->events();
    std::vector<QRectF> devices;
    for (QGraphicsItem* item : window_->scene()->items())
        if (item->type() == DeviceItem::Type)
            devices.push_back(item->sceneBoundingRect());
    int moments = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (!std::holds_alternative<SwitchDecision>(events[i].kind) &&
            !std::holds_alternative<RouterDecision>(events[i].kind))
            continue;
        clock->seekToEvent(static_cast<int>(i));
        std::vector<std::pair<QRectF, QPointF>> callouts; // box, and the device it is for
        for (QGraphicsItem* item : window_->scene()->items())
            if (dynamic_cast<DecisionCallout*>(item))
                callouts.emplace_back(item->sceneBoundingRect(), item->scenePos());
        if (callouts.size() > 1)
            ++moments;
        for (std::size_t a = 0; a < callouts.size(); ++a)
            for (std::size_t b = a + 1; b < callouts.size(); ++b)
                QVERIFY2(!callouts[a].first.intersects(callouts[b].first),
                         qPrintable(QStringLiteral("callouts overlap at event %1").arg(i)));
        if (moments > 60)
            break;
    }
    QVERIFY(moments > 0); // there were moments with several callouts to lay out
    window_->presenter()->setActive(false);
}

void TestWindowPresenter::docksTextEnlarged() {
    open("two-lans");
    QTableView* table = window_->playback()->eventList()->table();
    const qreal before = table->font().pointSizeF();
    const int rowBefore = table->verticalHeader()->defaultSectionSize();
    window_->presenter()->setActive(true);
    QVERIFY(table->font().pointSizeF() > before * 1.2);
    QVERIFY(table->verticalHeader()->defaultSectionSize() > rowBefore);
    window_->presenter()->setActive(false);
    QCOMPARE(table->font().pointSizeF(), before);
    QCOMPARE(table->verticalHeader()->defaultSectionSize(), rowBefore);
}

void TestWindowPresenter::guideInBothLanguages() {
    open("two-lans");
    QAction* guide = window_->findChild<QAction*>(QStringLiteral("guideAction"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto* dialog = window_->findChild<GuideDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QString english = dialog->browser()->toHtml();
    QVERIFY(english.contains(QStringLiteral("Encapsulation")));
    QVERIFY(english.contains(QStringLiteral("<img")));
    // The figures load from the resources.
    for (const char* figure : {":/help/topology.png", ":/help/encapsulation.png"})
        QVERIFY2(!QImage(QString::fromLatin1(figure)).isNull(), figure);
    dialog->close();

    qputenv("WIREWALK_LANG", "ko");
    QCOMPARE(GuideDialog::guideLanguage(), QStringLiteral("ko"));
    GuideDialog korean;
    qunsetenv("WIREWALK_LANG");
    QVERIFY(korean.browser()->toHtml().contains(QStringLiteral("캡슐화")));
}

void TestWindowPresenter::aboutNamesVersionLicenceLibraries() {
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const QString text = aboutText();
    QVERIFY(text.contains(QStringLiteral("9.8.7")));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("Qt ") + QStringLiteral(QT_VERSION_STR)));
    QVERIFY(text.contains(QStringLiteral("QCustomPlot 2.")));
}

QTEST_MAIN(TestWindowPresenter)
#include "test_window_presenter.moc"
