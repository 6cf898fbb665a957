// The encapsulation story says true things: who a broadcast or multicast is
// for, which layer handles ARP and ICMP at the receiver, and what each
// fragment carries on its way to the reassembling host.
#include "inspector/encapsulation_story.h"
#include "inspector/story_text.h"
#include "lab/lab_json.h"
#include "recorded_lab.h"
#include "wire/icmp.h"
#include "wire/ipv4.h"

#include <QtTest>
#include <map>

using namespace ww;
using namespace ww::inspector;

namespace {

const RecordedRun& record(const QString& labName) {
    return test::recordBuiltin(labName);
}

// The nth (from 0) PDU built or header pushed of `protocol` ("arp", "icmp", "udp"),
// or with "icmp:TYPE:CODE" the nth ICMP message of that type and code.
std::size_t pduEvent(const RecordedRun& run, const QString& selector, int nth) {
    const QStringList parts = selector.split(':');
    for (std::size_t i = 0; i < run.events().size(); ++i) {
        const auto* b = std::get_if<PduBuilt>(&run.events()[i].kind);
        const auto* p = std::get_if<HeaderPushed>(&run.events()[i].kind);
        const Protocol protocol = b ? b->protocol : p ? p->protocol : Protocol::Data;
        if ((!b && !p) || parts[0] != toString(protocol))
            continue;
        if (parts.size() == 3) {
            const auto m = icmp::parse((b ? b->pdu : p->pdu).view());
            if (!b || !m || m->repr.type != parts[1].toInt() || m->repr.code != parts[2].toInt())
                continue;
        }
        if (nth-- == 0)
            return i;
    }
    return run.events().size();
}

const StoryHop* hopNamed(const EncapsulationStory& story, const QString& name) {
    for (const auto& h : story.hops)
        if (h.deviceName == name)
            return &h;
    return nullptr;
}

QString kindText(StepKind k) {
    switch (k) {
    case StepKind::Checked:
        return "checked";
    case StepKind::Delivered:
        return "delivered";
    case StepKind::Dropped:
        return "dropped";
    case StepKind::CacheUpdated:
        return "cache";
    case StepKind::Answered:
        return "answered";
    case StepKind::Notified:
        return "notified";
    default:
        return "other";
    }
}

QString layerWord(Layer l) {
    switch (l) {
    case Layer::NetworkInterface:
        return "link";
    case Layer::Internet:
        return "internet";
    case Layer::Transport:
        return "transport";
    case Layer::Application:
        return "application";
    }
    return {};
}

// "kind@layer" of the hop's steps after it opened the last header.
QString afterOpening(const StoryHop& hop) {
    std::size_t from = 0;
    for (std::size_t s = 0; s < hop.steps.size(); ++s)
        if (hop.steps[s].kind == StepKind::Popped)
            from = s + 1;
    QStringList parts;
    for (std::size_t s = from; s < hop.steps.size(); ++s)
        parts << kindText(hop.steps[s].kind) + '@' + layerWord(hop.steps[s].layer);
    return parts.join(' ');
}

std::vector<const StoryHop*> routersOf(const EncapsulationStory& story) {
    std::vector<const StoryHop*> routers;
    for (const auto& h : story.hops)
        if (h.role == HopRole::Router)
            routers.push_back(&h);
    return routers;
}

// The Fragmented event of the fragmentation lab's first (unprotected) ping at R1.
const Fragmented& firstFragmentation(const RecordedRun& run) {
    for (const Event& e : run.events())
        if (const auto* f = std::get_if<Fragmented>(&e.kind))
            return *f;
    qFatal("no fragmentation");
}

} // namespace

class TestStory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void title_data();
    void title();
    void receiverEnds_data();
    void receiverEnds();
    void fragmentsOfTheWholePacket();
    void storyOfOneFragment();
};

void TestStory::title_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("title");
    const QString prefix = QStringLiteral("Encapsulation and decapsulation: ");
    QTest::newRow("unicast echo request")
        << "two-lans"
        << "icmp" << 0 << prefix + "ICMP echo request from PC1 to PC3";
    QTest::newRow("broadcast ARP request")
        << "two-lans"
        << "arp" << 0
        << prefix + "ARP request (who has 10.0.1.1?) from PC1 to everyone on 10.0.1.0/24";
    QTest::newRow("unicast ARP reply")
        << "two-lans"
        << "arp" << 1 << prefix + "ARP reply (10.0.1.1 is at 02:00:00:00:04:01) from R1 to PC1";
    QTest::newRow("unicast UDP") << "cast-types"
                                 << "udp" << 0 << prefix + "application data from PC1 to PC3";
    QTest::newRow("limited broadcast")
        << "cast-types"
        << "udp" << 1 << prefix + "application data from PC1 to everyone on 192.168.1.0/24";
    QTest::newRow("multicast with joined members")
        << "cast-types"
        << "udp" << 2 << prefix + "application data from PC1 to group 239.1.1.1 (PC2, PC4 joined)";
    QTest::newRow("directed broadcast")
        << "cast-types"
        << "udp" << 3 << prefix + "application data from PC1 to everyone on 192.168.2.0/24";
}

void TestStory::title() {
    QFETCH(QString, lab);
    QFETCH(QString, selector);
    QFETCH(int, nth);
    QFETCH(QString, title);
    const RecordedRun& run = record(lab);
    const std::size_t event = pduEvent(run, selector, nth);
    QVERIFY(event < run.events().size());
    const EncapsulationStory story = buildStory(run, event);
    QVERIFY2(story.problem.isEmpty(), qPrintable(story.problem));
    QCOMPARE(storyTitle(story), title);
}

void TestStory::receiverEnds_data() {
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<int>("nth");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("steps"); // after the last header it opened
    // RFC 826: the target's ARP module updates its cache and answers; no program sees ARP.
    QTest::newRow("ARP request at the target")
        << "two-lans"
        << "arp" << 0 << "R1"
        << "delivered@internet cache@internet answered@internet";
    QTest::newRow("ARP request at another host") << "two-lans"
                                                 << "arp" << 0 << "PC2"
                                                 << "dropped@internet";
    QTest::newRow("ARP reply at the asker") << "two-lans"
                                            << "arp" << 1 << "PC1"
                                            << "delivered@internet cache@internet";
    // RFC 1122 §3.2.2.6: ICMP answers an echo request itself, in the Internet layer.
    QTest::newRow("echo request") << "two-lans"
                                  << "icmp" << 0 << "PC3"
                                  << "checked@internet delivered@internet answered@internet";
    QTest::newRow("echo reply") << "two-lans"
                                << "icmp" << 1 << "PC1"
                                << "checked@internet delivered@application";
    // RFC 1122 §3.2.2.1: an error goes to the protocol that sent the packet, which tells its user.
    QTest::newRow("host unreachable to a ping")
        << "unreachable"
        << "icmp:3:1" << 0 << "PC1"
        << "checked@internet delivered@internet notified@application";
    QTest::newRow("port unreachable to UDP")
        << "unreachable"
        << "icmp:3:3" << 0 << "PC1"
        << "checked@internet delivered@transport notified@application";
}

void TestStory::receiverEnds() {
    QFETCH(QString, lab);
    QFETCH(QString, selector);
    QFETCH(int, nth);
    QFETCH(QString, device);
    QFETCH(QString, steps);
    const RecordedRun& run = record(lab);
    const std::size_t event = pduEvent(run, selector, nth);
    QVERIFY(event < run.events().size());
    const EncapsulationStory story = buildStory(run, event);
    QVERIFY2(story.problem.isEmpty(), qPrintable(story.problem));
    const StoryHop* hop = hopNamed(story, device);
    QVERIFY(hop);
    QCOMPARE(afterOpening(*hop), steps);
    // Nothing but data for a port is handed to "the application".
    for (const auto& h : story.hops)
        for (const auto& s : h.steps)
            if (s.kind == StepKind::Delivered)
                QVERIFY(s.delivery != Delivery::Application);
}

void TestStory::fragmentsOfTheWholePacket() {
    const RecordedRun& run = record("fragmentation");
    const Fragmented& cut = firstFragmentation(run);
    const EncapsulationStory story = buildStory(run, pduEvent(run, "icmp", 0));
    QVERIFY2(story.problem.isEmpty(), qPrintable(story.problem));
    // Every router the packet (then its fragments) crosses, in order.
    const auto routers = routersOf(story);
    QCOMPARE(routers.size(), std::size_t{2});
    QCOMPARE(routers[0]->deviceName, QStringLiteral("R1"));
    QCOMPARE(routers[1]->deviceName, QStringLiteral("R2"));
    QCOMPARE(story.hops.back().deviceName, QStringLiteral("PC2"));

    // R1 frames each fragment; each step's text names exactly the bytes it carries.
    const auto original = ipv4::parse(cut.original.view());
    QVERIFY(original);
    std::size_t carried = 0;
    std::vector<const StoryStep*> framed;
    for (const auto& s : routers[0]->steps)
        if (s.kind == StepKind::FrameRebuilt)
            framed.push_back(&s);
    QCOMPARE(framed.size(), cut.fragments.size());
    for (std::size_t f = 0; f < cut.fragments.size(); ++f) {
        const auto piece = ipv4::parse(cut.fragments[f].view());
        QVERIFY(piece);
        const std::size_t from = piece->repr.fragmentOffsetBytes();
        const std::size_t to = from + piece->payload.size() - 1;
        QCOMPARE(framed[f]->fragmentIndex, static_cast<int>(f) + 1);
        const QString expected = QStringLiteral("%1, bytes %2–%3; offset %4 (×8 = %2), MF %5")
                                     .arg(from == 0 ? "ICMP header + data" : "ICMP data")
                                     .arg(from)
                                     .arg(to)
                                     .arg(piece->repr.fragmentOffset)
                                     .arg(piece->repr.moreFragments ? 1 : 0);
        QCOMPARE(fragmentContents(*framed[f]), expected);
        carried += piece->payload.size();
    }
    QCOMPARE(carried, original->payload.size()); // 1408: nothing lost, nothing twice

    // R2 forwards every fragment as a packet of its own.
    QStringList forwarded;
    for (const auto& s : routers[1]->steps)
        if (s.kind == StepKind::RouterForward)
            forwarded << QString::number(s.fragmentIndex);
    QCOMPARE(forwarded.join(','), QStringLiteral("1,2,3"));

    // PC2 holds the three fragments, reassembles one datagram, then opens it.
    const StoryHop& receiver = story.hops.back();
    QStringList order;
    for (const auto& s : receiver.steps) {
        if (s.kind == StepKind::Held)
            order << QStringLiteral("held %1@%2").arg(s.fragmentIndex).arg(s.offsetBytes);
        else if (s.kind == StepKind::Reassembled)
            order << QStringLiteral("reassembled %1").arg(s.totalLen());
        else if (s.kind == StepKind::Popped && s.protocol == Protocol::Ipv4)
            order << QStringLiteral("ip opened %1").arg(s.totalLen());
        else if (s.kind == StepKind::Delivered)
            order << QStringLiteral("to ICMP");
    }
    QCOMPARE(order.join(", "), QStringLiteral("held 1@0, held 2@552, held 3@1104, reassembled "
                                              "1428, ip opened 1428, to ICMP"));
    QCOMPARE(static_cast<std::size_t>(original->repr.totalLength), std::size_t{1428});
}

void TestStory::storyOfOneFragment() {
    const RecordedRun& run = record("fragmentation");
    const Fragmented& cut = firstFragmentation(run);
    // The frame R1 puts the second fragment in.
    std::size_t event = run.events().size();
    for (std::size_t i = 0; i < run.events().size() && event == run.events().size(); ++i)
        if (const auto* fr = std::get_if<FrameRebuilt>(&run.events()[i].kind);
            fr && fr->frame.size() >= 14 + cut.fragments[1].size() &&
            std::ranges::equal(cut.fragments[1].view(),
                               fr->frame.view().subspan(14, cut.fragments[1].size())))
            event = i;
    QVERIFY(event < run.events().size());
    const EncapsulationStory story = buildStory(run, event);
    QVERIFY2(story.problem.isEmpty(), qPrintable(story.problem));
    QCOMPARE(story.fragmentIndex, 2);
    QCOMPARE(story.fragmentCount, 3);
    QStringList hops;
    for (const auto& h : story.hops)
        hops << h.deviceName;
    QCOMPARE(hops.join(' '), QStringLiteral("PC1 R1 R2 PC2"));
    // After R1 only this fragment: R2 forwards it once, PC2 holds it, then reassembles.
    const auto routers = routersOf(story);
    int forwards = 0;
    for (const auto& s : routers[1]->steps)
        if (s.kind == StepKind::RouterForward) {
            ++forwards;
            QCOMPARE(s.fragmentIndex, 2);
        }
    QCOMPARE(forwards, 1);
    QStringList receiver;
    for (const auto& s : story.hops.back().steps)
        if (s.kind == StepKind::Held || s.kind == StepKind::Reassembled)
            receiver << (s.kind == StepKind::Held ? QStringLiteral("held %1").arg(s.fragmentIndex)
                                                  : QStringLiteral("reassembled"));
    QCOMPARE(receiver.join(", "), QStringLiteral("held 2, reassembled"));
    QVERIFY(storyTitle(story).contains(QStringLiteral("fragment 2/3 of the ICMP echo request")));
}

QTEST_MAIN(TestStory)
#include "test_story.moc"
