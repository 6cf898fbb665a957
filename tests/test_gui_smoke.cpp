// The window opens on a lab and shows it; Korean is translated and renders.
#include "canvas/device_item.h"
#include "canvas/topology_scene.h"
#include "lab/lab_json.h"
#include "windows/app_translator.h"
#include "windows/main_window.h"

#include <QFontDatabase>
#include <QMenuBar>
#include <QRawFont>
#include <QTranslator>
#include <QtTest>

class TestGuiSmoke : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsDefaultLab();
    void koreanTranslationLoadsAndRenders();
    void englishCountsReadAsEnglish_data();
    void englishCountsReadAsEnglish();
};

void TestGuiSmoke::showsDefaultLab() {
    auto loaded = ww::lab::loadLab("builtin:" + ww::lab::defaultLabName());
    QVERIFY(loaded.lab);
    ww::ui::MainWindow w;
    w.showLab(*loaded.lab);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.windowTitle().contains(QStringLiteral("two-lans")));
    QVERIFY(w.currentLab() == *loaded.lab);
    QVERIFY(!w.isWindowModified());
    // Every device and link of the lab is on the canvas, where the file puts it.
    ww::ui::TopologyScene* scene = w.scene();
    for (const auto& d : loaded.lab->devices) {
        ww::ui::DeviceItem* item = scene->deviceItem(QString::fromStdString(d.name));
        QVERIFY(item);
        QCOMPARE(item->pos(), QPointF(d.x, d.y));
    }
    QCOMPARE(scene->devicePosition(QStringLiteral("PC1")), QPointF(80, 120));
    QCOMPARE(scene->linkLine(0), QLineF(QPointF(80, 120), QPointF(260, 240))); // PC1-SW1
    QVERIFY(scene->linkLine(int(loaded.lab->links.size()) - 1).length() > 0);
}

void TestGuiSmoke::koreanTranslationLoadsAndRenders() {
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Korean), "wirewalk", "_", ":/i18n"));
    QCoreApplication::installTranslator(&translator);
    // A window built under the Korean translator shows Korean menus.
    ww::ui::MainWindow w;
    QStringList menus;
    for (QAction* a : w.menuBar()->actions())
        menus << a->text();
    QVERIFY2(menus.contains(QString::fromUtf8("파일(&F)")), qPrintable(menus.join(", ")));
    QCOMPARE(QCoreApplication::translate("ww::ui::DeviceEditor", "Router"),
             QString::fromUtf8("라우터"));
    // A font that has Hangul: without fonts-noto-cjk the labels would be boxes.
    QVERIFY(!QFontDatabase::families(QFontDatabase::Korean).isEmpty());
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK KR")});
    QVERIFY(QRawFont::fromFont(font).supportsCharacter(QChar(0xD55C)));
    QCoreApplication::removeTranslator(&translator);
}

void TestGuiSmoke::englishCountsReadAsEnglish_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("C") << QLocale::c(); // LANG=C, as in CI and many servers
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany); // no German yet
}

// English messages with a count say "1 event" and "2 events", never "event(s)", also where
// the system's language is one Wirewalk has no translation for.
void TestGuiSmoke::englishCountsReadAsEnglish() {
    QFETCH(QLocale, locale);
    QTranslator translator;
    QVERIFY(ww::ui::loadAppTranslator(translator, locale));
    QCoreApplication::installTranslator(&translator);
    const char* context = "ww::ui::PlaybackSetup";
    QCOMPARE(QCoreApplication::translate(context, "Recorded: %n event(s)", nullptr, 1),
             QStringLiteral("Recorded: 1 event"));
    QCOMPARE(QCoreApplication::translate(context, "Recorded: %n event(s)", nullptr, 2),
             QStringLiteral("Recorded: 2 events"));
    QCOMPARE(QCoreApplication::translate(context, "Recorded: %n event(s)", nullptr, 0),
             QStringLiteral("Recorded: 0 events"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestGuiSmoke)
#include "test_gui_smoke.moc"
