#include "trace/jsonl_writer.h"

#include <QIODevice>
#include <cinttypes>
#include <cstdio>

namespace ww {

namespace {
constexpr std::size_t kFlushAt = 1 << 16;
}

void JsonLine::keyOf(const char* key) {
    if (!first_)
        out_ += ',';
    first_ = false;
    out_ += '"';
    out_ += key; // keys are our own snake_case identifiers: no escaping needed
    out_ += "\":";
}

JsonLine& JsonLine::num(const char* key, std::uint64_t v) {
    keyOf(key);
    out_ += std::to_string(v);
    return *this;
}

JsonLine& JsonLine::snum(const char* key, std::int64_t v) {
    keyOf(key);
    out_ += std::to_string(v);
    return *this;
}

JsonLine& JsonLine::boolean(const char* key, bool v) {
    keyOf(key);
    out_ += v ? "true" : "false";
    return *this;
}

void JsonLine::quoted(const char* v) {
    out_ += '"';
    for (const char* c = v; *c; ++c) {
        const auto u = static_cast<unsigned char>(*c);
        if (u == '"' || u == '\\') {
            out_ += '\\';
            out_ += *c;
        } else if (u < 0x20) {
            char esc[8];
            std::snprintf(esc, sizeof esc, "\\u%04x", u);
            out_ += esc;
        } else {
            out_ += *c;
        }
    }
    out_ += '"';
}

JsonLine& JsonLine::str(const char* key, const char* v) {
    keyOf(key);
    quoted(v);
    return *this;
}

JsonLine& JsonLine::ips(const char* key, const std::vector<Ipv4Address>& addresses) {
    keyOf(key);
    out_ += '[';
    for (std::size_t i = 0; i < addresses.size(); ++i) {
        if (i)
            out_ += ',';
        quoted(addresses[i].toString().c_str());
    }
    out_ += ']';
    return *this;
}

JsonLine& JsonLine::dnsRecords(const char* key, const std::vector<DnsRecordText>& records) {
    keyOf(key);
    out_ += '[';
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (i)
            out_ += ',';
        out_ += "{\"section\":";
        quoted(toString(records[i].section));
        out_ += ",\"rr\":";
        quoted(records[i].text.c_str());
        out_ += '}';
    }
    out_ += ']';
    return *this;
}

void JsonLine::pduValue(const PduRef& p) {
    out_ += "{\"id\":" + std::to_string(p.id) + ",\"len\":" + std::to_string(p.size());
    if (p.bytes && (!seen_ || seen_->insert(p.id).second)) {
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += ",\"hex\":\"";
        for (std::uint8_t b : *p.bytes) {
            out_ += kHex[b >> 4];
            out_ += kHex[b & 15];
        }
        out_ += '"';
    }
    out_ += '}';
}

JsonLine& JsonLine::pdu(const char* key, const PduRef& p) {
    keyOf(key);
    if (!p.bytes)
        out_ += "null";
    else
        pduValue(p);
    return *this;
}

JsonLine& JsonLine::ports(const char* key, const std::vector<PortIndex>& ports) {
    keyOf(key);
    out_ += '[';
    for (std::size_t i = 0; i < ports.size(); ++i) {
        if (i)
            out_ += ',';
        out_ += std::to_string(ports[i]);
    }
    out_ += ']';
    return *this;
}

JsonLine& JsonLine::pdus(const char* key, const std::vector<PduRef>& pdus) {
    keyOf(key);
    out_ += '[';
    for (std::size_t i = 0; i < pdus.size(); ++i) {
        if (i)
            out_ += ',';
        pduValue(pdus[i]);
    }
    out_ += ']';
    return *this;
}

JsonlTraceWriter::JsonlTraceWriter(QIODevice& out)
    : out_(out) {}

JsonlTraceWriter::~JsonlTraceWriter() {
    flush();
}

void JsonlTraceWriter::onEvent(const Event& e) {
    JsonLine line(buffer_, &seenPdus_);
    line.num("seq", e.seq).snum("t_ns", e.time).str("type", eventTypeName(e.kind));
    writeEventFields(line, e.kind);
    line.end();
    if (buffer_.size() >= kFlushAt)
        flush();
}

void JsonlTraceWriter::flush() {
    if (buffer_.empty())
        return;
    out_.write(buffer_.data(), static_cast<qint64>(buffer_.size()));
    buffer_.clear();
}

} // namespace ww
