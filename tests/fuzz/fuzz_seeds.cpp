// Writes the seed corpus of every fuzz target from the built-in labs: their JSON text, and
// the frames each lab puts on its links, cut at each header. Run at fuzz time into the build
// directory (scripts/fuzz.sh), so no binary corpus is committed.
// Usage: fuzz_seeds DIR  ->  DIR/<target>/seed-NNNN
#include "lab/lab_builder.h"
#include "lab/lab_json.h"
#include "sim/time.h"
#include "trace/event.h"
#include "wire/dhcp.h"
#include "wire/dns.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"
#include "wire/tcp.h"
#include "wire/udp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <map>
#include <set>

namespace {

using namespace ww;

// A few frames of each kind are enough seeds; the first of a run are the most varied.
constexpr std::size_t kFramesPerLab = 300;

using Corpus = std::map<std::string, std::set<Bytes>>; // ordered: the same files every time

Bytes withAddresses(const ipv4::Repr& ip, ByteView rest) {
    Bytes out(8);
    writeU32(out, 0, ip.source.value);
    writeU32(out, 4, ip.destination.value);
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
}

Bytes tagged(Protocol start, ByteView rest) {
    Bytes out{static_cast<std::uint8_t>(start)};
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
}

void addSlices(ByteView frame, Corpus& corpus) {
    corpus["ethernet"].emplace(frame.begin(), frame.end());
    corpus["dissect"].insert(tagged(Protocol::Ethernet, frame));
    const auto eth = ethernet::parseFrame(frame, false);
    if (!eth)
        return;
    if (eth->repr.etherType == ethernet::kArp) {
        corpus["arp"].emplace(eth->payload.begin(), eth->payload.end());
        return;
    }
    const auto ip = ipv4::parse(eth->payload);
    if (!ip)
        return;
    corpus["ipv4"].emplace(eth->payload.begin(), eth->payload.end());
    corpus["dissect"].insert(tagged(Protocol::Ipv4, eth->payload));
    if (ip->repr.isFragment())
        return;
    const ByteView l4 = ip->payload;
    if (ip->repr.protocol == ipv4::kIcmp) {
        corpus["icmp"].emplace(l4.begin(), l4.end());
    } else if (ip->repr.protocol == ipv4::kTcp) {
        corpus["tcp"].insert(withAddresses(ip->repr, l4));
        corpus["dissect"].insert(tagged(Protocol::Tcp, l4));
    } else if (ip->repr.protocol == ipv4::kUdp) {
        corpus["udp"].insert(withAddresses(ip->repr, l4));
        const auto udp = udp::parse(l4, ip->repr.source, ip->repr.destination);
        if (!udp)
            return;
        const auto port = [&](std::uint16_t p) {
            return udp->repr.sourcePort == p || udp->repr.destinationPort == p;
        };
        if (port(dhcp::kServerPort) || port(dhcp::kClientPort)) {
            corpus["dhcp"].emplace(udp->payload.begin(), udp->payload.end());
            corpus["dissect"].insert(tagged(Protocol::Dhcp, udp->payload));
        } else if (port(53)) {
            corpus["dns"].emplace(udp->payload.begin(), udp->payload.end());
            corpus["dissect"].insert(tagged(Protocol::Dns, udp->payload));
        }
    }
}

bool writeCorpus(const QString& root, const Corpus& corpus) {
    for (const auto& [target, inputs] : corpus) {
        const QString dir = root + QLatin1Char('/') + QString::fromStdString(target);
        if (!QDir().mkpath(dir))
            return false;
        int n = 0;
        for (const Bytes& input : inputs) {
            QFile f(dir + QStringLiteral("/seed-%1").arg(n++, 4, 10, QLatin1Char('0')));
            if (!f.open(QIODevice::WriteOnly) ||
                f.write(reinterpret_cast<const char*>(input.data()),
                        static_cast<qint64>(input.size())) != static_cast<qint64>(input.size()))
                return false;
        }
        std::printf("%-9s %zu seeds\n", target.c_str(), inputs.size());
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds DIR\n");
        return 2;
    }
    Corpus corpus;
    for (const auto& builtin : lab::builtinLabs()) {
        QFile json(QStringLiteral(":/labs/%1.json").arg(builtin.name));
        if (!json.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray text = json.readAll();
        corpus["lab"].emplace(text.begin(), text.end());
        const auto loaded = lab::parseLab(text);
        if (!loaded.lab)
            return 1;
        auto net = lab::buildNetwork(*loaded.lab, 1);
        std::size_t frames = 0;
        net->bus().subscribe([&](const Event& e) {
            if (const auto* tx = std::get_if<FrameTxStart>(&e.kind); tx && frames < kFramesPerLab) {
                ++frames;
                addSlices(tx->frame.view(), corpus);
            }
        });
        net->runUntil(secondsToTime(loaded.lab->duration));
    }
    return writeCorpus(QString::fromLocal8Bit(argv[1]), corpus) ? 0 : 1;
}
