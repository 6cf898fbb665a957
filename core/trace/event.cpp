#include "trace/event.h"

#include "proto/protocol_registry.h"

#include <string_view>
#include <type_traits>
#include <utility>

namespace ww {

namespace {

// Each event type names itself: the name is bound to the type, not to its
// position in EventKind, and a new event type without a name stops the build.
template <class T> struct EventName {
    static_assert(sizeof(T) == 0, "give the new event type a name below (docs/trace-format.md)");
};
#define WW_EVENT_NAME(Type, text)                                                                  \
    template <> struct EventName<Type> { static constexpr std::string_view value = text; };
WW_EVENT_NAME(PduBuilt, "pdu_built")
WW_EVENT_NAME(HeaderPushed, "header_pushed")
WW_EVENT_NAME(HeaderPopped, "header_popped")
WW_EVENT_NAME(FrameTxStart, "frame_tx_start")
WW_EVENT_NAME(FrameTxEnd, "frame_tx_end")
WW_EVENT_NAME(FrameArrival, "frame_arrival")
WW_EVENT_NAME(ReceiveCheck, "receive_check")
WW_EVENT_NAME(SwitchDecision, "switch_decision")
WW_EVENT_NAME(MacTableChanged, "mac_table_changed")
WW_EVENT_NAME(RouterDecision, "router_decision")
WW_EVENT_NAME(FrameRebuilt, "frame_rebuilt")
WW_EVENT_NAME(Fragmented, "fragmented")
WW_EVENT_NAME(FragmentHeld, "fragment_held")
WW_EVENT_NAME(Reassembled, "reassembled")
WW_EVENT_NAME(ArpCacheChanged, "arp_cache_changed")
WW_EVENT_NAME(ArpResolution, "arp_resolution")
WW_EVENT_NAME(Delivered, "delivered")
WW_EVENT_NAME(PingReply, "ping_reply")
WW_EVENT_NAME(IcmpErrorReceived, "icmp_error_received")
WW_EVENT_NAME(ScenarioStep, "scenario_step")
WW_EVENT_NAME(Drop, "drop")
WW_EVENT_NAME(TcpStateChanged, "tcp_state_changed")
WW_EVENT_NAME(TcpRttSample, "tcp_rtt_sample")
WW_EVENT_NAME(TcpCongestion, "tcp_congestion")
WW_EVENT_NAME(TcpRetransmit, "tcp_retransmit")
WW_EVENT_NAME(NatMappingChanged, "nat_mapping_changed")
WW_EVENT_NAME(DhcpExchange, "dhcp_exchange")
WW_EVENT_NAME(DhcpLeaseGranted, "dhcp_lease_granted")
WW_EVENT_NAME(InterfaceConfigured, "interface_configured")
WW_EVENT_NAME(TcpRtoChanged, "tcp_rto_changed")
WW_EVENT_NAME(DnsLookupStarted, "dns_lookup_started")
WW_EVENT_NAME(DnsPlaceChecked, "dns_place_checked")
WW_EVENT_NAME(DnsQuerySent, "dns_query_sent")
WW_EVENT_NAME(DnsQueryReceived, "dns_query_received")
WW_EVENT_NAME(DnsResponseSent, "dns_response_sent")
WW_EVENT_NAME(DnsResponseReceived, "dns_response_received")
WW_EVENT_NAME(DnsCacheChanged, "dns_cache_changed")
WW_EVENT_NAME(DnsLookupFinished, "dns_lookup_finished")
WW_EVENT_NAME(TracerouteProbeSent, "traceroute_probe_sent")
WW_EVENT_NAME(TracerouteProbeResult, "traceroute_probe_result")
#undef WW_EVENT_NAME

// Every alternative of EventKind has a name, and no two share one.
template <std::size_t... I> constexpr bool namesDistinct(std::index_sequence<I...>) {
    constexpr std::string_view names[] = {
        EventName<std::variant_alternative_t<I, EventKind>>::value...};
    for (std::size_t a = 0; a < sizeof...(I); ++a)
        for (std::size_t b = a + 1; b < sizeof...(I); ++b)
            if (names[a] == names[b])
                return false;
    return true;
}
static_assert(namesDistinct(std::make_index_sequence<std::variant_size_v<EventKind>>{}));

} // namespace

const char* eventTypeName(const EventKind& kind) {
    return std::visit(
        [](const auto& e) { return EventName<std::decay_t<decltype(e)>>::value.data(); }, kind);
}

const char* toString(Layer v) {
    switch (v) {
    case Layer::NetworkInterface:
        return "network_interface";
    case Layer::Internet:
        return "internet";
    case Layer::Transport:
        return "transport";
    case Layer::Application:
        return "application";
    }
    return "unknown";
}

const char* toString(PduName v) {
    switch (v) {
    case PduName::Message:
        return "message";
    case PduName::Segment:
        return "segment";
    case PduName::Datagram:
        return "datagram";
    case PduName::Packet:
        return "packet";
    case PduName::Frame:
        return "frame";
    }
    return "unknown";
}

const char* toString(Protocol v) {
    return proto::describe(v).key;
}

const char* toString(Check v) {
    switch (v) {
    case Check::DestinationMac:
        return "destination_mac";
    case Check::Fcs:
        return "fcs";
    case Check::IpHeaderChecksum:
        return "ip_header_checksum";
    case Check::DestinationIp:
        return "destination_ip";
    case Check::TransportChecksum:
        return "transport_checksum";
    case Check::Port:
        return "port";
    case Check::SequenceNumber:
        return "sequence_number";
    }
    return "unknown";
}

const char* toString(SwitchAction v) {
    switch (v) {
    case SwitchAction::Forwarded:
        return "forwarded";
    case SwitchAction::Flooded:
        return "flooded";
    case SwitchAction::Filtered:
        return "filtered";
    }
    return "unknown";
}

const char* toString(MacTableChange v) {
    switch (v) {
    case MacTableChange::Learned:
        return "learned";
    case MacTableChange::Moved:
        return "moved";
    case MacTableChange::Refreshed:
        return "refreshed";
    case MacTableChange::Aged:
        return "aged";
    }
    return "unknown";
}

const char* toString(RouteKind v) {
    switch (v) {
    case RouteKind::Connected:
        return "connected";
    case RouteKind::Static:
        return "static";
    case RouteKind::Default:
        return "default";
    }
    return "unknown";
}

const char* toString(ArpCacheChange v) {
    switch (v) {
    case ArpCacheChange::Inserted:
        return "inserted";
    case ArpCacheChange::Updated:
        return "updated";
    case ArpCacheChange::Expired:
        return "expired";
    }
    return "unknown";
}

const char* toString(ArpResolutionStep v) {
    switch (v) {
    case ArpResolutionStep::Started:
        return "started";
    case ArpResolutionStep::Retried:
        return "retried";
    case ArpResolutionStep::Resolved:
        return "resolved";
    case ArpResolutionStep::Failed:
        return "failed";
    }
    return "unknown";
}

const char* toString(ActionKind v) {
    switch (v) {
    case ActionKind::Ping:
        return "ping";
    case ActionKind::UdpSend:
        return "udp_send";
    case ActionKind::TcpConnect:
        return "tcp_connect";
    case ActionKind::HttpGet:
        return "http_get";
    case ActionKind::DnsLookup:
        return "dns_lookup";
    case ActionKind::Traceroute:
        return "traceroute";
    }
    return "unknown";
}

const char* toString(TracerouteProbe v) {
    switch (v) {
    case TracerouteProbe::Udp:
        return "udp";
    case TracerouteProbe::Icmp:
        return "icmp";
    }
    return "unknown";
}

const char* toString(DropReason v) {
    switch (v) {
    case DropReason::LinkLoss:
        return "link_loss";
    case DropReason::Injected:
        return "injected";
    case DropReason::QueueFull:
        return "queue_full";
    case DropReason::FcsError:
        return "fcs_error";
    case DropReason::NotForThisMac:
        return "not_for_this_mac";
    case DropReason::SameSegment:
        return "same_segment";
    case DropReason::Malformed:
        return "malformed";
    case DropReason::HeaderChecksum:
        return "header_checksum";
    case DropReason::NotForThisHost:
        return "not_for_this_host";
    case DropReason::NoRoute:
        return "no_route";
    case DropReason::TtlExpired:
        return "ttl_expired";
    case DropReason::ArpFailed:
        return "arp_failed";
    case DropReason::ArpQueueFull:
        return "arp_queue_full";
    case DropReason::FragmentationNeeded:
        return "fragmentation_needed";
    case DropReason::ReassemblyTimeout:
        return "reassembly_timeout";
    case DropReason::BroadcastNotForwarded:
        return "broadcast_not_forwarded";
    case DropReason::PortUnreachable:
        return "port_unreachable";
    case DropReason::ProtocolUnreachable:
        return "protocol_unreachable";
    case DropReason::PrivateDestination:
        return "private_destination";
    case DropReason::NoListener:
        return "no_listener";
    case DropReason::TransportChecksum:
        return "transport_checksum";
    case DropReason::TcpNoConnection:
        return "tcp_no_connection";
    case DropReason::TcpUnacceptable:
        return "tcp_unacceptable";
    case DropReason::NatUntranslatable:
        return "nat_untranslatable";
    case DropReason::FrameTooBig:
        return "frame_too_big";
    }
    return "unknown";
}

const char* toString(TcpState v) {
    switch (v) {
    case TcpState::Closed:
        return "closed";
    case TcpState::Listen:
        return "listen";
    case TcpState::SynSent:
        return "syn_sent";
    case TcpState::SynReceived:
        return "syn_received";
    case TcpState::Established:
        return "established";
    case TcpState::FinWait1:
        return "fin_wait_1";
    case TcpState::FinWait2:
        return "fin_wait_2";
    case TcpState::CloseWait:
        return "close_wait";
    case TcpState::Closing:
        return "closing";
    case TcpState::LastAck:
        return "last_ack";
    case TcpState::TimeWait:
        return "time_wait";
    }
    return "unknown";
}

const char* toString(CongestionChange v) {
    switch (v) {
    case CongestionChange::Grew:
        return "grew";
    case CongestionChange::FastRetransmit:
        return "fast_retransmit";
    case CongestionChange::PartialAck:
        return "partial_ack";
    case CongestionChange::RecoveryEnded:
        return "recovery_ended";
    case CongestionChange::Timeout:
        return "timeout";
    }
    return "unknown";
}

const char* toString(RtoChange v) {
    switch (v) {
    case RtoChange::BackOff:
        return "back_off";
    case RtoChange::HandshakeFallback:
        return "handshake_fallback";
    }
    return "unknown";
}

const char* toString(RetransmitReason v) {
    switch (v) {
    case RetransmitReason::Timeout:
        return "timeout";
    case RetransmitReason::FastRetransmit:
        return "fast_retransmit";
    case RetransmitReason::PartialAck:
        return "partial_ack";
    case RetransmitReason::Probe:
        return "probe";
    }
    return "unknown";
}

} // namespace ww
