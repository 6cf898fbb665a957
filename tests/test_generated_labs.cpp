// Generated labs: many random labs within exactly the ranges the lab format accepts
// (tests/lab_generator.h) go through the real loader and run in-process under a
// tight budget. None may crash or hang; frames are conserved; every frame put on a
// link is well formed (FCS, IPv4 header checksum, within the link's MTU, RFC 791
// fragments); the lab writer round-trips every lab. Seeds that ever failed stay as
// named regression rows. WIREWALK_GENERATED_LABS=N and WIREWALK_GENERATED_SEED=S run
// more, or other, labs on demand (docs/engine.md).
#include "lab/lab_builder.h"
#include "lab/lab_json.h"
#include "lab_generator.h"
#include "net/device.h"
#include "net/link.h"
#include "trace/trace_stats.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace ww;

namespace {

// Seeds that once failed, with what they found.
struct Regression {
    std::uint64_t seed;
    const char* found;
};
constexpr Regression kRegressions[] = {
    // Hosts fragmenting their own ping/UDP datagrams: std::bad_alloc before 5d93fdf.
    {1001, "host fragments a 37812-byte UDP multicast; a switch floods it onto an MTU 1499 link"},
    {1002, "host fragments; a 7324-byte packet crosses a switch onto an MTU 220 link"},
    {1003, "host fragments; switch between MTU 1500 and 1499 links"},
    {1006, "host fragments; a 328-byte packet crosses a switch onto an MTU 69 link"},
    {1016, "host fragments; switch between MTU 2244+ and 1499 links"},
    {1017, "host fragments; switch between links of MTU 1972+ and 749"},
};

// A generous in-process budget: far above every built-in lab, small enough that 200
// labs finish in about a minute on a shared 2-core machine.
RunBudget testBudget() {
    RunBudget b;
    b.maxEvents = 300'000;
    b.maxBytes = std::uint64_t{256} << 20;
    return b;
}

constexpr qint64 kWallLimitMs = 20'000;

std::uint64_t envNumber(const char* name, std::uint64_t fallback) {
    bool ok = false;
    const std::uint64_t v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}

// What a lab's frames must be on the wire; the first problem, or empty.
class WireCheck {
public:
    explicit WireCheck(const Network& net)
        : net_(net) {}

    void onEvent(const Event& e) {
        const auto* tx = std::get_if<FrameTxStart>(&e.kind);
        if (!tx || !problem_.isEmpty())
            return;
        const ByteView bytes = tx->frame.view();
        auto frame = ethernet::parseFrame(bytes, false);
        if (!frame) {
            fail(*tx, QStringLiteral("Ethernet frame does not parse"));
            return;
        }
        if (ethernet::computeFcs(bytes) != frame->fcs)
            fail(*tx, QStringLiteral("bad FCS as sent"));
        if (frame->repr.etherType != ethernet::kIpv4)
            return;
        auto ip = ipv4::parse(frame->payload);
        if (!ip) {
            fail(*tx, QStringLiteral("IPv4 packet does not parse"));
            return;
        }
        const std::uint32_t mtu = net_.link(tx->link).params().mtu;
        // Hosts and routers fit every packet to the link (fragmenting); a switch drops a
        // frame too big for its egress link (frame_too_big), so nothing on a link exceeds it.
        if (!ip->checksumOk)
            fail(*tx, QStringLiteral("bad IPv4 header checksum"));
        else if (ip->repr.totalLength > mtu)
            fail(*tx,
                 QStringLiteral("%1-byte packet over MTU %2").arg(ip->repr.totalLength).arg(mtu));
        else if (ip->repr.moreFragments && ip->payload.size() % 8 != 0)
            fail(*tx, QStringLiteral("fragment with MF whose data is not a multiple of 8"));
    }
    const QString& problem() const { return problem_; }

private:
    void fail(const FrameTxStart& tx, const QString& what) {
        problem_ = QStringLiteral("frame %1 on link %2: %3").arg(tx.frameId).arg(tx.link).arg(what);
    }

    const Network& net_;
    QString problem_;
};

// What the generated labs covered, printed at the end so a reader sees the test bites.
struct Coverage {
    int labs = 0, completed = 0, eventStops = 0, memoryStops = 0;
    int fragmented = 0, reassembled = 0, pings = 0, udp = 0, tcp = 0, leases = 0, nat = 0;
    int lossy = 0, corrupted = 0, queueFull = 0, ttlExpired = 0;
    std::vector<quint64> senderFragments; // seeds where a host fragmented its own datagram
};
Coverage coverage;

} // namespace

class TestGeneratedLabs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generatorIsDeterministic();
    void labRunsCleanly_data();
    void labRunsCleanly();
    void cleanupTestCase();
};

void TestGeneratedLabs::generatorIsDeterministic() {
    QCOMPARE(test::generateLabJson(42), test::generateLabJson(42));
    QVERIFY(test::generateLabJson(42) != test::generateLabJson(43));
}

void TestGeneratedLabs::labRunsCleanly_data() {
    QTest::addColumn<quint64>("seed");
    for (const Regression& r : kRegressions)
        QTest::addRow("regression-%llu %s", static_cast<unsigned long long>(r.seed), r.found)
            << quint64(r.seed);
    const std::uint64_t count = envNumber("WIREWALK_GENERATED_LABS", 200);
    const std::uint64_t first = envNumber("WIREWALK_GENERATED_SEED", 1000);
    for (std::uint64_t s = first; s < first + count; ++s)
        QTest::addRow("seed-%llu", static_cast<unsigned long long>(s)) << quint64(s);
}

void TestGeneratedLabs::labRunsCleanly() {
    QFETCH(quint64, seed);
    const QByteArray json = test::generateLabJson(seed);
    const lab::LoadResult loaded = lab::parseLab(json);
    if (!loaded.lab) {
        QString why;
        for (const auto& issue : loaded.issues)
            why += issue.path + QStringLiteral(": ") + issue.message + '\n';
        QFAIL(qPrintable(QStringLiteral("generator bug: the loader refused the lab:\n%1%2")
                             .arg(why, QString::fromUtf8(json))));
    }
    const lab::Lab& lab = *loaded.lab;
    // The writer covers the same input space: what it writes reads back the same.
    QVERIFY(lab::parseLab(lab::toJson(lab)).lab == lab);

    auto net = lab::buildNetwork(lab, seed);
    net->setBudget(testBudget());
    TraceStats stats;
    WireCheck wire(*net);
    bool hostFragmented = false;
    net->bus().subscribe([&](const Event& e) {
        stats.onEvent(e);
        wire.onEvent(e);
        if (const auto* f = std::get_if<Fragmented>(&e.kind))
            hostFragmented = hostFragmented || net->device(f->device).kind() == NetDeviceType::Host;
    });
    QElapsedTimer clock;
    clock.start();
    const bool completed = net->runUntil(secondsToTime(lab.duration));
    const qint64 ms = clock.elapsed();

    const QString context =
        QStringLiteral("seed %1 (tests/generate_lab %1 prints the lab)").arg(seed);
    QVERIFY2(ms < kWallLimitMs, qPrintable(QStringLiteral("%1: %2 ms").arg(context).arg(ms)));
    const auto violations = stats.conservationViolations();
    QVERIFY2(violations.empty(),
             qPrintable(context + ": " +
                        QString::fromStdString(violations.empty() ? "" : violations.front())));
    QVERIFY2(wire.problem().isEmpty(), qPrintable(context + ": " + wire.problem()));
    if (!completed) {
        const BudgetStop& stop = *net->budgetStop();
        QVERIFY(stop.reached > stop.limit);
        QVERIFY(stop.at <= secondsToTime(lab.duration));
    }

    ++coverage.labs;
    coverage.completed += completed;
    coverage.eventStops += !completed && net->budgetStop()->kind == BudgetKind::Events;
    coverage.memoryStops += !completed && net->budgetStop()->kind == BudgetKind::Memory;
    const auto has = [&stats](auto kind) { return stats.count(EventKind(kind).index()) > 0; };
    coverage.fragmented += has(Fragmented{});
    if (hostFragmented)
        coverage.senderFragments.push_back(seed);
    coverage.reassembled += has(Reassembled{});
    coverage.pings += stats.pingsReplied() > 0;
    coverage.udp += stats.udpDelivered() > 0;
    coverage.tcp += has(TcpStateChanged{});
    coverage.leases += has(DhcpLeaseGranted{});
    coverage.nat += has(NatMappingChanged{});
    const auto& reasons = stats.dropsByReason();
    coverage.lossy += reasons.count(DropReason::LinkLoss) > 0;
    coverage.corrupted += reasons.count(DropReason::FcsError) > 0;
    coverage.queueFull += reasons.count(DropReason::QueueFull) > 0;
    coverage.ttlExpired += reasons.count(DropReason::TtlExpired) > 0;
}

void TestGeneratedLabs::cleanupTestCase() {
    const Coverage& c = coverage;
    qInfo("%d labs: %d ran to the end, %d stopped on the event budget, %d on the memory budget; "
          "labs with fragmentation %d, reassembly %d, ping replies %d, UDP delivered %d, TCP %d, "
          "DHCP leases %d, NAT mappings %d, link loss %d, FCS errors %d, full queues %d, TTL "
          "expired %d",
          c.labs, c.completed, c.eventStops, c.memoryStops, c.fragmented, c.reassembled, c.pings,
          c.udp, c.tcp, c.leases, c.nat, c.lossy, c.corrupted, c.queueFull, c.ttlExpired);
    QStringList seeds;
    for (std::size_t i = 0; i < c.senderFragments.size() && i < 10; ++i)
        seeds << QString::number(c.senderFragments[i]);
    qInfo("%d labs had a host fragment its own datagram (the old crash), e.g. seeds %s",
          int(c.senderFragments.size()), qPrintable(seeds.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestGeneratedLabs)
#include "test_generated_labs.moc"
