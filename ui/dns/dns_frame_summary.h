#pragma once

#include "wire/bytes.h"

#include <QString>

namespace ww::ui {

// Wireshark's Info column for a DNS message (the message alone, no TCP length prefix):
// "Standard query 0x1a2b A www.naver.com", "Standard query response 0x1a2b A
// www.naver.com CNAME www.naver.com.nheos.com A 223.130.200.104", with the RCODE's name
// after the ID when it is not NOERROR ("No such name") and every record of the three
// sections, as tshark prints them. A message that does not parse says why.
QString dnsInfo(ByteView message);

} // namespace ww::ui
