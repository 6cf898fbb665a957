// Finding and reading a lab: the browser lists every built-in lab in the order of
// the course notes' sections, filters as the user types, opens a lab through the
// window's normal path (unsaved-changes prompt included); the start page shows
// only when there is nothing to open; the notes panel speaks the interface language.
#include "canvas/topology_view.h"
#include "classroom/lab_browser.h"
#include "classroom/lab_browser_dialog.h"
#include "classroom/lab_browser_model.h"
#include "classroom/lab_browser_thumbnails.h"
#include "classroom/lab_notes_panel.h"
#include "classroom/lab_notes_text.h"
#include "classroom/start_page.h"
#include "document/lab_document.h"
#include "lab/lab_catalog.h"
#include "lab/lab_json.h"
#include "windows/lab_browser_setup.h"
#include "windows/main_window.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace ww;
using namespace ww::ui;

namespace {

lab::Lab builtin(const QString& name) {
    auto r = lab::loadLab("builtin:" + name);
    Q_ASSERT(r.lab);
    return *r.lab;
}

// The model's rows as "# Heading" and lab names.
QStringList rowsOf(const LabBrowserModel& model) {
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        rows << (i.data(LabBrowserModel::IsHeadingRole).toBool()
                     ? "# " + i.data().toString()
                     : i.data(LabBrowserModel::NameRole).toString());
    }
    return rows;
}

// Sets the interface language as the app does: default locale plus our translator.
class Language {
public:
    explicit Language(const QString& name) {
        QLocale::setDefault(QLocale(name));
        if (translator_.load(QLocale(name), "wirewalk", "_", ":/i18n"))
            QCoreApplication::installTranslator(&translator_);
    }
    ~Language() {
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    bool loaded() const { return !translator_.isEmpty(); }

private:
    QTranslator translator_;
};

} // namespace

class TestClassroom : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void browserListsAllLabsInSectionOrder();
    void filter_data();
    void filter();
    void typingFiltersAndKeyboardMoves();
    void dialogReturnsTheChosenLab();
    void startPageOpensLabInWindow();
    void openingAsksAboutUnsavedChanges();
    void startPageOnlyWithoutArguments();
    void notesPanelSpeaksInterfaceLanguage();
    void notesPanelFollowsDocument();
    void thumbnailsDrawTopology();
    void teachingSummary_data();
    void teachingSummary();

private:
    QTemporaryDir config_;
};

void TestClassroom::initTestCase() {
    QVERIFY(config_.isValid());
    qputenv("XDG_CONFIG_HOME", config_.path().toLocal8Bit()); // no real user's layout
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClassroom::browserListsAllLabsInSectionOrder() {
    LabBrowserModel model;
    QStringList expected;
    for (const lab::LabSection& s : lab::labSections()) {
        expected << "# " + lab::sectionTitle(s);
        expected << s.labs;
    }
    QCOMPARE(rowsOf(model), expected);
    QCOMPARE(model.labCount(), int(lab::builtinLabs().size()));
    QCOMPARE(rowsOf(model).front(), QStringLiteral("# Layers and encapsulation"));
    // Headings cannot be selected (the keyboard skips them); labs can.
    QCOMPARE(model.flags(model.index(0)), Qt::NoItemFlags);
    QVERIFY(model.flags(model.index(1)) & Qt::ItemIsSelectable);
    // Every lab row has what a card shows.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        if (i.data(LabBrowserModel::IsHeadingRole).toBool())
            continue;
        QVERIFY(!i.data().toString().isEmpty());
        QVERIFY(!i.data(LabBrowserModel::SummaryRole).toString().isEmpty());
    }
}

void TestClassroom::filter_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("English word") << "simultaneous"
                                  << QStringList{"# TCP: handshake, data, close",
                                                 "tcp-simultaneous-open", "tcp-simultaneous-close"};
    QTest::newRow("Korean word") << "동시"
                                 << QStringList{"# TCP: handshake, data, close",
                                                "tcp-simultaneous-open", "tcp-simultaneous-close"};
    QTest::newRow("every word must match")
        << "DHCP forwarding" << QStringList{"# DNS", "dns-forwarding"};
    QTest::newRow("case does not matter")
        << "ZERO WINDOW" << QStringList{"# Retransmission and flow control", "tcp-zero-window"};
    QTest::newRow("section title")
        << "layers" << QStringList{"# Layers and encapsulation", "http-get", "l3-switch"};
    QTest::newRow("nothing") << "xyzzy" << QStringList{};
}

void TestClassroom::filter() {
    QFETCH(QString, filter);
    QFETCH(QStringList, rows);
    LabBrowserModel model;
    model.setFilter(filter);
    QCOMPARE(rowsOf(model), rows);
    model.setFilter({});
    QCOMPARE(model.labCount(), int(lab::builtinLabs().size()));
}

void TestClassroom::typingFiltersAndKeyboardMoves() {
    LabBrowser browser;
    browser.resize(700, 500);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QSignalSpy activated(&browser, &LabBrowser::labActivated);
    QCOMPARE(browser.currentLab(), lab::labSections().front().labs.front());

    // Down from the search box into the list, then down across a section heading.
    browser.searchBox()->setFocus();
    QTest::keyClick(browser.searchBox(), Qt::Key_Down);
    QVERIFY(browser.list()->hasFocus());
    QTest::keyClick(browser.list(), Qt::Key_Down);
    QCOMPARE(browser.currentLab(), QStringLiteral("l3-switch"));
    QTest::keyClick(browser.list(), Qt::Key_Down); // over "IP addressing and subnets"
    QCOMPARE(browser.currentLab(), QStringLiteral("routing-loop"));
    QTest::keyClick(browser.list(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("routing-loop"));

    // Typing in the list goes to the search box; the first match becomes current.
    QTest::keyClicks(browser.list(), "dhcp");
    QCOMPARE(browser.searchBox()->text(), QStringLiteral("dhcp"));
    QCOMPARE(browser.currentLab(), QStringLiteral("dhcp"));
    QCOMPARE(browser.model()->labCount(), 2); // dhcp, dns-forwarding
    QTest::keyClick(browser.searchBox(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("dhcp"));
}

void TestClassroom::dialogReturnsTheChosenLab() {
    LabBrowserDialog dialog;
    dialog.browser()->setCurrentLab("tcp-close");
    QTimer::singleShot(0, &dialog, [&dialog] {
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->click();
    });
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenLab(), QStringLiteral("tcp-close"));
}

void TestClassroom::startPageOpensLabInWindow() {
    MainWindow window;
    window.showLab(builtin(lab::defaultLabName()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* setup = window.findChild<LabBrowserSetup*>();
    QVERIFY(setup);
    setup->showStartPage();
    QPointer<StartPage> page = setup->startPage();
    QVERIFY(page && page->isVisible());
    // Over the canvas and docks, below the menu bar.
    QVERIFY(page->geometry().contains(window.view()->geometry()));
    QCOMPARE(page->geometry().top(), window.menuBar()->geometry().bottom() + 1);
    // The default lab stays loaded behind it.
    QCOMPARE(QString::fromStdString(window.currentLab().name), lab::defaultLabName());

    Q_EMIT page->browser()->labActivated("dns-cname");
    QCOMPARE(QString::fromStdString(window.currentLab().name), QStringLiteral("dns-cname"));
    QVERIFY(!window.document()->isModified());
    QVERIFY(!setup->startPage());
    QTRY_VERIFY(page.isNull()); // deleted

    // Escape closes it and keeps the lab.
    setup->showStartPage();
    QTest::keyClick(setup->startPage(), Qt::Key_Escape);
    QVERIFY(!setup->startPage());
    QCOMPARE(QString::fromStdString(window.currentLab().name), QStringLiteral("dns-cname"));
}

void TestClassroom::openingAsksAboutUnsavedChanges() {
    MainWindow window;
    window.showLab(builtin("two-lans"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    lab::Lab changed = window.currentLab();
    changed.devices[0].x += 40;
    window.document()->restore(changed, QString()); // modified, as after an edit
    QVERIFY(window.document()->isModified());

    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!window.openBuiltinLab("dhcp"));
    QCOMPARE(window.currentLab().devices[0].x, changed.devices[0].x);
    answer(QMessageBox::Discard);
    QVERIFY(window.openBuiltinLab("dhcp"));
    QCOMPARE(QString::fromStdString(window.currentLab().name), QStringLiteral("dhcp"));
}

void TestClassroom::startPageOnlyWithoutArguments() {
    LabDocument document;
    document.reset(builtin("two-lans"));
    QVERIFY(LabBrowserSetup::startPageWanted({"wirewalk"}, document));
    QVERIFY(!LabBrowserSetup::startPageWanted({"wirewalk", "builtin:dhcp"}, document));
    QVERIFY(!LabBrowserSetup::startPageWanted({"wirewalk", "/tmp/my-lab.json"}, document));
    // A recovered autosave is a modified document: the user continues there.
    document.restore(builtin("dhcp"), QString());
    QVERIFY(!LabBrowserSetup::startPageWanted({"wirewalk"}, document));
}

void TestClassroom::notesPanelSpeaksInterfaceLanguage() {
    LabDocument document;
    document.reset(builtin("tcp-rst"));
    const lab::Lab& l = document.lab();
    {
        LabNotesPanel english(&document);
        QVERIFY(english.text().contains(QString::fromStdString(l.title.en)));
        QVERIFY(english.text().contains("Section: Ports"));
        QVERIFY(english.text().contains("where no application listens"));
        QVERIFY(!english.text().contains(QString::fromStdString(l.title.ko)));
    }
    Language korean("ko_KR");
    QVERIFY(korean.loaded());
    QCOMPARE(interfaceLanguage().substr(0, 2), std::string("ko"));
    LabNotesPanel panel(&document);
    QVERIFY2(panel.text().contains(QStringLiteral("TCP: 닫힌 포트가 보내는 RST")),
             qPrintable(panel.text()));
    QVERIFY(panel.text().contains(QStringLiteral("확인 응답 번호 = SYN의 시퀀스 번호 + 1")));
    QVERIFY(!panel.text().contains(QString::fromStdString(l.title.en)));
}

void TestClassroom::notesPanelFollowsDocument() {
    LabDocument document;
    document.reset(builtin("dhcp"));
    LabNotesPanel panel(&document);
    QVERIFY(panel.text().startsWith("DHCP: DISCOVER, OFFER, REQUEST, ACK"));
    document.reset(builtin("udp-voice"));
    QVERIFY(panel.text().startsWith("UDP voice over a lossy link"));
    QVERIFY(panel.text().contains("Section: UDP"));
    document.newLab();
    QVERIFY(!panel.text().contains("UDP voice"));
    QVERIFY(panel.text().contains("This lab has no description"));
}

void TestClassroom::thumbnailsDrawTopology() {
    const QSize size(176, 104);
    const QImage image = labThumbnail("two-lans", size, 1.0);
    QCOMPARE(image.size(), size);
    // Something drawn: not a blank white card.
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixel(x, y) != qRgb(255, 255, 255);
    QVERIFY2(drawn > 1000, qPrintable(QString::number(drawn)));
    if (qEnvironmentVariableIsSet("WIREWALK_SAVE_THUMBNAIL"))
        labThumbnail("two-lans", size * 2, 1.0)
            .save(qEnvironmentVariable("WIREWALK_SAVE_THUMBNAIL"));
    QVERIFY(labThumbnail("no-such-lab", size, 1.0).isNull());
}

void TestClassroom::teachingSummary_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("summary");
    QTest::newRow("one short sentence") << "ARP asks." << 160 << "ARP asks.";
    QTest::newRow("two fit") << "One. Two." << 160 << "One. Two.";
    QTest::newRow("stops before the limit") << "First one. Second sentence." << 12 << "First one.";
    QTest::newRow("always one sentence")
        << "A long first sentence. B." << 5 << "A long first sentence.";
    QTest::newRow("decimal point is not an end")
        << "At 1.5 s both close. Then." << 22 << "At 1.5 s both close.";
    QTest::newRow("Korean") << "PC1이 ping을 보냅니다. 라우터가 답합니다." << 16
                            << "PC1이 ping을 보냅니다.";
}

void TestClassroom::teachingSummary() {
    QFETCH(QString, text);
    QFETCH(int, maxChars);
    QFETCH(QString, summary);
    QCOMPARE(ui::teachingSummary(text, maxChars), summary);
}

QTEST_MAIN(TestClassroom)
#include "test_classroom.moc"
