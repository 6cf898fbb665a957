#include "wire/dns.h"

#include <algorithm>
#include <map>

namespace ww::dns {

namespace {

// RFC 1035 §4.1.1. Bit offsets from the start of the message.
constexpr FieldSpec kFields[] = {
    {"id", QT_TRANSLATE_NOOP("wire", "Transaction ID"), 0, 16,
     QT_TRANSLATE_NOOP("wire", "Chosen by the client; the response carries the same")},
    {"qr", QT_TRANSLATE_NOOP("wire", "Response"), 16, 1,
     QT_TRANSLATE_NOOP("wire", "0 query, 1 response")},
    {"opcode", QT_TRANSLATE_NOOP("wire", "Opcode"), 17, 4,
     QT_TRANSLATE_NOOP("wire", "Kind of query: 0 standard query")},
    {"aa", QT_TRANSLATE_NOOP("wire", "Authoritative"), 21, 1,
     QT_TRANSLATE_NOOP("wire", "Set when the server is an authority for the name")},
    {"tc", QT_TRANSLATE_NOOP("wire", "Truncated"), 22, 1,
     QT_TRANSLATE_NOOP("wire", "The message did not fit: ask again over TCP")},
    {"rd", QT_TRANSLATE_NOOP("wire", "Recursion desired"), 23, 1,
     QT_TRANSLATE_NOOP("wire", "The client asks the server to find the answer for it")},
    {"ra", QT_TRANSLATE_NOOP("wire", "Recursion available"), 24, 1,
     QT_TRANSLATE_NOOP("wire", "The server offers recursive lookups")},
    {"z", QT_TRANSLATE_NOOP("wire", "Z"), 25, 3,
     QT_TRANSLATE_NOOP("wire", "Reserved, zero (RFC 1035)")},
    {"rcode", QT_TRANSLATE_NOOP("wire", "Reply code"), 28, 4,
     QT_TRANSLATE_NOOP("wire", "0 no error, 1 format error, 2 server failure, 3 no such name")},
    {"qdcount", QT_TRANSLATE_NOOP("wire", "Questions"), 32, 16,
     QT_TRANSLATE_NOOP("wire", "Entries in the question section")},
    {"ancount", QT_TRANSLATE_NOOP("wire", "Answer RRs"), 48, 16,
     QT_TRANSLATE_NOOP("wire", "Resource records in the answer section")},
    {"nscount", QT_TRANSLATE_NOOP("wire", "Authority RRs"), 64, 16,
     QT_TRANSLATE_NOOP("wire", "Name server records in the authority section")},
    {"arcount", QT_TRANSLATE_NOOP("wire", "Additional RRs"), 80, 16,
     QT_TRANSLATE_NOOP("wire", "Records in the additional section (glue addresses)")},
};

constexpr std::size_t kId = byteOffset(kFields[0]);
constexpr std::size_t kFlags = byteOffset(kFields[1]);
constexpr std::size_t kCounts = byteOffset(kFields[9]);
static_assert(kFields[12].bitOffset + kFields[12].bitWidth == kHeaderLen * 8);

constexpr std::size_t kQuestionFixed = 4; // type, class
constexpr std::size_t kRecordFixed = 10;  // type, class, ttl, rdlength
constexpr std::size_t kSoaNumbers = 20;   // serial, refresh, retry, expire, minimum

enum Section { kQuestion, kAnswer, kAuthority, kAdditional };
enum Part { kName, kFixed, kRdlength, kRdata };
// Field paths for failures, one per section and part (static: WireFailure keeps a pointer).
constexpr const char* kPaths[4][4] = {
    {"question.name", "question.type", "question.type", "question.type"},
    {"answer.name", "answer.type", "answer.rdlength", "answer.rdata"},
    {"authority.name", "authority.type", "authority.rdlength", "authority.rdata"},
    {"additional.name", "additional.type", "additional.rdlength", "additional.rdata"},
};

WireFailure at(WireFailure f, Section s, Part p) {
    f.field = kPaths[s][p];
    return f;
}

// Which Rdata alternative a record of this type and class carries. A is defined for
// class IN only (RFC 1035 §3.4.1); NS, CNAME, PTR, SOA and MX for every class (§3.3).
std::size_t rdataKind(std::uint16_t type, std::uint16_t klass) {
    switch (type) {
    case kTypeA:
        return klass == kClassIn ? 0 : 4;
    case kTypeNs:
    case kTypeCname:
    case kTypePtr:
        return 1;
    case kTypeSoa:
        return 2;
    case kTypeMx:
        return 3;
    default:
        return 4;
    }
}

Result<Rdata> parseRdata(ByteView m, std::size_t from, std::size_t to, std::uint16_t type,
                         std::uint16_t klass, Section s) {
    const std::size_t len = to - from;
    auto mismatch = [&](const char* reason) {
        return fail(WireError::Malformed, kPaths[s][kRdlength], from - 2, reason);
    };
    switch (rdataKind(type, klass)) {
    case 0:
        if (len != 4)
            return mismatch(QT_TRANSLATE_NOOP(
                "DnsWire", "rdlength is not 4, the size of an A record's address"));
        return Rdata{Ipv4Address{readU32(m, from)}};
    case 1: {
        const auto n = readName(m, from, to);
        if (!n)
            return at(n.failure(), s, kRdata);
        if (n->end != to)
            return mismatch(
                QT_TRANSLATE_NOOP("DnsWire", "rdlength does not end where the name ends"));
        return Rdata{DomainName{n->text}};
    }
    case 2: {
        const auto mname = readName(m, from, to);
        if (!mname)
            return at(mname.failure(), s, kRdata);
        const auto rname = readName(m, mname->end, to);
        if (!rname)
            return at(rname.failure(), s, kRdata);
        if (rname->end + kSoaNumbers != to)
            return mismatch(
                QT_TRANSLATE_NOOP("DnsWire", "rdlength is not the two SOA names plus 20 bytes"));
        const std::size_t n = rname->end;
        return Rdata{Soa{mname->text, rname->text, readU32(m, n), readU32(m, n + 4),
                         readU32(m, n + 8), readU32(m, n + 12), readU32(m, n + 16)}};
    }
    case 3: {
        if (len < 3)
            return mismatch(
                QT_TRANSLATE_NOOP("DnsWire", "rdlength too short for an MX preference and name"));
        const auto n = readName(m, from + 2, to);
        if (!n)
            return at(n.failure(), s, kRdata);
        if (n->end != to)
            return mismatch(
                QT_TRANSLATE_NOOP("DnsWire", "rdlength does not end where the MX name ends"));
        return Rdata{Mx{readU16(m, from), n->text}};
    }
    default:
        return Rdata{Bytes(m.begin() + static_cast<std::ptrdiff_t>(from),
                           m.begin() + static_cast<std::ptrdiff_t>(to))};
    }
}

class Writer {
public:
    explicit Writer(bool compress)
        : compress_(compress) {}
    Bytes out;

    void u16(std::uint16_t v) {
        out.resize(out.size() + 2);
        writeU16(out, out.size() - 2, v);
    }
    void u32(std::uint32_t v) {
        out.resize(out.size() + 4);
        writeU32(out, out.size() - 4, v);
    }

    // RFC 1035 §4.1.4: the first suffix already written becomes a pointer to it.
    bool name(const std::string& text) {
        const auto labels = textToLabels(text);
        if (!labels)
            return false;
        const auto& l = labels.value();
        for (std::size_t i = 0; i < l.size(); ++i) {
            const Bytes key = suffix(l, i);
            if (compress_) {
                if (const auto hit = written_.find(key); hit != written_.end()) {
                    u16(static_cast<std::uint16_t>(0xc000 | hit->second));
                    return true;
                }
                if (out.size() <= kMaxPointer)
                    written_.emplace(key, static_cast<std::uint16_t>(out.size()));
            }
            out.push_back(static_cast<std::uint8_t>(l[i].size()));
            out.insert(out.end(), l[i].begin(), l[i].end());
        }
        out.push_back(0);
        return true;
    }

private:
    // The wire form of labels[from..] (what a pointer to it stands for), as a map key.
    static Bytes suffix(const std::vector<std::string>& labels, std::size_t from) {
        Bytes b;
        for (std::size_t i = from; i < labels.size(); ++i) {
            b.push_back(static_cast<std::uint8_t>(labels[i].size()));
            b.insert(b.end(), labels[i].begin(), labels[i].end());
        }
        return b;
    }
    // Byte-wise order written out: std::less<vector> inlines a memcmp whose bound GCC 12 at -O3
    // cannot prove and reports as -Wstringop-overread (a false positive that breaks -Werror).
    struct BytesLess {
        bool operator()(const Bytes& a, const Bytes& b) const {
            const std::size_t n = std::min(a.size(), b.size());
            for (std::size_t i = 0; i < n; ++i)
                if (a[i] != b[i])
                    return a[i] < b[i];
            return a.size() < b.size();
        }
    };
    bool compress_;
    std::map<Bytes, std::uint16_t, BytesLess> written_; // ordered map: emit is deterministic
};

bool emitRdata(Writer& w, const Record& r) {
    if (r.data.index() != rdataKind(r.type, r.klass))
        return false;
    if (const auto* a = std::get_if<Ipv4Address>(&r.data)) {
        w.u32(a->value);
    } else if (const auto* d = std::get_if<DomainName>(&r.data)) {
        return w.name(d->name);
    } else if (const auto* soa = std::get_if<Soa>(&r.data)) {
        if (!w.name(soa->mname) || !w.name(soa->rname))
            return false;
        for (std::uint32_t v : {soa->serial, soa->refresh, soa->retry, soa->expire, soa->minimum})
            w.u32(v);
    } else if (const auto* mx = std::get_if<Mx>(&r.data)) {
        w.u16(mx->preference);
        return w.name(mx->exchange);
    } else if (const auto* raw = std::get_if<Bytes>(&r.data)) {
        w.out.insert(w.out.end(), raw->begin(), raw->end());
    }
    return true;
}

} // namespace

FieldTable fields() {
    return kFields;
}

Result<Message> parse(ByteView m) {
    if (m.size() < kHeaderLen)
        return fail(WireError::Truncated, "header", m.size(),
                    QT_TRANSLATE_NOOP("DnsWire", "message shorter than the 12-byte header"));
    Message msg;
    Header& h = msg.header;
    h.id = readU16(m, kId);
    const std::uint16_t flags = readU16(m, kFlags);
    h.qr = flags & 0x8000;
    h.opcode = static_cast<std::uint8_t>(flags >> 11 & 0x0f);
    h.aa = flags & 0x0400;
    h.tc = flags & 0x0200;
    h.rd = flags & 0x0100;
    h.ra = flags & 0x0080;
    h.z = static_cast<std::uint8_t>(flags >> 4 & 0x07);
    h.rcode = static_cast<std::uint8_t>(flags & 0x0f);
    const std::size_t counts[4] = {readU16(m, kCounts), readU16(m, kCounts + 2),
                                   readU16(m, kCounts + 4), readU16(m, kCounts + 6)};
    // The smallest question is the root name and 4 bytes; the smallest record, 11 bytes.
    // Refusing here keeps a 12-byte message claiming 65535 records from reserving memory.
    const std::size_t least =
        counts[0] * (1 + kQuestionFixed) + (counts[1] + counts[2] + counts[3]) * (1 + kRecordFixed);
    if (least > m.size() - kHeaderLen)
        return fail(WireError::Malformed, "qdcount", kCounts,
                    QT_TRANSLATE_NOOP("DnsWire",
                                      "the counts claim more entries than the message can hold"));
    std::size_t pos = kHeaderLen;
    msg.questions.reserve(counts[0]);
    for (std::size_t i = 0; i < counts[0]; ++i) {
        const auto n = readName(m, pos, m.size());
        if (!n)
            return at(n.failure(), kQuestion, kName);
        pos = n->end;
        if (pos + kQuestionFixed > m.size())
            return fail(WireError::Truncated, kPaths[kQuestion][kFixed], pos,
                        QT_TRANSLATE_NOOP("DnsWire", "question type and class cut short"));
        msg.questions.push_back({n->text, readU16(m, pos), readU16(m, pos + 2)});
        pos += kQuestionFixed;
    }
    std::vector<Record>* sections[3] = {&msg.answers, &msg.authorities, &msg.additionals};
    for (int s = 0; s < 3; ++s) {
        const auto section = static_cast<Section>(kAnswer + s);
        sections[s]->reserve(counts[section]);
        for (std::size_t i = 0; i < counts[section]; ++i) {
            const auto n = readName(m, pos, m.size());
            if (!n)
                return at(n.failure(), section, kName);
            pos = n->end;
            if (pos + kRecordFixed > m.size())
                return fail(
                    WireError::Truncated, kPaths[section][kFixed], pos,
                    QT_TRANSLATE_NOOP("DnsWire", "record type, class, TTL and rdlength cut short"));
            Record r{n->text, readU16(m, pos), readU16(m, pos + 2), readU32(m, pos + 4), {}};
            const std::size_t rdlength = readU16(m, pos + 8);
            pos += kRecordFixed;
            if (pos + rdlength > m.size())
                return fail(
                    WireError::Truncated, kPaths[section][kRdlength], pos - 2,
                    QT_TRANSLATE_NOOP("DnsWire", "rdlength runs past the end of the message"));
            auto data = parseRdata(m, pos, pos + rdlength, r.type, r.klass, section);
            if (!data)
                return data.failure();
            r.data = std::move(data.value());
            sections[s]->push_back(std::move(r));
            pos += rdlength;
        }
    }
    if (pos != m.size())
        return fail(WireError::Malformed, "message", pos,
                    QT_TRANSLATE_NOOP("DnsWire", "bytes after the last record"));
    return msg;
}

Result<Bytes> emit(const Message& msg, bool compress) {
    const std::size_t counts[4] = {msg.questions.size(), msg.answers.size(), msg.authorities.size(),
                                   msg.additionals.size()};
    for (std::size_t c : counts)
        if (c > 0xffff)
            return fail(WireError::Malformed, "qdcount", kCounts,
                        QT_TRANSLATE_NOOP("DnsWire", "more than 65535 entries"));
    Writer w(compress);
    const Header& h = msg.header;
    if (h.opcode > 0x0f || h.z > 0x07 || h.rcode > 0x0f)
        return fail(WireError::Malformed, "flags", kFlags,
                    QT_TRANSLATE_NOOP("DnsWire", "opcode, Z or RCODE out of range"));
    w.u16(h.id);
    w.u16(static_cast<std::uint16_t>(h.qr << 15 | h.opcode << 11 | h.aa << 10 | h.tc << 9 |
                                     h.rd << 8 | h.ra << 7 | h.z << 4 | h.rcode));
    for (std::size_t c : counts)
        w.u16(static_cast<std::uint16_t>(c));
    for (const Question& q : msg.questions) {
        const std::size_t start = w.out.size();
        if (!w.name(q.name))
            return fail(WireError::Malformed, kPaths[kQuestion][kName], start,
                        QT_TRANSLATE_NOOP("DnsWire", "not a valid domain name"));
        w.u16(q.type);
        w.u16(q.klass);
    }
    const std::vector<Record>* sections[3] = {&msg.answers, &msg.authorities, &msg.additionals};
    for (int s = 0; s < 3; ++s) {
        const auto section = static_cast<Section>(kAnswer + s);
        for (const Record& r : *sections[s]) {
            const std::size_t start = w.out.size();
            if (!w.name(r.name))
                return fail(WireError::Malformed, kPaths[section][kName], start,
                            QT_TRANSLATE_NOOP("DnsWire", "not a valid domain name"));
            w.u16(r.type);
            w.u16(r.klass);
            w.u32(r.ttl);
            const std::size_t lengthAt = w.out.size();
            w.u16(0);
            if (!emitRdata(w, r))
                return fail(WireError::Malformed, kPaths[section][kRdata], lengthAt + 2,
                            QT_TRANSLATE_NOOP(
                                "DnsWire",
                                "data does not fit the record type, or a name in it is invalid"));
            const std::size_t rdlength = w.out.size() - lengthAt - 2;
            if (rdlength > 0xffff)
                return fail(WireError::Malformed, kPaths[section][kRdlength], lengthAt,
                            QT_TRANSLATE_NOOP("DnsWire", "data longer than 65535 bytes"));
            writeU16(w.out, lengthAt, static_cast<std::uint16_t>(rdlength));
        }
    }
    return std::move(w.out);
}

Result<Bytes> frameForTcp(ByteView message) {
    if (message.size() > 0xffff)
        return fail(WireError::Malformed, "length", 0,
                    QT_TRANSLATE_NOOP("DnsWire", "a message over TCP is at most 65535 bytes"));
    Bytes b(kTcpPrefixLen);
    writeU16(b, 0, static_cast<std::uint16_t>(message.size()));
    b.insert(b.end(), message.begin(), message.end());
    return b;
}

Result<TcpFramed> unframeTcp(ByteView stream) {
    if (stream.size() < kTcpPrefixLen)
        return fail(WireError::Truncated, "length", 0,
                    QT_TRANSLATE_NOOP("DnsWire", "the 2-byte length prefix is cut short"));
    const std::size_t len = readU16(stream, 0);
    if (stream.size() < kTcpPrefixLen + len)
        return fail(
            WireError::Truncated, "length", 0,
            QT_TRANSLATE_NOOP("DnsWire", "the stream holds less than the length prefix announces"));
    return TcpFramed{stream.subspan(kTcpPrefixLen, len), kTcpPrefixLen + len};
}

const char* typeName(std::uint16_t type) {
    switch (type) {
    case kTypeA:
        return "A";
    case kTypeNs:
        return "NS";
    case kTypeCname:
        return "CNAME";
    case kTypeSoa:
        return "SOA";
    case kTypePtr:
        return "PTR";
    case kTypeMx:
        return "MX";
    default:
        return "";
    }
}

const char* rcodeName(std::uint8_t rcode) {
    switch (rcode) {
    case kRcodeNoError:
        return "NOERROR";
    case kRcodeFormErr:
        return "FORMERR";
    case kRcodeServFail:
        return "SERVFAIL";
    case kRcodeNxDomain:
        return "NXDOMAIN";
    case kRcodeNotImp:
        return "NOTIMP";
    case kRcodeRefused:
        return "REFUSED";
    default:
        return "";
    }
}

const char* opcodeName(std::uint8_t opcode) {
    switch (opcode) {
    case 0:
        return "QUERY";
    case 1:
        return "IQUERY";
    case 2:
        return "STATUS";
    case 4:
        return "NOTIFY";
    case 5:
        return "UPDATE";
    default:
        return "";
    }
}

} // namespace ww::dns
