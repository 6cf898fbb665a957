// The simulation is a pure function of (lab, seed): same input, same trace,
// byte for byte. And on every built-in lab, frames are conserved.
#include "lab/lab_builder.h"
#include "lab/lab_json.h"
#include "trace/jsonl_writer.h"
#include "trace/trace_stats.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QtTest>

using namespace ww;

namespace {

QByteArray traceOf(const lab::Lab& lab, std::uint64_t seed, TraceStats* stats = nullptr) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto net = lab::buildNetwork(lab, seed);
    {
        JsonlTraceWriter writer(buffer);
        net->bus().subscribe([&writer](const Event& e) { writer.onEvent(e); });
        if (stats)
            net->bus().subscribe([stats](const Event& e) { stats->onEvent(e); });
        net->runUntil(secondsToTime(lab.duration));
    }
    return buffer.data();
}

lab::Lab lossy(lab::Lab lab) {
    for (auto& l : lab.links) {
        l.loss = 0.15;
        l.bitErrorRate = 2e-5;
    }
    return lab;
}

} // namespace

class TestDeterminism : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameTrace_data();
    void sameSeedSameTrace();
    void seedChangesLossyRun();
    void conservation_data();
    void conservation();
};

void TestDeterminism::sameSeedSameTrace_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withLoss");
    for (const auto& l : lab::builtinLabs()) {
        QTest::newRow(qPrintable(l.name)) << l.name << false;
        QTest::newRow(qPrintable(l.name + "-lossy")) << l.name << true;
    }
}

void TestDeterminism::sameSeedSameTrace() {
    QFETCH(QString, name);
    QFETCH(bool, withLoss);
    auto loaded = lab::loadLab("builtin:" + name);
    QVERIFY(loaded.lab);
    const lab::Lab lab = withLoss ? lossy(*loaded.lab) : *loaded.lab;
    const QByteArray first = traceOf(lab, 42);
    const QByteArray second = traceOf(lab, 42);
    QVERIFY(first.size() > 1000);
    QCOMPARE(QCryptographicHash::hash(second, QCryptographicHash::Sha256),
             QCryptographicHash::hash(first, QCryptographicHash::Sha256));
    QCOMPARE(second, first);
}

void TestDeterminism::seedChangesLossyRun() {
    auto loaded = lab::loadLab("builtin:two-lans");
    QVERIFY(loaded.lab);
    const lab::Lab lab = lossy(*loaded.lab);
    QVERIFY(traceOf(lab, 1) != traceOf(lab, 2)); // the seed does drive loss and bit errors
}

void TestDeterminism::conservation_data() {
    sameSeedSameTrace_data();
}

void TestDeterminism::conservation() {
    QFETCH(QString, name);
    QFETCH(bool, withLoss);
    auto loaded = lab::loadLab("builtin:" + name);
    QVERIFY(loaded.lab);
    const lab::Lab lab = withLoss ? lossy(*loaded.lab) : *loaded.lab;
    TraceStats stats;
    traceOf(lab, 3, &stats);
    QVERIFY(stats.framesSent() > 0);
    for (const auto& v : stats.conservationViolations())
        qWarning("%s", v.c_str());
    QVERIFY(stats.conservationViolations().empty());
    QCOMPARE(stats.framesSent(),
             stats.framesArrived() + stats.framesLostOnLinks() + stats.framesInFlight());
    if (!withLoss) {
        std::uint64_t chosen = 0; // frames the lab loses on purpose ("lose")
        bool lossyLab = false;    // a lab with a lossy link of its own (udp-voice)
        for (const auto& l : lab.links) {
            chosen += l.loseFrames.size();
            lossyLab = lossyLab || l.loss > 0 || l.bitErrorRate > 0;
        }
        if (lossyLab)
            QVERIFY(stats.framesLostOnLinks() > chosen);
        else
            QCOMPARE(stats.framesLostOnLinks(), chosen);
        QVERIFY(stats.framesArrived() > 0);
    }
}

QTEST_GUILESS_MAIN(TestDeterminism)
#include "test_determinism.moc"
