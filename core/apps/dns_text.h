#pragma once

// Records in presentation form, as zone files and dig print them (RFC 1035 §5.1).

#include "trace/dns_event.h"
#include "wire/dns.h"

namespace ww::dns {

// "223.130.200.104", "ns1.naver.com.", "10 mail.naver.com.", "ns1.naver.com. hostmaster... 1 ..."
std::string rdataText(const Record& r);
// "www.naver.com. 300 IN A 223.130.200.104"
std::string recordText(const Record& r);
// Every record of a message, section by section, for the response events.
std::vector<DnsRecordText> messageRecords(const Message& m);

} // namespace ww::dns
