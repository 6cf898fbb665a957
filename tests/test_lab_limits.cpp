// Lab numbers and connections the loader must refuse (issue 14): a number is
// range-checked as a double before it becomes an integer (1e300 to int is
// undefined behaviour), and one TCP connection cannot be opened twice.
#include "lab/lab_builder.h"
#include "lab/lab_json.h"
#include "net/network.h"

#include <QtTest>

using namespace ww;

namespace {

// A two-host lab with `devB` merged into B, `link` into the link and `action` as
// the scenario, so one field at a time can be given a bad value.
QByteArray labWith(const QByteArray& devB, const QByteArray& link, const QByteArray& actions) {
    return R"({"format":"wirewalk-lab","version":1,"name":"n","duration":3,
 "devices":[{"name":"A","type":"host","interfaces":[{"name":"eth0","address":"10.0.0.1/24"}]},
  {"name":"B","type":"host","interfaces":[{"name":"eth0","address":"10.0.0.2/24"}])" +
           devB + R"(}],
 "links":[{"name":"A-B","a":"A:eth0","b":"B:eth0")" +
           link + R"(}],
 "scenario":[)" +
           actions + "]}";
}

const QByteArray kTcp =
    R"({"at":0.1,"action":"tcp","from":"A","to":"10.0.0.2","port":80,"local_port":5000,"size":2000})";

} // namespace

class TestLabLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusedNumbers_data();
    void refusedNumbers();
    void acceptedNumbers();
    void duplicateConnectionRefused();
    void duplicateConnectionDoesNotFlood();
};

void TestLabLimits::refusedNumbers_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    const QList<QByteArray> bad{"1e300", "-1e300",     "-1",        "0",    "65536",
                                "1.5",   "65535.5",    "\"80\"",    "null", "true",
                                "[80]",  "2147483648", "4294967376"};
    for (const QByteArray& v : bad) {
        QTest::addRow("udp_listen %s", v.constData())
            << labWith(",\"udp_listen\":[" + v + "]", "", "") << "devices[1].udp_listen[0]";
        QTest::addRow("tcp_listen %s", v.constData())
            << labWith(",\"tcp_listen\":[" + v + "]", "", "") << "devices[1].tcp_listen[0]";
        QTest::addRow("tcp_listen.port %s", v.constData())
            << labWith(",\"tcp_listen\":[{\"port\":" + v + "}]", "", "")
            << "devices[1].tcp_listen[0].port";
        QTest::addRow("local_port %s", v.constData())
            << labWith("", "",
                       R"({"at":0.1,"action":"udp","from":"A","to":"10.0.0.2","local_port":)" + v +
                           "}")
            << "scenario[0].local_port";
    }
    const QList<QByteArray> badFrames{"1e300", "-1e300", "-1",   "0",
                                      "1.5",   "\"3\"",  "null", "2147483648"};
    for (const QByteArray& v : badFrames)
        QTest::addRow("lose %s", v.constData())
            << labWith("", ",\"lose\":[" + v + "]", "") << "links[0].lose[0]";
}

void TestLabLimits::refusedNumbers() {
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const lab::LoadResult r = lab::parseLab(json);
    QVERIFY(!r.lab);
    QVERIFY(!r.issues.empty());
    QCOMPARE(r.issues.front().path, path);
}

void TestLabLimits::acceptedNumbers() {
    const lab::LoadResult r =
        lab::parseLab(labWith(R"(,"udp_listen":[1, 65535],"tcp_listen":[{"port":80}])",
                              R"(,"lose":[1, 2147483647])", kTcp));
    QVERIFY(r.lab);
    QCOMPARE(r.lab->devices[1].udpListen, (std::vector<std::uint16_t>{1, 65535}));
    QCOMPARE(r.lab->links[0].loseFrames, (std::vector<int>{1, 2147483647}));
}

void TestLabLimits::duplicateConnectionRefused() {
    // The same addresses and ports twice: a real stack's second connect() fails with
    // "address already in use"; the lab says where the first one is.
    const lab::LoadResult r =
        lab::parseLab(labWith(R"(,"tcp_listen":[80])", "", kTcp + "," + kTcp));
    QVERIFY(!r.lab);
    QCOMPARE(r.issues.size(), std::size_t(1));
    QCOMPARE(r.issues[0].path, QStringLiteral("scenario[1].local_port"));
    QVERIFY2(r.issues[0].message.contains("scenario[0]") &&
                 r.issues[0].message.contains("address already in use"),
             qPrintable(r.issues[0].message));
    // Another local port, or an ephemeral one, is a different connection.
    QByteArray other = kTcp;
    other.replace("5000", "5001");
    QVERIFY(lab::parseLab(labWith(R"(,"tcp_listen":[80])", "", kTcp + "," + other)).lab);
    QByteArray ephemeral = kTcp;
    ephemeral.replace(R"("local_port":5000,)", "");
    QVERIFY(lab::parseLab(labWith(R"(,"tcp_listen":[80])", "", ephemeral + "," + ephemeral)).lab);
}

void TestLabLimits::duplicateConnectionDoesNotFlood() {
    // A lab built in code skips the loader: the stack itself refuses the second
    // connect() while the first holds the addresses and ports, so the run has the
    // frames of one connection. (Before, the two took each other's segments: 2,331
    // frames instead of 1,379 here, 15,948 instead of about 40 in the issue's lab.)
    auto framesOf = [](const lab::Lab& l) {
        auto net = lab::buildNetwork(l, 1);
        std::uint64_t frames = 0;
        net->bus().subscribe([&frames](const Event& e) {
            frames += std::holds_alternative<FrameTxStart>(e.kind) ? 1 : 0;
        });
        net->runUntil(secondsToTime(3));
        return frames;
    };
    QByteArray megabyte = kTcp;
    megabyte.replace(R"("size":2000)", R"("size":1000000)");
    lab::Lab one = *lab::parseLab(labWith(R"(,"tcp_listen":[80])", "", megabyte)).lab;
    lab::Lab twice = one;
    twice.scenario.push_back(twice.scenario.front());
    twice.scenario.back().at = 0.15; // while the first is sending
    const std::uint64_t single = framesOf(one);
    QVERIFY(single > 700); // 1 MB in segments of 1460 bytes, and their ACKs
    QCOMPARE(framesOf(twice), single);
}

QTEST_GUILESS_MAIN(TestLabLimits)
#include "test_lab_limits.moc"
