// The engine's fast paths keep their meaning: the scheduler's order and cancellation,
// the TCP send stream made on demand, the JSON Lines writer with and without hex, PDUs as
// slices of shared buffers (never changing a byte an earlier PDU shows).
#include "net/network.h"
#include "sim/simulator.h"
#include "trace/jsonl_writer.h"
#include "transport/send_stream.h"
#include "wire/checksum.h"

#include <QBuffer>
#include <QtTest>
#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace ww;

class TestEngineSpeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void simulatorOrder();
    void simulatorCancel();
    void simulatorCancelWhileRunning();
    void simulatorCallables();
    void simulatorSweepKeepsOrder();
    void simulatorReservedSeries();
    void pduWrapInPlace();
    void pduWrapCopiesWhenRoomIsTaken();
    void pduSliceShares();
    void frameCrcReused();
    void sendStreamPattern_data();
    void sendStreamPattern();
    void sendStreamMixed();
    void jsonlHex();
    void checksumEightBytesAStep();
};

void TestEngineSpeed::simulatorOrder() {
    // Time first, then the order of scheduling; an event "in the past" runs now, after
    // everything already due now.
    Simulator sim;
    std::string ran;
    sim.scheduleAt(30, [&] { ran += 'c'; });
    sim.scheduleAt(10, [&] { ran += 'a'; });
    sim.scheduleAt(10, [&] {
        ran += 'b';
        sim.scheduleAt(0, [&] { ran += 'x'; }); // into the past: runs at 10, after 'y'
    });
    sim.scheduleAt(10, [&] { ran += 'y'; });
    sim.scheduleAt(20, [&] { ran += 'z'; });
    QCOMPARE(sim.pending(), std::size_t{5});
    sim.runUntil(15);
    QCOMPARE(ran, std::string("abyx"));
    QCOMPARE(sim.now(), SimTime{15});
    sim.runUntil(100);
    QCOMPARE(ran, std::string("abyxzc"));
    QCOMPARE(sim.executed(), std::uint64_t{6});
    QVERIFY(sim.empty());
}

void TestEngineSpeed::simulatorReservedSeries() {
    // A series scheduled one member at a time with reserved sequence numbers runs exactly
    // where the same members scheduled all at once would: ties at 10 and 20 go by the order of
    // scheduling, so 'a' (scheduled before the series) runs first and 'z' (after) runs last.
    Simulator sim;
    std::string ran;
    sim.scheduleAt(10, [&] { ran += 'a'; });
    const std::uint64_t first = sim.reserveSequence(3);
    std::function<void(int)> member = [&](int i) {
        sim.scheduleReserved(10 * (i + 1), first + static_cast<std::uint64_t>(i), [&, i] {
            if (i + 1 < 3)
                member(i + 1);
            ran += static_cast<char>('0' + i);
        });
    };
    member(0);
    sim.scheduleAt(10, [&] { ran += 'z'; });
    sim.scheduleAt(20, [&] { ran += 'y'; });
    QCOMPARE(sim.pending(), std::size_t{4}); // one member of the series at a time
    sim.runUntil(100);
    QCOMPARE(ran, std::string("a0z1y2"));
    QCOMPARE(sim.executed(), std::uint64_t{6});
}

void TestEngineSpeed::simulatorCancel() {
    Simulator sim;
    std::string ran;
    EventId a = sim.scheduleAt(10, [&] { ran += 'a'; });
    EventId b = sim.scheduleAt(20, [&] { ran += 'b'; });
    sim.scheduleAt(30, [&] { ran += 'c'; });
    QVERIFY(sim.isPending(a));
    QVERIFY(sim.cancel(a));
    QVERIFY(a.isNone());
    QVERIFY(!sim.cancel(a)); // twice: nothing
    QCOMPARE(sim.pending(), std::size_t{2});
    // A cancelled event at the front never makes the queue look due: runUntil(15) must not
    // run 'b' at 20.
    QVERIFY(!sim.hasEventBy(15));
    QCOMPARE(sim.nextTime(), SimTime{20});
    sim.runUntil(15);
    QCOMPARE(ran, std::string());
    const EventId stale = b;
    sim.runUntil(25);
    QCOMPARE(ran, std::string("b"));
    QVERIFY(!sim.isPending(stale));
    EventId old = stale;
    // Its slot is reused by the next event; the old id must not cancel the new one.
    sim.scheduleAt(40, [&] { ran += 'd'; });
    QVERIFY(!sim.cancel(old));
    sim.runUntil(100);
    QCOMPARE(ran, std::string("bcd"));
    QCOMPARE(sim.executed(), std::uint64_t{3}); // cancelled events are not counted
}

void TestEngineSpeed::simulatorCancelWhileRunning() {
    // A timer that re-arms itself cancels its own (running) id first, as TCP's RTO does.
    Simulator sim;
    EventId timer;
    int fired = 0;
    std::function<void()> fire = [&] {
        ++fired;
        QVERIFY(!sim.isPending(timer));
        QVERIFY(!sim.cancel(timer));
        if (fired < 3)
            timer = sim.schedule(5, fire);
    };
    timer = sim.schedule(5, fire);
    sim.runUntil(100);
    QCOMPARE(fired, 3);
    QCOMPARE(sim.now(), SimTime{100});
}

void TestEngineSpeed::simulatorCallables() {
    // Large captures go to the heap, small ones inline; both run once and are destroyed
    // once, whether run, cancelled, or still queued when the simulator goes.
    auto token = std::make_shared<int>(0);
    {
        Simulator sim;
        std::array<std::uint64_t, 32> big{};
        big[31] = 7;
        sim.scheduleAt(1, [token, big] { *token += static_cast<int>(big[31]); });
        sim.scheduleAt(2, [token] { *token += 1; });
        EventId c = sim.scheduleAt(3, [token] { *token += 100; });
        sim.scheduleAt(50, [token] { *token += 1000; });
        QCOMPARE(token.use_count(), 5L);
        sim.cancel(c);
        QCOMPARE(token.use_count(), 4L);
        sim.runUntil(10);
        QCOMPARE(*token, 8);
        QCOMPARE(token.use_count(), 2L);
    }
    QCOMPARE(token.use_count(), 1L);
    QCOMPARE(*token, 8);
}

void TestEngineSpeed::simulatorSweepKeepsOrder() {
    // Enough cancellations to sweep the heap (two thirds of it); the survivors still run in
    // (time, scheduling order), ties included, and a swept id cancels nothing later.
    Simulator sim;
    std::vector<int> ran;
    std::vector<EventId> ids;
    std::vector<std::pair<SimTime, int>> expected;
    for (int i = 0; i < 600; ++i) {
        const SimTime t = 1000 + (i * 37) % 50; // many ties
        ids.push_back(sim.scheduleAt(t, [&ran, i] { ran.push_back(i); }));
        if (i % 3 == 0)
            expected.emplace_back(t, i);
    }
    const std::vector<EventId> kept = ids; // copies: cancel() clears the id it is given
    for (int i = 0; i < 600; ++i)
        if (i % 3 != 0)
            QVERIFY(sim.cancel(ids[static_cast<std::size_t>(i)]));
    QCOMPARE(sim.pending(), std::size_t{200});
    // Swept slots are reused; their old ids must not cancel the new events.
    sim.scheduleAt(1500, [&ran] { ran.push_back(1000); });
    expected.emplace_back(1500, 1000);
    for (std::size_t i = 1; i < kept.size(); i += 3) {
        EventId old = kept[i];
        QVERIFY(!sim.cancel(old));
    }
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    sim.runUntil(2000);
    QCOMPARE(ran.size(), expected.size());
    for (std::size_t k = 0; k < ran.size(); ++k)
        QCOMPARE(ran[k], expected[k].second);
    QCOMPARE(sim.executed(), std::uint64_t{201});
}

namespace {
std::string text(ByteView v) {
    return std::string(v.begin(), v.end());
}
void put(const PduRef& p, std::size_t at, std::string_view s) {
    std::copy(s.begin(), s.end(), p.fill().begin() + static_cast<std::ptrdiff_t>(at));
}
} // namespace

void TestEngineSpeed::pduWrapInPlace() {
    Network net(1);
    const PduRef data = net.makePdu(5, 8, 4);
    put(data, 0, "hello");
    const PduRef seg = net.wrapPdu(data, 3, 0);
    put(seg, 0, "TCP");
    const PduRef frame = net.wrapPdu(seg, 2, 4);
    put(frame, 0, "EH");
    put(frame, 10, "FCS!");
    // One buffer, each PDU its own id and its own bytes; the inner ones unchanged.
    QCOMPARE(seg.bytes, data.bytes);
    QCOMPARE(frame.bytes, data.bytes);
    QCOMPARE(seg.id, data.id + 1);
    QCOMPARE(frame.id, seg.id + 1);
    QCOMPARE(text(data.view()), std::string("hello"));
    QCOMPARE(text(seg.view()), std::string("TCPhello"));
    QCOMPARE(text(frame.view()), std::string("EHTCPhelloFCS!"));
}

void TestEngineSpeed::pduWrapCopiesWhenRoomIsTaken() {
    Network net(1);
    const PduRef data = net.makePdu(5, 8, 0);
    put(data, 0, "hello");
    const PduRef a = net.wrapPdu(data, 1, 0);
    put(a, 0, "A");
    // The room in front of data is a's now: a second header around data must not write
    // over it, nor may a trailer larger than the room left.
    const PduRef b = net.wrapPdu(data, 1, 0);
    put(b, 0, "B");
    const PduRef c = net.wrapPdu(a, 0, 1);
    put(c, 6, "C");
    QVERIFY(b.bytes != data.bytes);
    QVERIFY(c.bytes != a.bytes);
    QCOMPARE(text(a.view()), std::string("Ahello"));
    QCOMPARE(text(b.view()), std::string("Bhello"));
    QCOMPARE(text(c.view()), std::string("AhelloC"));
    // A slice of a received PDU is not its buffer's front: wrapping it copies too.
    const PduRef inner = net.slicePdu(a, a.view().subspan(1));
    const PduRef d = net.wrapPdu(inner, 1, 0);
    put(d, 0, "D");
    QVERIFY(d.bytes != a.bytes);
    QCOMPARE(text(a.view()), std::string("Ahello"));
    QCOMPARE(text(d.view()), std::string("Dhello"));
}

void TestEngineSpeed::pduSliceShares() {
    Network net(1);
    const PduRef frame = net.makePdu(Bytes{'h', 'd', 'r', 'p', 'a', 'y'});
    const PduRef payload = net.slicePdu(frame, frame.view().subspan(3));
    QCOMPARE(payload.bytes, frame.bytes);
    QCOMPARE(payload.id, frame.id + 1);
    QCOMPARE(text(payload.view()), std::string("pay"));
    QCOMPARE(payload.size(), std::size_t{3});
    // Bytes from elsewhere are copied into a PDU of their own.
    const Bytes other{'x', 'y'};
    const PduRef copied = net.slicePdu(frame, other);
    QVERIFY(copied.bytes != frame.bytes);
    QCOMPARE(text(copied.view()), std::string("xy"));
    QCOMPARE(PduRef{}.size(), std::size_t{0});
    QVERIFY(PduRef{}.view().empty());
}

void TestEngineSpeed::frameCrcReused() {
    Network net(1);
    const PduRef frame = net.makePdu(Bytes(64, 0x5a));
    const std::uint32_t crc = crc32(frame.view().first(60));
    QCOMPARE(Network::frameCrc(frame), crc);
    // A corrupted copy is a new buffer and gets its own CRC.
    Bytes flipped = frame.copy();
    flipped[3] ^= 1;
    const PduRef bad = net.makePdu(flipped);
    QVERIFY(Network::frameCrc(bad) != crc);
    QCOMPARE(Network::frameCrc(bad), crc32(ByteView(flipped).first(60)));
    // A slice of a buffer (a different region) does not take the frame's CRC.
    const PduRef part = net.slicePdu(frame, frame.view().first(32));
    QCOMPARE(Network::frameCrc(part), crc32(frame.view().first(28)));
    QCOMPARE(Network::frameCrc(frame), crc);
}

void TestEngineSpeed::sendStreamPattern_data() {
    QTest::addColumn<quint64>("offset");
    QTest::addColumn<quint64>("len");
    QTest::newRow("start") << quint64{0} << quint64{30};
    QTest::newRow("one segment mid-way") << quint64{1460 * 7 + 3} << quint64{1460};
    QTest::newRow("past 2^32") << quint64{(1ull << 32) + 11} << quint64{52};
}

void TestEngineSpeed::sendStreamPattern() {
    // The bytes a lab transfer sends: 'A' + (offset mod 26), as the buffer the lab used to
    // build; memory is what is held, not the size queued.
    QFETCH(quint64, offset);
    QFETCH(quint64, len);
    tcp::SendStream s;
    s.appendPattern(std::uint64_t{6} << 30);
    QCOMPARE(s.size(), std::uint64_t{6} << 30);
    const Bytes got = s.copy(offset, len);
    QCOMPARE(got.size(), std::size_t(len));
    for (std::size_t i = 0; i < got.size(); ++i)
        QCOMPARE(got[i], static_cast<std::uint8_t>('A' + (offset + i) % 26));
    s.drop(offset);
    QCOMPARE(s.size(), (std::uint64_t{6} << 30) - offset);
    QCOMPARE(s.copy(0, len), got);
    QCOMPARE(s.at(0), got[0]);
}

void TestEngineSpeed::sendStreamMixed() {
    // Written bytes and the pattern queue in order; dropping crosses pieces.
    tcp::SendStream s;
    const Bytes hello{'h', 'e', 'l', 'l', 'o'};
    s.append(hello);
    s.appendPattern(30);
    s.append(hello);
    QCOMPARE(s.size(), std::uint64_t{40});
    const Bytes all = s.copy(0, 40);
    QCOMPARE(std::string(all.begin(), all.end()),
             std::string("helloABCDEFGHIJKLMNOPQRSTUVWXYZABCDhello"));
    s.drop(3);
    QCOMPARE(s.at(0), std::uint8_t{'l'});
    s.drop(4); // across the first piece into the pattern
    const Bytes rest = s.copy(0, s.size());
    QCOMPARE(std::string(rest.begin(), rest.end()),
             std::string("CDEFGHIJKLMNOPQRSTUVWXYZABCDhello"));
    s.drop(100);
    QVERIFY(s.empty());
}

void TestEngineSpeed::jsonlHex() {
    // With hex, a PDU's bytes go with its first appearance only; without, never, and the
    // rest of each line is the same.
    auto bytes = std::make_shared<PduBuffer>(PduBuffer{Bytes{0xde, 0xad, 0x01}, 0, 3});
    const PduRef p{42, bytes, 0, 3};
    const MacAddress m = MacAddress::local(0x0102);
    auto write = [&](bool hex) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            JsonlTraceWriter w(out, hex);
            for (std::uint64_t seq : {1u, 2u})
                w.onEvent(Event{5, seq, FrameArrival{0, 1, 2, 7, p, false}});
        }
        return out.data().toStdString();
    };
    const std::string withHex = write(true), without = write(false);
    QCOMPARE(QString::fromStdString(withHex).count(QStringLiteral("\"hex\":\"dead01\"")), 1);
    QVERIFY(without.find("hex") == std::string::npos);
    QVERIFY(without.find("\"id\":42,\"len\":3}") != std::string::npos);
    std::string stripped = withHex;
    stripped.erase(stripped.find(",\"hex\":\"dead01\""), std::string(",\"hex\":\"dead01\"").size());
    QCOMPARE(stripped, without);
    // Addresses and MACs formatted in place read like their toString().
    std::string line;
    JsonLine(line).ip("a", Ipv4Address{0x0a000114}).mac("m", m).num("n", 0).snum("s", -12).end();
    QCOMPARE(line, "{\"a\":\"10.0.1.20\",\"m\":\"" + m.toString() + "\",\"n\":0,\"s\":-12}\n");
}

void TestEngineSpeed::checksumEightBytesAStep() {
    // The eight-bytes-a-step sum folds to the same checksum as 16-bit words one by one, at
    // every length and alignment, with a running sum carried in, all zero bytes included.
    auto wordByWord = [](ByteView d, std::uint32_t sum) {
        std::uint64_t acc = sum;
        std::size_t i = 0;
        for (; i + 1 < d.size(); i += 2)
            acc += static_cast<std::uint32_t>((d[i] << 8) | d[i + 1]);
        if (i < d.size())
            acc += static_cast<std::uint32_t>(d[i] << 8);
        while (acc >> 16)
            acc = (acc & 0xffff) + (acc >> 16);
        return static_cast<std::uint16_t>(~acc);
    };
    Bytes data(300);
    std::uint32_t x = 99;
    for (auto& b : data) {
        x = x * 1103515245u + 12345u;
        b = static_cast<std::uint8_t>(x >> 16);
    }
    const Bytes zeros(64, 0);
    const Bytes ones(64, 0xff);
    for (const Bytes* d : std::array<const Bytes*, 3>{&data, &zeros, &ones})
        for (std::size_t start : {0u, 1u, 5u})
            for (std::size_t len = 0; start + len <= std::min<std::size_t>(d->size(), 200); ++len)
                for (std::uint32_t sum : {0u, 0x1234u, 0xffffu, 0x3fffdu}) {
                    const ByteView v = ByteView(*d).subspan(start, len);
                    QCOMPARE(foldChecksum(onesComplementSum(v, sum)), wordByWord(v, sum));
                }
}

QTEST_APPLESS_MAIN(TestEngineSpeed)
#include "test_engine_speed.moc"
