#include "dns/dns_words.h"

#include <QCoreApplication>

namespace ww::ui {

namespace {
struct DnsWords {
    Q_DECLARE_TR_FUNCTIONS(DnsWords)
};
} // namespace

QString dnsRoleWord(DnsRole role) {
    switch (role) {
    case DnsRole::Stub:
        return DnsWords::tr("stub resolver");
    case DnsRole::Resolver:
        return DnsWords::tr("cache DNS server");
    case DnsRole::Forwarder:
        return DnsWords::tr("forwarder");
    case DnsRole::Authoritative:
        return DnsWords::tr("authoritative server");
    }
    return {};
}

QString dnsPlaceWord(DnsPlace place) {
    switch (place) {
    case DnsPlace::StubCache:
        return DnsWords::tr("the stub cache");
    case DnsPlace::HostsFile:
        return DnsWords::tr("the hosts file");
    case DnsPlace::ResolverCache:
        return DnsWords::tr("the resolver's cache");
    case DnsPlace::ForwarderCache:
        return DnsWords::tr("the forwarder's cache");
    case DnsPlace::Zone:
        return DnsWords::tr("its zone data");
    case DnsPlace::Server:
        return DnsWords::tr("a DNS server");
    }
    return {};
}

QString dnsAnswerWord(DnsAnswerKind kind) {
    switch (kind) {
    case DnsAnswerKind::Answer:
        return DnsWords::tr("answer");
    case DnsAnswerKind::Referral:
        return DnsWords::tr("referral");
    case DnsAnswerKind::NxDomain:
        return DnsWords::tr("no such name (NXDOMAIN)");
    case DnsAnswerKind::NoData:
        return DnsWords::tr("no record of that type (NODATA)");
    case DnsAnswerKind::ServFail:
        return DnsWords::tr("server failure (SERVFAIL)");
    case DnsAnswerKind::Refused:
        return DnsWords::tr("refused (REFUSED)");
    }
    return {};
}

QString dnsCacheChangeWord(DnsCacheChange change) {
    switch (change) {
    case DnsCacheChange::Added:
        return DnsWords::tr("added");
    case DnsCacheChange::Expired:
        return DnsWords::tr("expired");
    case DnsCacheChange::NegativeAdded:
        return DnsWords::tr("added (negative)");
    case DnsCacheChange::NegativeExpired:
        return DnsWords::tr("expired (negative)");
    }
    return {};
}

QString dnsOutcomeWord(DnsOutcome outcome) {
    switch (outcome) {
    case DnsOutcome::Answer:
        return DnsWords::tr("answer");
    case DnsOutcome::Referral:
        return DnsWords::tr("referral");
    case DnsOutcome::NxDomain:
        return DnsWords::tr("no such name (NXDOMAIN)");
    case DnsOutcome::NoData:
        return DnsWords::tr("no record of that type (NODATA)");
    case DnsOutcome::ServFail:
        return DnsWords::tr("server failure (SERVFAIL)");
    case DnsOutcome::Refused:
        return DnsWords::tr("refused (REFUSED)");
    case DnsOutcome::Timeout:
        return DnsWords::tr("no answer (timed out)");
    }
    return {};
}

} // namespace ww::ui
