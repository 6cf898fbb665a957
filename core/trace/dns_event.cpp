#include "trace/dns_event.h"

namespace ww {

// JSON Lines names (docs/trace-format.md). No default: a new value stops the build.

const char* toString(DnsRole v) {
    switch (v) {
    case DnsRole::Stub:
        return "stub";
    case DnsRole::Resolver:
        return "resolver";
    case DnsRole::Forwarder:
        return "forwarder";
    case DnsRole::Authoritative:
        return "authoritative";
    }
    return "unknown";
}

const char* toString(DnsPlace v) {
    switch (v) {
    case DnsPlace::StubCache:
        return "stub_cache";
    case DnsPlace::HostsFile:
        return "hosts_file";
    case DnsPlace::ResolverCache:
        return "resolver_cache";
    case DnsPlace::ForwarderCache:
        return "forwarder_cache";
    case DnsPlace::Zone:
        return "zone";
    case DnsPlace::Server:
        return "server";
    }
    return "unknown";
}

const char* toString(DnsAnswerKind v) {
    switch (v) {
    case DnsAnswerKind::Answer:
        return "answer";
    case DnsAnswerKind::Referral:
        return "referral";
    case DnsAnswerKind::NxDomain:
        return "nxdomain";
    case DnsAnswerKind::NoData:
        return "nodata";
    case DnsAnswerKind::ServFail:
        return "servfail";
    case DnsAnswerKind::Refused:
        return "refused";
    }
    return "unknown";
}

const char* toString(DnsCacheChange v) {
    switch (v) {
    case DnsCacheChange::Added:
        return "added";
    case DnsCacheChange::Expired:
        return "expired";
    case DnsCacheChange::NegativeAdded:
        return "negative_added";
    case DnsCacheChange::NegativeExpired:
        return "negative_expired";
    }
    return "unknown";
}

const char* toString(DnsOutcome v) {
    switch (v) {
    case DnsOutcome::Answer:
        return "answer";
    case DnsOutcome::Referral:
        return "referral";
    case DnsOutcome::NxDomain:
        return "nxdomain";
    case DnsOutcome::NoData:
        return "nodata";
    case DnsOutcome::ServFail:
        return "servfail";
    case DnsOutcome::Refused:
        return "refused";
    case DnsOutcome::Timeout:
        return "timeout";
    }
    return "unknown";
}

const char* toString(DnsSection v) {
    switch (v) {
    case DnsSection::Answer:
        return "answer";
    case DnsSection::Authority:
        return "authority";
    case DnsSection::Additional:
        return "additional";
    }
    return "unknown";
}

} // namespace ww
