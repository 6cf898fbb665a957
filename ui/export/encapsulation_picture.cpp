#include "export/encapsulation_picture.h"

#include "inspector/encapsulation_story.h"
#include "inspector/story_painter.h"
#include "models/frame_summary.h"
#include "models/recorded_run.h"

#include <QCoreApplication>
#include <memory>

namespace ww::exporting {

namespace {

// Where a PDU starts its way: a segment or datagram gets its transport header
// (after the application data was built), an ARP or ICMP message is built.
// Later headers on the same PDU, and routers re-framing it, are the same story.
std::optional<DeviceId> originDevice(const Event& e) {
    if (const auto* built = std::get_if<PduBuilt>(&e.kind);
        built && built->layer < Layer::Transport)
        return built->device;
    if (const auto* pushed = std::get_if<HeaderPushed>(&e.kind);
        pushed && pushed->layer == Layer::Transport)
        return pushed->device;
    return std::nullopt;
}

std::optional<std::size_t> firstSent(const ui::RecordedRun& run) {
    const auto& events = run.events();
    for (std::size_t i = 0; i < events.size(); ++i)
        if (originDevice(events[i]))
            return i;
    return std::nullopt;
}

} // namespace

std::optional<Picture> encapsulationPicture(const ui::RecordedRun& run, const ViewOptions& options,
                                            QString* problem) {
    auto fail = [&](const QString& why) -> std::optional<Picture> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const std::optional<std::size_t> index =
        options.event ? std::optional<std::size_t>(*options.event) : firstSent(run);
    if (!index)
        return fail(QCoreApplication::translate("EncapsulationPicture",
                                                "--event: no device sent a PDU in this run"));
    const auto& events = run.events();
    if (*index >= events.size())
        return fail(QCoreApplication::translate(
                        "EncapsulationPicture",
                        "--event: '%1' is out of range: this run has events 0 to %2")
                        .arg(*index)
                        .arg(events.empty() ? 0 : events.size() - 1));
    if (!inspector::pduOf(run, *index))
        return fail(QCoreApplication::translate(
                        "EncapsulationPicture",
                        "--event: event %1 (%2) carries no PDU; pick a frame, packet or segment "
                        "event such as frame_tx_start or header_pushed")
                        .arg(*index)
                        .arg(QString::fromLatin1(eventTypeName(events[*index].kind))));
    auto painter =
        std::make_shared<const inspector::StoryPainter>(inspector::buildStory(run, *index));
    if (painter->story().empty())
        return fail(QCoreApplication::translate("EncapsulationPicture", "--event: %1")
                        .arg(painter->story().problem));
    Picture picture;
    picture.title = QCoreApplication::translate("EncapsulationPicture", "Encapsulation of event %1")
                        .arg(*index);
    picture.size = painter->size();
    picture.paint = [painter](QPainter& p) { painter->paint(p); };
    return picture;
}

std::vector<Variant> encapsulationVariants(const ui::RecordedRun& run) {
    std::vector<Variant> out;
    const auto& events = run.events();
    ui::PduDescriber describer; // in trace order, as it expects
    for (std::size_t i = 0; i < events.size() && out.size() < kMaxEncapsulationStories; ++i) {
        const std::optional<DeviceId> origin = originDevice(events[i]);
        if (!origin)
            continue;
        const DeviceId device = *origin;
        const auto* built = std::get_if<PduBuilt>(&events[i].kind);
        const auto* pushed = std::get_if<HeaderPushed>(&events[i].kind);
        QString what;
        if (built && built->protocol == Protocol::Arp)
            what = describer.arpPacket(built->pdu.view()).token;
        // Otherwise the IPv4 packet the same device makes of it next says what it is.
        for (std::size_t j = i + 1; what.isEmpty() && j < events.size() && j <= i + 8; ++j)
            if (const auto* ip = std::get_if<HeaderPushed>(&events[j].kind);
                ip && ip->device == device && ip->protocol == Protocol::Ipv4)
                what = describer.packet(ip->pdu.view()).token;
        if (what.isEmpty())
            what = QString::fromLatin1(toString(built ? built->protocol : pushed->protocol));
        Variant v;
        v.name = QString::number(i);
        v.label = QCoreApplication::translate("EncapsulationPicture", "event %1: %2 from %3")
                      .arg(i)
                      .arg(what, run.deviceName(device));
        v.options.event = i;
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace ww::exporting
