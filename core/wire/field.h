#pragma once

#include <QtGlobal>
#include <span>

namespace ww {

// One header field, declared once per protocol. The parsers, the packet
// inspector's byte highlighting and the RFC-style header diagrams all read
// these tables, so an offset is never written twice.
struct FieldSpec {
    const char* key;     // stable identifier, also used in error reports ("ihl")
    const char* label;   // display name, translated in context "wire" ("Header Length")
    int bitOffset;       // from the start of the header
    int bitWidth;        // 0: variable length, runs to the end of the header
    const char* summary; // one line for students, translated in context "wire"
};

using FieldTable = std::span<const FieldSpec>;

constexpr int byteOffset(const FieldSpec& f) {
    return f.bitOffset / 8;
}

} // namespace ww
