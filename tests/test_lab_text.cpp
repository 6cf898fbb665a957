// A lab's title and description in two languages (LocalText): both JSON forms load
// and survive a save, mistakes are named with their path, every built-in lab
// carries Korean text, and the catalogue lists every built-in lab in exactly one
// section of the course notes.
#include "lab/lab_catalog.h"
#include "lab/lab_json.h"

#include <QtTest>
#include <map>

using namespace ww;

namespace {

// A minimal valid lab with this "title" and "description".
QByteArray labWith(const QByteArray& title, const QByteArray& description) {
    return R"({"format": "wirewalk-lab", "version": 1, "name": "t", "title": )" + title +
           R"(, "description": )" + description + R"(,
  "devices": [{"name": "PC1", "type": "host",
               "interfaces": [{"name": "eth0", "address": "10.0.1.10/24"}]}],
  "scenario": [{"at": 0, "action": "ping", "from": "PC1", "to": "10.0.1.10"}]})";
}

QString issuesText(const lab::LoadResult& r) {
    QStringList lines;
    for (const auto& issue : r.issues)
        lines << issue.path + ": " + issue.message;
    return lines.join(" | ");
}

} // namespace

class TestLabText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forms_data();
    void forms();
    void mistakes_data();
    void mistakes();
    void languageChoice();
    void builtinLabsHaveKorean_data();
    void builtinLabsHaveKorean();
    void everyLabInExactlyOneSection();
    void builtinLabsInCatalogueOrder();
};

void TestLabText::forms_data() {
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QByteArray>("description");
    QTest::addColumn<QString>("titleEn");
    QTest::addColumn<QString>("titleKo");
    QTest::addColumn<QString>("descriptionKo");
    QTest::newRow("plain strings") << QByteArray(R"("ARP")") << QByteArray(R"("Who has?")") << "ARP"
                                   << ""
                                   << "";
    QTest::newRow("both languages")
        << QByteArray(R"({"en": "ARP", "ko": "주소 해석"})")
        << QByteArray(R"({"en": "Who has?", "ko": "누구인가요?"})") << "ARP"
        << "주소 해석"
        << "누구인가요?";
    QTest::newRow("English-only object")
        << QByteArray(R"({"en": "ARP"})") << QByteArray(R"("Who has?")") << "ARP"
        << ""
        << "";
}

void TestLabText::forms() {
    QFETCH(QByteArray, title);
    QFETCH(QByteArray, description);
    QFETCH(QString, titleEn);
    QFETCH(QString, titleKo);
    QFETCH(QString, descriptionKo);
    const auto r = lab::parseLab(labWith(title, description));
    QVERIFY2(r.lab, qPrintable(issuesText(r)));
    QCOMPARE(QString::fromStdString(r.lab->title.en), titleEn);
    QCOMPARE(QString::fromStdString(r.lab->title.ko), titleKo);
    QCOMPARE(QString::fromStdString(r.lab->description.en), QStringLiteral("Who has?"));
    QCOMPARE(QString::fromStdString(r.lab->description.ko), descriptionKo);
    // Saved and read back: the same text in both languages.
    const auto again = lab::parseLab(lab::toJson(*r.lab));
    QVERIFY2(again.lab, qPrintable(issuesText(again)));
    QVERIFY(again.lab->title == r.lab->title);
    QVERIFY(again.lab->description == r.lab->description);
}

void TestLabText::mistakes_data() {
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QByteArray>("description");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message"); // a part of it
    const QByteArray fine(R"("D")");
    QTest::newRow("missing en") << QByteArray(R"({"ko": "주소 해석"})") << fine << "title.en"
                                << "is required";
    QTest::newRow("unknown key") << QByteArray(R"({"en": "ARP", "kr": "주소 해석"})") << fine
                                 << "title.kr"
                                 << "unknown key 'kr'; allowed here: en, ko";
    QTest::newRow("title a number") << QByteArray("7") << fine << "title"
                                    << "expected a string or an object {\"en\": ..., \"ko\": "
                                       "...}, got a number";
    QTest::newRow("description an array")
        << QByteArray(R"("T")") << QByteArray(R"(["a", "b"])") << "description"
        << "got an array";
    QTest::newRow("ko not a string")
        << QByteArray(R"("T")") << QByteArray(R"({"en": "D", "ko": true})") << "description.ko"
        << "expected a string, got a boolean";
}

void TestLabText::mistakes() {
    QFETCH(QByteArray, title);
    QFETCH(QByteArray, description);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const auto r = lab::parseLab(labWith(title, description));
    QVERIFY(!r.lab);
    QCOMPARE(r.issues.size(), std::size_t{1});
    QCOMPARE(r.issues[0].path, path);
    QVERIFY2(r.issues[0].message.contains(message), qPrintable(r.issues[0].message));
}

void TestLabText::languageChoice() {
    const LocalText both{"Fragment", "프래그먼트"};
    QCOMPARE(both.in("ko"), std::string("프래그먼트"));
    QCOMPARE(both.in("ko_KR"), std::string("프래그먼트"));
    QCOMPARE(both.in("en_US"), std::string("Fragment"));
    QCOMPARE(both.in(""), std::string("Fragment"));
    const LocalText english{"Fragment", {}};
    QCOMPARE(english.in("ko"), std::string("Fragment")); // falls back
}

void TestLabText::builtinLabsHaveKorean_data() {
    QTest::addColumn<QString>("name");
    for (const auto& l : lab::builtinLabs())
        QTest::newRow(qPrintable(l.name)) << l.name;
}

void TestLabText::builtinLabsHaveKorean() {
    QFETCH(QString, name);
    const auto r = lab::loadLab("builtin:" + name);
    QVERIFY2(r.lab, qPrintable(issuesText(r)));
    for (const LocalText* text : {&r.lab->title, &r.lab->description}) {
        QVERIFY(!text->en.empty());
        QVERIFY(!text->ko.empty());
    }
    // Korean, not English copied over: Hangul syllables in the description (a title
    // such as "DHCP: DISCOVER, OFFER, REQUEST, ACK" reads the same in both).
    const QString ko = QString::fromStdString(r.lab->description.ko);
    QVERIFY2(std::any_of(ko.begin(), ko.end(),
                         [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; }),
             qPrintable(ko));
    // The listing reads the same text the loader does.
    for (const auto& b : lab::builtinLabs()) {
        if (b.name != name)
            continue;
        QVERIFY(b.title == r.lab->title);
        QVERIFY(b.description == r.lab->description);
        QCOMPARE(b.section, lab::sectionOf(name));
    }
}

void TestLabText::everyLabInExactlyOneSection() {
    std::map<QString, int> listed; // lab name -> sections listing it
    QStringList ids;
    for (const lab::LabSection& s : lab::labSections()) {
        QVERIFY2(!ids.contains(s.id), qPrintable(s.id));
        ids << s.id;
        QVERIFY(!lab::sectionTitle(s).isEmpty());
        QVERIFY2(!s.labs.isEmpty(), qPrintable(s.id));
        for (const QString& name : s.labs)
            ++listed[name];
    }
    QCOMPARE(lab::labSections().size(), std::size_t{12}); // the notes' sections
    QStringList builtin;
    for (const auto& l : lab::builtinLabs()) {
        builtin << l.name;
        QVERIFY2(listed[l.name] == 1, qPrintable(l.name + " is listed in " +
                                                 QString::number(listed[l.name]) + " sections"));
    }
    for (const auto& [name, count] : listed)
        QVERIFY2(builtin.contains(name), qPrintable("the catalogue lists no such lab: " + name));
}

void TestLabText::builtinLabsInCatalogueOrder() {
    QStringList expected;
    for (const lab::LabSection& s : lab::labSections())
        expected << s.labs;
    QStringList got;
    for (const auto& l : lab::builtinLabs())
        got << l.name;
    QCOMPARE(got, expected);
    QCOMPARE(lab::labSections().front().id, QStringLiteral("layers"));
    QCOMPARE(lab::labSections().back().id, QStringLiteral("dns"));
}

QTEST_GUILESS_MAIN(TestLabText)
#include "test_lab_text.moc"
