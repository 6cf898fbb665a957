#pragma once

#include "trace/event.h"

#include <string>
#include <unordered_set>

class QIODevice;

namespace ww {

// One JSON object per line per event (docs/trace-format.md). A PDU's bytes are
// written in hex the first time its id appears; later events give id and length.
class JsonlTraceWriter {
public:
    explicit JsonlTraceWriter(QIODevice& out);
    ~JsonlTraceWriter();
    JsonlTraceWriter(const JsonlTraceWriter&) = delete;
    JsonlTraceWriter& operator=(const JsonlTraceWriter&) = delete;

    void onEvent(const Event& e);
    void flush();

private:
    QIODevice& out_;
    std::string buffer_;
    std::unordered_set<std::uint64_t> seenPdus_;
};

// Appends `"key":value` members to one JSON object in a string.
class JsonLine {
public:
    explicit JsonLine(std::string& out, std::unordered_set<std::uint64_t>* seen = nullptr)
        : out_(out)
        , seen_(seen) {
        out_ += '{';
    }
    void end() { out_ += "}\n"; }

    JsonLine& num(const char* key, std::uint64_t v);
    JsonLine& snum(const char* key, std::int64_t v);
    JsonLine& boolean(const char* key, bool v);
    JsonLine& str(const char* key, const char* v);
    JsonLine& str(const char* key, const std::string& v) { return str(key, v.c_str()); }
    JsonLine& ip(const char* key, Ipv4Address a) { return str(key, a.toString()); }
    JsonLine& mac(const char* key, const MacAddress& m) { return str(key, m.toString()); }
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

    std::string& out_;
    std::unordered_set<std::uint64_t>* seen_;
    bool first_ = true;
};

// Writes the members of one event kind (jsonl_fields.cpp).
void writeEventFields(JsonLine& line, const EventKind& kind);

} // namespace ww
