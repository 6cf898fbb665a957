// The window opens on a lab and shows it; Korean is translated and renders.
#include "lab/lab_json.h"
#include "windows/main_window.h"

#include <QFontDatabase>
#include <QLabel>
#include <QRawFont>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

class TestGuiSmoke : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsDefaultLab();
    void koreanTranslationLoadsAndRenders();
};

void TestGuiSmoke::showsDefaultLab() {
    auto loaded = ww::lab::loadLab("builtin:" + ww::lab::defaultLabName());
    QVERIFY(loaded.lab);
    ww::ui::MainWindow w;
    w.showLab(*loaded.lab);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.windowTitle().contains(QStringLiteral("two-lans")));
    auto* title = w.findChild<QLabel*>(QStringLiteral("labTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QString::fromStdString(loaded.lab->title));
    auto* devices = w.findChild<QTreeWidget*>(QStringLiteral("devices"));
    auto* links = w.findChild<QTreeWidget*>(QStringLiteral("links"));
    QVERIFY(devices && links);
    QCOMPARE(devices->topLevelItemCount(), int(loaded.lab->devices.size()));
    QCOMPARE(links->topLevelItemCount(), int(loaded.lab->links.size()));
    QCOMPARE(devices->topLevelItem(0)->text(0), QStringLiteral("PC1"));
    QCOMPARE(devices->topLevelItem(0)->child(0)->text(3), QStringLiteral("10.0.1.10/24"));
}

void TestGuiSmoke::koreanTranslationLoadsAndRenders() {
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Korean), "wirewalk", "_", ":/i18n"));
    QCoreApplication::installTranslator(&translator);
    const QString router = ww::ui::MainWindow::tr("Router");
    QCOMPARE(router, QString::fromUtf8("라우터"));
    // A font that has Hangul: without fonts-noto-cjk the labels would be boxes.
    QVERIFY(!QFontDatabase::families(QFontDatabase::Korean).isEmpty());
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK KR")});
    QVERIFY(QRawFont::fromFont(font).supportsCharacter(QChar(0xD55C)));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestGuiSmoke)
#include "test_gui_smoke.moc"
