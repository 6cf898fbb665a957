#pragma once

#include "trace/dns_event.h"

#include <QString>

namespace ww::ui {

// The DNS event enums in the words of the event list (translated), not the trace's
// snake_case keys: "the stub cache", "referral", "no such name (NXDOMAIN)".
QString dnsRoleWord(DnsRole role);
QString dnsPlaceWord(DnsPlace place);
QString dnsAnswerWord(DnsAnswerKind kind);
QString dnsCacheChangeWord(DnsCacheChange change);
QString dnsOutcomeWord(DnsOutcome outcome);

} // namespace ww::ui
