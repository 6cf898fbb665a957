#include "inspector/encapsulation_story.h"
#include "inspector/journey_key.h"
#include "lab/lab_builder.h"

#include <QCoreApplication>

namespace ww::inspector {

std::optional<EventPdu> pduOf(const RecordedRun& run, std::size_t eventIndex) {
    if (eventIndex >= run.events().size())
        return std::nullopt;
    return std::visit(
        [&](const auto& e) -> std::optional<EventPdu> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, PduBuilt> || std::is_same_v<T, HeaderPushed> ||
                          std::is_same_v<T, HeaderPopped>)
                return EventPdu{e.pdu, e.protocol, e.device};
            else if constexpr (std::is_same_v<T, FrameTxStart>)
                return EventPdu{e.frame, Protocol::Ethernet, e.from};
            else if constexpr (std::is_same_v<T, FrameArrival>)
                return EventPdu{e.frame, Protocol::Ethernet, e.to};
            else if constexpr (std::is_same_v<T, FrameRebuilt>)
                return EventPdu{e.frame, Protocol::Ethernet, e.device};
            else if constexpr (std::is_same_v<T, RouterDecision>)
                return EventPdu{e.packet, Protocol::Ipv4, e.device};
            else if constexpr (std::is_same_v<T, Fragmented>)
                return e.fragments.empty() ? std::nullopt
                                           : std::optional<EventPdu>(EventPdu{
                                                 e.fragments.front(), Protocol::Ipv4, e.device});
            else if constexpr (std::is_same_v<T, ReceiveCheck> || std::is_same_v<T, Drop>) {
                if (!e.pdu.bytes)
                    return std::nullopt;
                // Frames parse as Ethernet with a known EtherType; else a packet or less.
                const bool frame = keyOfFrame(e.pdu.view()).has_value();
                const bool packet = !frame && keyOfPacket(e.pdu.view()).has_value();
                return EventPdu{e.pdu,
                                frame    ? Protocol::Ethernet
                                : packet ? Protocol::Ipv4
                                         : Protocol::Tcp,
                                e.device};
            } else if constexpr (std::is_same_v<T, Delivered>)
                return e.pdu.bytes ? std::optional<EventPdu>(EventPdu{e.pdu, e.protocol, e.device})
                                   : std::nullopt;
            else if constexpr (std::is_same_v<T, SwitchDecision>) {
                for (std::size_t i = eventIndex; i-- > 0;)
                    if (const auto* a = std::get_if<FrameArrival>(&run.events()[i].kind);
                        a && a->frameId == e.frameId)
                        return EventPdu{a->frame, Protocol::Ethernet, e.device};
                return std::nullopt;
            } else
                return std::nullopt;
        },
        run.events()[eventIndex].kind);
}

} // namespace ww::inspector
