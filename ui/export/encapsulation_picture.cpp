#include "export/encapsulation_picture.h"

#include "inspector/encapsulation_story.h"
#include "inspector/story_painter.h"
#include "models/recorded_run.h"

#include <QCoreApplication>
#include <memory>

namespace ww::exporting {

namespace {

std::optional<std::size_t> firstBuilt(const ui::RecordedRun& run) {
    const auto& events = run.events();
    for (std::size_t i = 0; i < events.size(); ++i)
        if (std::holds_alternative<PduBuilt>(events[i].kind))
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
        options.event ? std::optional<std::size_t>(*options.event) : firstBuilt(run);
    if (!index)
        return fail(QCoreApplication::translate("EncapsulationPicture",
                                                "--event: no device built a PDU in this run"));
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
    for (std::size_t i = 0; i < events.size() && out.size() < kMaxEncapsulationStories; ++i) {
        const auto* built = std::get_if<PduBuilt>(&events[i].kind);
        if (!built)
            continue;
        Variant v;
        v.name = QString::number(i);
        v.label =
            QCoreApplication::translate("EncapsulationPicture", "event %1: %2 from %3")
                .arg(i)
                .arg(QString::fromLatin1(toString(built->protocol)), run.deviceName(built->device));
        v.options.event = i;
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace ww::exporting
