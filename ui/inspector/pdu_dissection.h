#pragma once

#include "trace/event.h"
#include "wire/bytes.h"
#include "wire/field.h"

#include <QString>
#include <vector>

namespace ww::inspector {

// One row of the protocol tree: a layer (top level), a header field, or a
// part of a field (a TCP option, an HTTP line). Byte and bit ranges are
// absolute within the dissected bytes, so the hex pane can highlight them.
struct DissectionNode {
    QString key;     // field key from the wire tables ("ttl"), or the layer name ("ipv4")
    QString label;   // translated display name
    QString value;   // live value as text ("64", "10.0.1.10", "0x0800 (IPv4)")
    QString summary; // translated one-line explanation (empty for layers)
    int byteOffset = 0;
    int byteLength = 0;
    int bitOffset = 0; // absolute; a field narrower than a byte shows its bits here
    int bitWidth = 0;
    std::vector<DissectionNode> children;
};

// A header found in the bytes, for the RFC-style diagram: its field table and
// where the header sits. Which protocols have one is the registry's
// (proto::Descriptor::diagramTitle).
struct DissectedHeader {
    Protocol protocol = Protocol::Data;
    FieldTable table;
    int offset = 0;    // header start within the dissected bytes
    int length = 0;    // header length (without payload)
    int nodeIndex = 0; // index of the layer in Dissection::layers
    int extent = 0;    // bytes the field table covers from offset: the header, or more when
                       // the table ends with the data (ICMP)
};

struct Dissection {
    std::vector<DissectionNode> layers; // Ethernet, IPv4, TCP, HTTP ... outermost first
    std::vector<DissectedHeader> headers;
    QString problem; // "truncated" etc., empty when everything parsed
};

// Dissects bytes that start with a header of protocol `start` (a frame:
// Ethernet). Never fails: truncated or malformed input yields the layers that
// could be read, plus a problem note.
Dissection dissect(ByteView bytes, Protocol start = Protocol::Ethernet);

// Finds the deepest node whose byte range covers `offset` (for click-on-bytes),
// returning the path of child indexes from the top level; empty if none.
std::vector<int> nodePathAt(const Dissection& d, int offset);

// Reads bitWidth bits (at most 64) at bitOffset, big-endian; 0 past the end.
std::uint64_t readBits(ByteView bytes, int bitOffset, int bitWidth);

// The value of a field as text, formatted for its kind (MAC, IPv4, hex ...).
QString fieldValueText(Protocol protocol, const FieldSpec& field, ByteView header);
QString hexText(std::uint64_t v, int digits); // "0x0800"

} // namespace ww::inspector
