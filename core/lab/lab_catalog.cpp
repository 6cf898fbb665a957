#include "lab/lab_catalog.h"

#include <QCoreApplication>

namespace ww::lab {

const std::vector<LabSection>& labSections() {
    static const std::vector<LabSection> sections{
        {QStringLiteral("layers"),
         QT_TRANSLATE_NOOP("LabCatalog", "Layers and encapsulation"),
         {QStringLiteral("http-get"), QStringLiteral("l3-switch")}},
        {QStringLiteral("ip"),
         QT_TRANSLATE_NOOP("LabCatalog", "IP addressing and subnets"),
         {QStringLiteral("routing-loop"), QStringLiteral("fragmentation"),
          QStringLiteral("host-fragmentation")}},
        {QStringLiteral("arp"),
         QT_TRANSLATE_NOOP("LabCatalog", "ARP"),
         {QStringLiteral("two-lans")}},
        {QStringLiteral("icmp"),
         QT_TRANSLATE_NOOP("LabCatalog", "ICMP"),
         {QStringLiteral("unreachable"), QStringLiteral("traceroute")}},
        {QStringLiteral("cast"),
         QT_TRANSLATE_NOOP("LabCatalog", "Unicast, broadcast, multicast"),
         {QStringLiteral("cast-types")}},
        {QStringLiteral("nat"),
         QT_TRANSLATE_NOOP("LabCatalog", "Private addresses and NAT"),
         {QStringLiteral("private-addresses"), QStringLiteral("napt"),
          QStringLiteral("static-nat")}},
        {QStringLiteral("ports"),
         QT_TRANSLATE_NOOP("LabCatalog", "Ports"),
         {QStringLiteral("tcp-rst")}},
        {QStringLiteral("tcp-connection"),
         QT_TRANSLATE_NOOP("LabCatalog", "TCP: handshake, data, close"),
         {QStringLiteral("tcp-handshake"), QStringLiteral("tcp-basics"),
          QStringLiteral("tcp-close"), QStringLiteral("tcp-simultaneous-open"),
          QStringLiteral("tcp-simultaneous-close")}},
        {QStringLiteral("tcp-reliability"),
         QT_TRANSLATE_NOOP("LabCatalog", "Retransmission and flow control"),
         {QStringLiteral("tcp-lost-syn"), QStringLiteral("tcp-fast-retransmit"),
          QStringLiteral("tcp-loss"), QStringLiteral("tcp-zero-window")}},
        {QStringLiteral("udp"),
         QT_TRANSLATE_NOOP("LabCatalog", "UDP"),
         {QStringLiteral("udp-voice")}},
        {QStringLiteral("dhcp"), QT_TRANSLATE_NOOP("LabCatalog", "DHCP"), {QStringLiteral("dhcp")}},
        {QStringLiteral("dns"),
         QT_TRANSLATE_NOOP("LabCatalog", "DNS"),
         {QStringLiteral("dns"), QStringLiteral("dns-cname"), QStringLiteral("dns-forwarding"),
          QStringLiteral("dns-tcp-fallback")}},
    };
    return sections;
}

QString sectionTitle(const LabSection& section) {
    return QCoreApplication::translate("LabCatalog", section.title);
}

QString sectionOf(const QString& labName) {
    for (const LabSection& section : labSections())
        if (section.labs.contains(labName))
            return section.id;
    return {};
}

} // namespace ww::lab
