#include "dns/dns_frame_summary.h"

#include "wire/dns.h"

#include <QCoreApplication>
#include <QStringList>

namespace ww::ui {

namespace {

// Wireshark drops the root's trailing dot and writes the root itself as "<Root>".
QString nameText(const std::string& name) {
    if (name == "." || name.empty())
        return QStringLiteral("<Root>");
    QString n = QString::fromStdString(name);
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

QString typeText(std::uint16_t type) {
    const char* name = dns::typeName(type);
    return name && *name ? QString::fromLatin1(name) : QStringLiteral("Unknown (%1)").arg(type);
}

// packet-dns.c's rcode strings (the ones RFC 1035 defines).
QString rcodeText(std::uint8_t rcode) {
    switch (rcode) {
    case dns::kRcodeFormErr:
        return QCoreApplication::translate("DnsSummary", "Format error");
    case dns::kRcodeServFail:
        return QCoreApplication::translate("DnsSummary", "Server failure");
    case dns::kRcodeNxDomain:
        return QCoreApplication::translate("DnsSummary", "No such name");
    case dns::kRcodeNotImp:
        return QCoreApplication::translate("DnsSummary", "Not implemented");
    case dns::kRcodeRefused:
        return QCoreApplication::translate("DnsSummary", "Refused");
    }
    return QCoreApplication::translate("DnsSummary", "Unknown error (%1)").arg(rcode);
}

// " A 223.130.200.104", " CNAME x", " NS ns1.kr", " SOA mname", " MX 10 mail.x".
QString recordText(const dns::Record& r) {
    QString data;
    if (const auto* a = std::get_if<Ipv4Address>(&r.data))
        data = QString::fromStdString(a->toString());
    else if (const auto* n = std::get_if<dns::DomainName>(&r.data))
        data = nameText(n->name);
    else if (const auto* soa = std::get_if<dns::Soa>(&r.data))
        data = nameText(soa->mname);
    else if (const auto* mx = std::get_if<dns::Mx>(&r.data))
        data = QStringLiteral("%1 %2").arg(mx->preference).arg(nameText(mx->exchange));
    return data.isEmpty() ? typeText(r.type) : typeText(r.type) + QLatin1Char(' ') + data;
}

} // namespace

QString dnsInfo(ByteView bytes) {
    const auto parsed = dns::parse(bytes);
    if (!parsed)
        return QCoreApplication::translate("DnsSummary", "DNS (malformed): %1")
            .arg(QCoreApplication::translate("DnsWire", parsed.failure().reason));
    const dns::Message& m = parsed.value();
    const QString id = QStringLiteral("0x%1").arg(m.header.id, 4, 16, QLatin1Char('0'));
    QString text =
        m.header.qr
            ? QCoreApplication::translate("DnsSummary", "Standard query response %1").arg(id)
            : QCoreApplication::translate("DnsSummary", "Standard query %1").arg(id);
    if (m.header.opcode != dns::kOpcodeQuery)
        text = QCoreApplication::translate("DnsSummary", "DNS opcode %1 %2")
                   .arg(m.header.opcode)
                   .arg(id);
    if (m.header.qr && m.header.rcode != dns::kRcodeNoError)
        text += QLatin1Char(' ') + rcodeText(m.header.rcode);
    for (const dns::Question& q : m.questions)
        text += QStringLiteral(" %1 %2").arg(typeText(q.type), nameText(q.name));
    for (const auto* section : {&m.answers, &m.authorities, &m.additionals})
        for (const dns::Record& r : *section)
            text += QLatin1Char(' ') + recordText(r);
    return text;
}

} // namespace ww::ui
