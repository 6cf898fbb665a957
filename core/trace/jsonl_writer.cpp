#include "trace/jsonl_writer.h"

#include <QIODevice>
#include <charconv>
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

void JsonLine::number(std::uint64_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
}

JsonLine& JsonLine::num(const char* key, std::uint64_t v) {
    keyOf(key);
    number(v);
    return *this;
}

JsonLine& JsonLine::snum(const char* key, std::int64_t v) {
    keyOf(key);
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
    return *this;
}

void JsonLine::ipValue(Ipv4Address a) {
    out_ += '"';
    for (int shift = 24; shift >= 0; shift -= 8) {
        number((a.value >> shift) & 0xff);
        if (shift)
            out_ += '.';
    }
    out_ += '"';
}

JsonLine& JsonLine::ip(const char* key, Ipv4Address a) {
    keyOf(key);
    ipValue(a);
    return *this;
}

JsonLine& JsonLine::mac(const char* key, const MacAddress& m) {
    static constexpr char kHex[] = "0123456789abcdef";
    keyOf(key);
    char buf[19] = {'"'};
    for (std::size_t i = 0; i < 6; ++i) {
        buf[1 + 3 * i] = kHex[m.octets[i] >> 4];
        buf[2 + 3 * i] = kHex[m.octets[i] & 15];
        buf[3 + 3 * i] = i < 5 ? ':' : '"';
    }
    out_.append(buf, sizeof buf);
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
        ipValue(addresses[i]);
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
    out_ += "{\"id\":";
    number(p.id);
    out_ += ",\"len\":";
    number(p.size());
    if (withHex_ && p.bytes && (!seen_ || seen_->insert(p.id))) {
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += ",\"hex\":\"";
        std::size_t at = out_.size();
        out_.resize(at + 2 * p.size());
        for (std::uint8_t b : p.view()) {
            out_[at++] = kHex[b >> 4];
            out_[at++] = kHex[b & 15];
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
        number(ports[i]);
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

JsonlTraceWriter::JsonlTraceWriter(QIODevice& out, bool withHex)
    : out_(out)
    , withHex_(withHex) {
    buffer_.reserve(kFlushAt + (1 << 14));
}

JsonlTraceWriter::~JsonlTraceWriter() {
    flush();
}

void JsonlTraceWriter::onEvent(const Event& e) {
    JsonLine line(buffer_, &seenPdus_, withHex_);
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
