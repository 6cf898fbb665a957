#include "inspector/story_painter.h"

#include "inspector/pdu_dissection.h"
#include "inspector/story_geometry.h"
#include "inspector/story_text.h"
#include "wire/ethernet.h"
#include "wire/ipv4.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace ww::inspector {

namespace {

int bandOf(Layer l) {
    return 3 - static_cast<int>(l);
}

QString shortName(Protocol p) {
    return p == Protocol::Ethernet ? QStringLiteral("Eth") : protocolText(p);
}

} // namespace

using namespace geometry;

StoryPainter::StoryPainter(EncapsulationStory story)
    : story_(std::move(story)) {
    order_ = story_.stepOrder();
    buildChain();
    layOut();
}

void StoryPainter::buildChain() {
    if (story_.hops.empty())
        return;
    for (const StoryStep& s : story_.hops.front().steps) {
        if (s.kind != StepKind::Built && s.kind != StepKind::Pushed)
            continue;
        ChainBox b{s.layer, s.protocol, s.name, s.headerLen, s.trailerLen, s.totalLen(), {}};
        if (s.kind == StepKind::Built) {
            if (s.headerLen > 0) // the 2-byte length before a DNS message over TCP
                b.segments.push_back(
                    {QCoreApplication::translate("StoryPainter", "length %1").arg(s.headerLen),
                     s.protocol, false});
            b.segments.push_back(
                {shortName(s.protocol) + ' ' + QString::number(s.payloadLen()), s.protocol, false});
        } else {
            b.segments.push_back(
                {shortName(s.protocol) + ' ' + QString::number(s.headerLen), s.protocol, false});
            if (!chain_.empty()) {
                const auto& inner = chain_.back().segments;
                b.segments.insert(b.segments.end(), inner.begin(), inner.end());
            } else if (s.payloadLen() > 0) {
                b.segments.push_back(
                    {protocolText(Protocol::Data) + ' ' + QString::number(s.payloadLen()),
                     Protocol::Data, false});
            }
            if (s.trailerLen > 0) // padding to the 64-byte minimum travels with the FCS
                b.segments.push_back(
                    {(s.trailerLen > 4 ? QCoreApplication::translate("StoryPainter", "pad+FCS ")
                                       : QStringLiteral("FCS ")) +
                         QString::number(s.trailerLen),
                     s.protocol, true});
        }
        // Fold an inner trailer after the data: a frame's FCS is always last.
        std::stable_partition(b.segments.begin(), b.segments.end(),
                              [](const Segment& g) { return !g.trailer; });
        chain_.push_back(std::move(b));
    }
}

int StoryPainter::fragmentBox(const StoryStep& s) {
    ChainBox b{s.layer, s.protocol, s.name, s.headerLen, s.trailerLen, s.totalLen(), {}};
    ByteView bytes = s.pdu.view();
    if (s.protocol == Protocol::Ethernet) {
        b.segments.push_back(
            {shortName(Protocol::Ethernet) + QStringLiteral(" 14"), Protocol::Ethernet, false});
        bytes = bytes.subspan(std::min(bytes.size(), ethernet::kHeaderLen));
    }
    const auto ip = ipv4::parse(bytes);
    if (!ip)
        return -1;
    const Protocol transport = ip->repr.protocol == ipv4::kIcmp  ? Protocol::Icmp
                               : ip->repr.protocol == ipv4::kUdp ? Protocol::Udp
                               : ip->repr.protocol == ipv4::kTcp ? Protocol::Tcp
                                                                 : Protocol::Data;
    b.segments.push_back(
        {QStringLiteral("IP %1").arg(ip->repr.headerLen()), Protocol::Ipv4, false});
    int data = static_cast<int>(ip->payload.size());
    // Only the first fragment starts with the transport header; later ones are raw bytes of it.
    if (ip->repr.fragmentOffset == 0 && transport != Protocol::Data) {
        const int header = transport != Protocol::Tcp ? std::min(8, data)
                           : data >= 20               ? (static_cast<int>(ip->payload[12]) >> 4) * 4
                                                      : data;
        b.segments.push_back(
            {shortName(transport) + ' ' + QString::number(header), transport, false});
        data -= header;
    }
    b.segments.push_back({QCoreApplication::translate("StoryPainter", "%1 data %2")
                              .arg(shortName(transport))
                              .arg(data),
                          Protocol::Data, false});
    if (s.protocol == Protocol::Ethernet) {
        const int trailer =
            static_cast<int>(s.pdu.size() - ethernet::kHeaderLen - ip->repr.totalLength);
        b.segments.push_back({(trailer > 4 ? QCoreApplication::translate("StoryPainter", "pad+FCS ")
                                           : QStringLiteral("FCS ")) +
                                  QString::number(trailer),
                              Protocol::Ethernet, true});
    }
    chain_.push_back(std::move(b));
    return static_cast<int>(chain_.size()) - 1;
}

int StoryPainter::panelStep(const StoryHop& hop) {
    for (std::size_t s = 0; s < hop.steps.size(); ++s)
        if (hop.steps[s].kind == StepKind::FrameRebuilt && hop.steps[s].frameBefore.bytes)
            return static_cast<int>(s);
    return -1;
}

int StoryPainter::segmentWidth(const Segment& g) {
    const int base = g.trailer                      ? kTrailerSegW
                     : g.protocol == Protocol::Data ? kDataSegW
                                                    : kHeaderSegW;
    return std::max(base, 7 * static_cast<int>(g.label.size()) + 12); // "ICMP 1408" must fit
}

int StoryPainter::boxWidth(const ChainBox& b) const {
    int w = 0;
    for (const Segment& g : b.segments)
        w += segmentWidth(g);
    return w;
}

int StoryPainter::itemHeight(const Item& it) const {
    return it.box >= 0 ? kBoxH + 2 * kLineH + 8 : kLineH * it.lines;
}

void StoryPainter::layOut() {
    auto outermostAt = [this](Layer l) {
        int found = -1;
        for (std::size_t i = 0; i < senderBoxes_; ++i)
            if (chain_[i].layer == l)
                found = static_cast<int>(i);
        return found;
    };
    senderBoxes_ = chain_.size(); // fragment boxes made below come after the sender's
    for (std::size_t h = 0; h < story_.hops.size(); ++h)
        if (story_.hops[h].role != HopRole::Bystander)
            columns_.push_back(static_cast<int>(h));
    items_.assign(columns_.size(), std::vector<std::vector<Item>>(4));
    int flat = 0, chainIndex = 0;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const StoryHop& hop = story_.hops[static_cast<std::size_t>(columns_[c])];
        // order_ walks hops in order; skip the flat indexes of hops not drawn as columns.
        while (order_[static_cast<std::size_t>(flat)].first != columns_[c])
            ++flat;
        for (const StoryStep& s : hop.steps) {
            Item it;
            it.flat = flat++;
            int band = bandOf(s.layer);
            switch (s.kind) {
            case StepKind::Built:
            case StepKind::Pushed:
                if (hop.role == HopRole::Sender) {
                    it.box = chainIndex++;
                    it.text = pduCaption(s.protocol, s.name);
                    it.detail =
                        s.kind == StepKind::Built && s.headerLen > 0
                            ? QCoreApplication::translate("StoryPainter",
                                                          "2-byte length + %1 = %2 bytes")
                                  .arg(s.payloadLen())
                                  .arg(s.totalLen())
                        : s.kind == StepKind::Built
                            ? QCoreApplication::translate("StoryPainter", "%1 bytes")
                                  .arg(s.totalLen())
                        : s.trailerLen > 0
                            ? QCoreApplication::translate("StoryPainter", "%1 + %2 + %3 = %4 bytes")
                                  .arg(s.headerLen)
                                  .arg(s.payloadLen())
                                  .arg(s.trailerLen)
                                  .arg(s.totalLen())
                            : QCoreApplication::translate("StoryPainter", "%1 + %2 = %3 bytes")
                                  .arg(s.headerLen)
                                  .arg(s.payloadLen())
                                  .arg(s.totalLen());
                } else {
                    it.text = stepSentence(it.flat);
                }
                break;
            case StepKind::Popped:
                it.box = s.fragmentIndex > 0 ? fragmentBox(s) : outermostAt(s.layer);
                it.text =
                    fragmentPrefix(s) + QCoreApplication::translate("StoryPainter", "%1 opened")
                                            .arg(pduCaption(s.protocol, s.name));
                it.detail = s.fragmentIndex > 0
                                ? fragmentContents(s)
                                : QCoreApplication::translate("StoryPainter", "header −%1 bytes")
                                      .arg(s.headerLen + s.trailerLen);
                break;
            case StepKind::FrameRebuilt:
                if (s.fragmentIndex > 0) {
                    it.box = fragmentBox(s);
                    it.text =
                        fragmentPrefix(s) +
                        QCoreApplication::translate("StoryPainter", "new frame: new MAC addresses");
                    it.detail = fragmentContents(s);
                    break;
                }
                it.box = outermostAt(Layer::NetworkInterface);
                it.text =
                    QCoreApplication::translate("StoryPainter", "new frame: new MAC addresses");
                it.detail = QCoreApplication::translate("StoryPainter", "same packet inside");
                break;
            case StepKind::Checked:
                it.text = checkText(s);
                it.good = s.passed;
                it.bad = !s.passed;
                break;
            case StepKind::SwitchForward:
                it.text = s.switchAction == SwitchAction::Flooded
                              ? QCoreApplication::translate("StoryPainter",
                                                            "Ethernet header only → flooded")
                              : QCoreApplication::translate("StoryPainter",
                                                            "Ethernet header only → forwarded");
                band = 3;
                break;
            case StepKind::RouterForward:
                it.text =
                    fragmentPrefix(s) +
                    QCoreApplication::translate("StoryPainter", "TTL %1 → %2, checksum recomputed")
                        .arg(s.ttlBefore)
                        .arg(s.ttlAfter);
                break;
            case StepKind::Fragmented:
                it.text = QCoreApplication::translate("StoryPainter", "MTU %1: %2 fragments")
                              .arg(s.mtu)
                              .arg(s.fragmentCount);
                band = 2;
                break;
            case StepKind::Dropped:
                it.bad = true;
                [[fallthrough]];
            case StepKind::Delivered:
            case StepKind::CacheUpdated:
            case StepKind::Answered:
            case StepKind::Held:
            case StepKind::Reassembled:
            case StepKind::Notified:
                it.text = receiveLine(s); // each in the layer that does it (s.layer)
                break;
            case StepKind::OnWire:
                continue; // drawn on the link, not in a band
            }
            if (it.box < 0 && it.text.isEmpty())
                continue;
            // The second and third fragments pass the same checks: say it once.
            auto& inBand = items_[c][static_cast<std::size_t>(band)];
            if (it.box < 0 && std::any_of(inBand.begin(), inBand.end(), [&](const Item& other) {
                    return other.box < 0 && other.text == it.text;
                }))
                continue;
            inBand.push_back(it);
        }
    }
    int frameW = 0;
    for (const ChainBox& b : chain_)
        frameW = std::max(frameW, boxWidth(b));
    columnWidth_ = std::max(340, frameW + kArrowW + 24);
    // Switches open no PDU, they only get a line of text: a narrower column.
    int x = kMargin + kLabelW;
    for (int hop : columns_) {
        const HopRole role = story_.hops[static_cast<std::size_t>(hop)].role;
        const int w = role == HopRole::Switch ? std::min(columnWidth_, 320) : columnWidth_;
        columnX_.push_back(x);
        columnW_.push_back(w);
        x += w + kGap;
    }
    // Long lines wrap inside their column (Korean runs longer than English).
    QFont text;
    text.setPixelSize(13);
    text.setBold(true); // the wider of the two weights drawn
    const QFontMetrics metrics(text);
    for (std::size_t c = 0; c < items_.size(); ++c)
        for (auto& band : items_[c])
            for (Item& it : band)
                if (it.box < 0) {
                    const QRect r = metrics.boundingRect(
                        QRect(0, 0, columnW_[c] - kArrowW - 4, 10000), Qt::TextWordWrap, it.text);
                    it.lines = std::max(1, (r.height() + metrics.lineSpacing() / 2) /
                                               std::max(1, metrics.lineSpacing()));
                }
    bandHeight_.assign(4, 72);
    for (std::size_t band = 0; band < 4; ++band)
        for (const auto& col : items_) {
            int h = 16;
            for (const Item& it : col[band])
                h += itemHeight(it) + 4;
            bandHeight_[band] = std::max(bandHeight_[band], h);
        }
    int stackH = kTitleH + kHeaderH + kWireH;
    for (int h : bandHeight_)
        stackH += h;
    const int stackW = x + kMargin;
    for (const StoryHop& h : story_.hops)
        if (panelStep(h) >= 0)
            ++routerPanels_;
    int panelH = 0;
    if (routerPanels_ > 0)
        panelH = 56 + kRowH * static_cast<int>(routerFields(story_.frame).size());
    const int width = std::max(stackW, kMargin * 2 + routerPanels_ * (kRouterPanelW + kGap));
    size_ = QSize(width, stackH + panelH + 6 * kLineH + kMargin * 2);
}

QString StoryPainter::stepSentence(int index) const {
    if (index < 0 || index >= stepCount())
        return {};
    const auto [h, s] = order_[static_cast<std::size_t>(index)];
    const StoryHop& hop = story_.hops[static_cast<std::size_t>(h)];
    return inspector::stepSentence(hop, hop.steps[static_cast<std::size_t>(s)]);
}

void StoryPainter::paintBox(QPainter& p, const ChainBox& b, int x, int y) const {
    p.setFont(font(p, 11, true));
    for (const Segment& g : b.segments) {
        const int w = segmentWidth(g);
        const QRect r(x, y, w, kBoxH);
        p.setPen(QPen(kInk, 1));
        p.setBrush(g.trailer ? protocolColor(g.protocol).darker(115) : protocolColor(g.protocol));
        p.drawRect(r);
        p.drawText(r, Qt::AlignCenter, g.label);
        x += w;
    }
}

QString StoryPainter::mtuNote() const {
    for (const StoryHop& h : story_.hops)
        for (const StoryStep& s : h.steps)
            if (s.kind == StepKind::Fragmented)
                return QCoreApplication::translate(
                           "StoryPainter",
                           "The %1-byte IP packet does not fit the next link's MTU of %2 bytes "
                           "(MTU is a property of the link): %3 splits it into %4 fragments; "
                           "the fragment offset counts 8-byte units")
                    .arg(s.frameBefore.size())
                    .arg(s.mtu)
                    .arg(h.deviceName)
                    .arg(s.fragmentCount);
    for (const ChainBox& b : chain_)
        if (b.protocol == Protocol::Ipv4 && chain_.size() >= 2) {
            const ChainBox* transport = nullptr;
            for (const ChainBox& t : chain_)
                if (t.layer == Layer::Transport)
                    transport = &t;
            if (!transport)
                return QCoreApplication::translate(
                           "StoryPainter",
                           "IP packet: %1 + %2 = %3 bytes of the link's MTU 1500 (MTU belongs to "
                           "the link)")
                    .arg(b.headerLen)
                    .arg(b.total - b.headerLen)
                    .arg(b.total);
            return QCoreApplication::translate(
                       "StoryPainter",
                       "%1 data + %2 %3 header + %4 IP header = %5 bytes; Ethernet's MTU is 1500 "
                       "(a full TCP segment: 1460 + 20 + 20 = 1500)")
                .arg(transport->total - transport->headerLen)
                .arg(transport->headerLen)
                .arg(protocolText(transport->protocol))
                .arg(b.headerLen)
                .arg(b.total);
        }
    return {};
}

} // namespace ww::inspector
