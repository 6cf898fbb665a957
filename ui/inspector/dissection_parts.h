#pragma once

// Pieces of the dissector shared by its files: building nodes from field
// tables, and the parts of a PDU that are lists rather than fixed fields
// (TCP options, DHCP options, HTTP lines).
#include "inspector/pdu_dissection.h"

namespace ww::dns {
struct Message;
}

namespace ww::inspector::parts {

DissectionNode layerNode(const QString& key, const QString& label, int offset, int length);
// One node per field of `table` that lies within the header's bytes.
void addFields(DissectionNode& layer, Protocol protocol, FieldTable table, ByteView header,
               int base, int headerLen);
DissectionNode* findChild(DissectionNode& layer, const char* key);
// Appends " [correct]" / " [wrong]" to a checksum field's value.
void markChecksum(DissectionNode& layer, const char* key, bool ok);

// RFC 9293 §3.2: kind, length, value; NOP and EOL are one byte.
void addTcpOptions(DissectionNode& options, ByteView opts, int base);
// RFC 2132: code, length, value; PAD and END are one byte.
void addDhcpOptions(DissectionNode& options, ByteView opts, int base);
// HTTP/1.1 (RFC 9112): CRLF-separated lines up to the empty line, then the body.
void addHttpLines(DissectionNode& layer, ByteView b, int at);
// RFC 1035 §4.1: header (flags as a subtree), then each section's entries; `m` is the
// message `msg` was parsed from, at `base` in the dissected bytes.
void addDnsMessage(DissectionNode& layer, const dns::Message& msg, ByteView m, int base);

} // namespace ww::inspector::parts
