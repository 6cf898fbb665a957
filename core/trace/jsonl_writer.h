#pragma once

#include "trace/event.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

class QIODevice;

namespace ww {

// PDU ids already written in full. Ids grow from 1 as PDUs are made, so a bitmap indexed by
// id is small and needs no hashing.
class SeenPdus {
public:
    // True the first time `id` is given.
    bool insert(std::uint64_t id) {
        const std::size_t word = id / 64;
        if (word >= bits_.size())
            bits_.resize(std::max(word + 1, bits_.size() * 2), 0);
        const std::uint64_t bit = std::uint64_t{1} << (id % 64);
        const bool fresh = (bits_[word] & bit) == 0;
        bits_[word] |= bit;
        return fresh;
    }

private:
    std::vector<std::uint64_t> bits_;
};

// One JSON object per line per event (docs/trace-format.md). A PDU's bytes are
// written in hex the first time its id appears; later events give id and length.
// Without hex (`withHex` false) no event carries "hex": a smaller trace for tools that
// need only the events.
class JsonlTraceWriter {
public:
    explicit JsonlTraceWriter(QIODevice& out, bool withHex = true);
    ~JsonlTraceWriter();
    JsonlTraceWriter(const JsonlTraceWriter&) = delete;
    JsonlTraceWriter& operator=(const JsonlTraceWriter&) = delete;

    void onEvent(const Event& e);
    void flush();

private:
    QIODevice& out_;
    std::string buffer_;
    SeenPdus seenPdus_;
    bool withHex_;
};

// Appends `"key":value` members to one JSON object in a string, formatting in place (no
// temporary strings). With `seen`, a PDU's hex goes only with its first appearance; with
// `withHex` false, never.
class JsonLine {
public:
    explicit JsonLine(std::string& out, SeenPdus* seen = nullptr, bool withHex = true)
        : out_(out)
        , seen_(seen)
        , withHex_(withHex) {
        out_ += '{';
    }
    void end() { out_ += "}\n"; }

    JsonLine& num(const char* key, std::uint64_t v);
    JsonLine& snum(const char* key, std::int64_t v);
    JsonLine& boolean(const char* key, bool v);
    JsonLine& str(const char* key, const char* v);
    JsonLine& str(const char* key, const std::string& v) { return str(key, v.c_str()); }
    JsonLine& ip(const char* key, Ipv4Address a);
    JsonLine& mac(const char* key, const MacAddress& m);
    JsonLine& pdu(const char* key, const PduRef& p);
    JsonLine& ports(const char* key, const std::vector<PortIndex>& ports);
    JsonLine& pdus(const char* key, const std::vector<PduRef>& pdus);
    JsonLine& ips(const char* key, const std::vector<Ipv4Address>& addresses);
    // [{"section": "answer", "rr": "www.naver.com. 300 IN A 223.130.200.104"}, ...]
    JsonLine& dnsRecords(const char* key, const std::vector<DnsRecordText>& records);

private:
    void keyOf(const char* key);
    void pduValue(const PduRef& p);
    void quoted(const char* v);
    void number(std::uint64_t v);
    void ipValue(Ipv4Address a);

    std::string& out_;
    SeenPdus* seen_;
    bool withHex_;
    bool first_ = true;
};

// Writes the members of one event kind (jsonl_fields.cpp).
void writeEventFields(JsonLine& line, const EventKind& kind);

} // namespace ww
