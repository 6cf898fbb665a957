#include "trace/event.h"

#include <iterator>

namespace ww {

const char* eventTypeName(const EventKind& kind) {
    static constexpr const char* kNames[] = {
        "pdu_built",           "header_pushed",   "header_popped",
        "frame_tx_start",      "frame_tx_end",    "frame_arrival",
        "receive_check",       "switch_decision", "mac_table_changed",
        "router_decision",     "frame_rebuilt",   "fragmented",
        "fragment_held",       "reassembled",     "arp_cache_changed",
        "arp_resolution",      "delivered",       "ping_reply",
        "icmp_error_received", "scenario_step",   "drop",
        "tcp_state_changed",   "tcp_rtt_sample",  "tcp_congestion",
        "tcp_retransmit",      "nat_mapping_changed", "dhcp_exchange",
        "dhcp_lease_granted",  "interface_configured",
        "tcp_rto_changed", // appended: the indices above stay as they were
    };
    static_assert(std::size(kNames) == std::variant_size_v<EventKind>);
    return kNames[kind.index()];
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
    switch (v) {
    case Protocol::Ethernet:
        return "ethernet";
    case Protocol::Arp:
        return "arp";
    case Protocol::Ipv4:
        return "ipv4";
    case Protocol::Icmp:
        return "icmp";
    case Protocol::Udp:
        return "udp";
    case Protocol::Tcp:
        return "tcp";
    case Protocol::Http:
        return "http";
    case Protocol::Data:
        return "data";
    }
    return "unknown";
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
