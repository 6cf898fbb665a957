// A DNS message as Wireshark's details pane shows it: header with a flags subtree,
// then Queries, Answers, Authoritative nameservers and Additional records, every
// node with its bytes; a compression pointer is a node of its own (RFC 1035 §4.1.4).
#include "inspector/dissection_parts.h"
#include "wire/dns.h"

#include <QCoreApplication>

namespace ww::inspector::parts {

namespace {

QString nameText(const std::string& name) {
    return name == "." ? QCoreApplication::translate("Dissection", "<Root>")
                       : QString::fromStdString(name);
}

QString typeText(std::uint16_t type) {
    const char* n = dns::typeName(type);
    return *n ? QStringLiteral("%1 (%2)").arg(QLatin1String(n)).arg(type)
              : QStringLiteral("%1").arg(type);
}

QString shortType(std::uint16_t type) {
    const char* n = dns::typeName(type);
    return *n ? QString::fromLatin1(n) : QStringLiteral("TYPE%1").arg(type);
}

QString classText(std::uint16_t klass) {
    return klass == dns::kClassIn ? QStringLiteral("IN (0x0001)") : hexText(klass, 4);
}

DissectionNode numberNode(const char* key, const QString& label, int at, int len,
                          const QString& value) {
    DissectionNode n = layerNode(QString::fromLatin1(key), label, at, len);
    n.value = value;
    return n;
}

// A name at `at` in the message; its node covers the bytes in place, and a pointer
// ending it gets a child for its two bytes.
struct NameNode {
    DissectionNode node;
    std::size_t end = 0;
    std::string text;
};

NameNode nameNode(ByteView m, std::size_t at, std::size_t limit, int base, const QString& label,
                  const char* key) {
    NameNode out;
    const auto read = dns::readName(m, at, limit);
    if (!read) // parse() accepted the message, so this cannot happen; stay safe anyway
        return out;
    out.end = read->end;
    out.text = read->text;
    out.node = layerNode(QString::fromLatin1(key), label, base + static_cast<int>(at),
                         static_cast<int>(read->end - at));
    out.node.value = nameText(read->text);
    if (read->hasPointer) {
        DissectionNode p =
            layerNode(QStringLiteral("compression_pointer"),
                      QCoreApplication::translate("Dissection", "Compression pointer"),
                      base + static_cast<int>(read->pointerAt), 2);
        p.value = QCoreApplication::translate("Dissection", "→ offset %1").arg(read->pointerTarget);
        p.summary = QCoreApplication::translate(
            "Dissection", "The rest of the name was written earlier in the message: two bytes "
                          "starting 11 give its offset (RFC 1035 §4.1.4)");
        out.node.children.push_back(std::move(p));
    }
    return out;
}

QString rdataSummary(const dns::Record& r) {
    if (const auto* a = std::get_if<Ipv4Address>(&r.data))
        return QCoreApplication::translate("Dissection", "addr %1")
            .arg(QString::fromStdString(a->toString()));
    if (const auto* d = std::get_if<dns::DomainName>(&r.data))
        return QStringLiteral("%1 %2").arg(shortType(r.type).toLower(), nameText(d->name));
    if (const auto* mx = std::get_if<dns::Mx>(&r.data))
        return QCoreApplication::translate("Dissection", "preference %1, mx %2")
            .arg(mx->preference)
            .arg(nameText(mx->exchange));
    if (const auto* soa = std::get_if<dns::Soa>(&r.data))
        return QCoreApplication::translate("Dissection", "mname %1").arg(nameText(soa->mname));
    return QString();
}

// The typed data's nodes, under the record (Wireshark lists them beside the header fields).
void addRdata(DissectionNode& rec, const dns::Record& r, ByteView m, std::size_t at,
              std::size_t end, int base) {
    const int b = base + static_cast<int>(at);
    const int len = static_cast<int>(end - at);
    if (const auto* a = std::get_if<Ipv4Address>(&r.data)) {
        rec.children.push_back(numberNode("address",
                                          QCoreApplication::translate("Dissection", "Address"), b,
                                          4, QString::fromStdString(a->toString())));
    } else if (std::holds_alternative<dns::DomainName>(r.data)) {
        const QString label = r.type == dns::kTypeNs
                                  ? QCoreApplication::translate("Dissection", "Name server")
                              : r.type == dns::kTypeCname
                                  ? QCoreApplication::translate("Dissection", "Canonical name")
                                  : QCoreApplication::translate("Dissection", "Domain name");
        rec.children.push_back(nameNode(m, at, end, base, label, "rdata_name").node);
    } else if (const auto* mx = std::get_if<dns::Mx>(&r.data)) {
        rec.children.push_back(numberNode("preference",
                                          QCoreApplication::translate("Dissection", "Preference"),
                                          b, 2, QString::number(mx->preference)));
        rec.children.push_back(nameNode(m, at + 2, end, base,
                                        QCoreApplication::translate("Dissection", "Mail exchange"),
                                        "exchange")
                                   .node);
    } else if (const auto* soa = std::get_if<dns::Soa>(&r.data)) {
        const NameNode mname =
            nameNode(m, at, end, base,
                     QCoreApplication::translate("Dissection", "Primary name server"), "mname");
        const NameNode rname = nameNode(
            m, mname.end, end, base,
            QCoreApplication::translate("Dissection", "Responsible authority's mailbox"), "rname");
        rec.children.push_back(mname.node);
        rec.children.push_back(rname.node);
        const std::pair<const char*, QString> numbers[] = {
            {"serial", QCoreApplication::translate("Dissection", "Serial number")},
            {"refresh", QCoreApplication::translate("Dissection", "Refresh interval")},
            {"retry", QCoreApplication::translate("Dissection", "Retry interval")},
            {"expire", QCoreApplication::translate("Dissection", "Expire limit")},
            {"minimum", QCoreApplication::translate("Dissection", "Minimum TTL")},
        };
        const std::uint32_t values[] = {soa->serial, soa->refresh, soa->retry, soa->expire,
                                        soa->minimum};
        for (int i = 0; i < 5; ++i)
            rec.children.push_back(numberNode(numbers[i].first, numbers[i].second,
                                              base + static_cast<int>(rname.end) + 4 * i, 4,
                                              QString::number(values[i])));
    } else if (len > 0) {
        rec.children.push_back(
            numberNode("data", QCoreApplication::translate("Dissection", "Data"), b, len,
                       QCoreApplication::translate("Dissection", "%1 bytes").arg(len)));
    }
}

} // namespace

void addDnsMessage(DissectionNode& layer, const dns::Message& msg, ByteView m, int base) {
    // Header: ID, a flags node holding the bit fields, the four counts.
    DissectionNode header;
    addFields(header, Protocol::Dns, dns::fields(), m, base, static_cast<int>(dns::kHeaderLen));
    DissectionNode flags = numberNode("flags", QCoreApplication::translate("Dissection", "Flags"),
                                      base + 2, 2, hexText(readU16(m, 2), 4));
    flags.value +=
        QStringLiteral(" (%1, %2)")
            .arg(msg.header.qr ? QCoreApplication::translate("Dissection", "response")
                               : QCoreApplication::translate("Dissection", "query"))
            .arg(QLatin1String(*dns::rcodeName(msg.header.rcode) ? dns::rcodeName(msg.header.rcode)
                                                                 : "?"));
    std::vector<DissectionNode> counts;
    for (DissectionNode& f : header.children) {
        if (f.key == QLatin1String("id"))
            layer.children.push_back(std::move(f));
        else if (f.byteOffset < base + 4)
            flags.children.push_back(std::move(f));
        else
            counts.push_back(std::move(f));
    }
    layer.children.push_back(std::move(flags));
    for (DissectionNode& c : counts)
        layer.children.push_back(std::move(c));

    std::size_t pos = dns::kHeaderLen;
    if (!msg.questions.empty()) {
        const std::size_t start = pos;
        DissectionNode queries = layerNode(QStringLiteral("queries"),
                                           QCoreApplication::translate("Dissection", "Queries"),
                                           base + static_cast<int>(pos), 0);
        for (const dns::Question& q : msg.questions) {
            NameNode name = nameNode(m, pos, m.size(), base,
                                     QCoreApplication::translate("Dissection", "Name"), "name");
            const std::size_t fixed = name.end;
            DissectionNode node =
                layerNode(QStringLiteral("query"),
                          QCoreApplication::translate("Dissection", "%1: type %2, class %3")
                              .arg(nameText(q.name), shortType(q.type),
                                   q.klass == dns::kClassIn ? QStringLiteral("IN")
                                                            : QString::number(q.klass)),
                          base + static_cast<int>(pos), static_cast<int>(fixed + 4 - pos));
            node.children.push_back(std::move(name.node));
            node.children.push_back(
                numberNode("type", QCoreApplication::translate("Dissection", "Type"),
                           base + static_cast<int>(fixed), 2, typeText(q.type)));
            node.children.push_back(
                numberNode("class", QCoreApplication::translate("Dissection", "Class"),
                           base + static_cast<int>(fixed) + 2, 2, classText(q.klass)));
            queries.children.push_back(std::move(node));
            pos = fixed + 4;
        }
        queries.byteLength = static_cast<int>(pos - start);
        queries.bitWidth = queries.byteLength * 8;
        layer.children.push_back(std::move(queries));
    }
    const std::pair<const std::vector<dns::Record>*, std::pair<const char*, QString>> sections[] = {
        {&msg.answers, {"answers", QCoreApplication::translate("Dissection", "Answers")}},
        {&msg.authorities,
         {"authorities", QCoreApplication::translate("Dissection", "Authoritative nameservers")}},
        {&msg.additionals,
         {"additionals", QCoreApplication::translate("Dissection", "Additional records")}},
    };
    for (const auto& [records, names] : sections) {
        if (records->empty())
            continue;
        const std::size_t start = pos;
        DissectionNode section = layerNode(QString::fromLatin1(names.first), names.second,
                                           base + static_cast<int>(pos), 0);
        for (const dns::Record& r : *records) {
            NameNode name = nameNode(m, pos, m.size(), base,
                                     QCoreApplication::translate("Dissection", "Name"), "name");
            const std::size_t f = name.end;
            const std::size_t rdlength = readU16(m, f + 8);
            const std::size_t end = f + 10 + rdlength;
            QString title = QCoreApplication::translate("Dissection", "%1: type %2, class %3")
                                .arg(nameText(r.name), shortType(r.type),
                                     r.klass == dns::kClassIn ? QStringLiteral("IN")
                                                              : QString::number(r.klass));
            if (const QString data = rdataSummary(r); !data.isEmpty())
                title += QStringLiteral(", ") + data;
            DissectionNode rec =
                layerNode(QStringLiteral("record"), title, base + static_cast<int>(pos),
                          static_cast<int>(end - pos));
            const int b = base + static_cast<int>(f);
            rec.children.push_back(std::move(name.node));
            rec.children.push_back(numberNode(
                "type", QCoreApplication::translate("Dissection", "Type"), b, 2, typeText(r.type)));
            rec.children.push_back(numberNode("class",
                                              QCoreApplication::translate("Dissection", "Class"),
                                              b + 2, 2, classText(r.klass)));
            rec.children.push_back(
                numberNode("ttl", QCoreApplication::translate("Dissection", "Time to live"), b + 4,
                           4, QCoreApplication::translate("Dissection", "%1 s").arg(r.ttl)));
            rec.children.push_back(
                numberNode("rdlength", QCoreApplication::translate("Dissection", "Data length"),
                           b + 8, 2, QString::number(rdlength)));
            addRdata(rec, r, m, f + 10, end, base);
            section.children.push_back(std::move(rec));
            pos = end;
        }
        section.byteLength = static_cast<int>(pos - start);
        section.bitWidth = section.byteLength * 8;
        layer.children.push_back(std::move(section));
    }
}

} // namespace ww::inspector::parts
