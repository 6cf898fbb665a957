#include "cli/subnet_command.h"

#include "cli/command_line.h"
#include "cli/text_columns.h"
#include "lab/address_text.h"
#include "wire/subnet_info.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ww::cli {

namespace {

QString q(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

QString explain(const SubnetParseError& e, const QString& input) {
    const QString part = QString::fromStdString(e.text);
    switch (e.kind) {
    case SubnetParseError::Empty:
        return QCoreApplication::translate("SubnetCommand",
                                           "give an address with a prefix, e.g. 192.168.1.10/24");
    case SubnetParseError::BadAddress:
        return lab::describeIpv4Failure(part, e.address);
    case SubnetParseError::BadPrefix:
        return QCoreApplication::translate("SubnetCommand",
                                           "prefix length '%1' is not a number from 0 to 32")
            .arg(part);
    case SubnetParseError::PrefixTooLarge:
        return QCoreApplication::translate("SubnetCommand", "prefix length %1 is out of range 0-32")
            .arg(part);
    case SubnetParseError::BadMask:
        return QCoreApplication::translate("SubnetCommand",
                                           "'%1' is not a netmask: its one bits must be contiguous "
                                           "from the left, e.g. 255.255.255.0")
            .arg(part);
    }
    return QCoreApplication::translate("SubnetCommand", "'%1' is not ADDRESS/PREFIX").arg(input);
}

// The 32 bits with a '|' where the network part ends.
QString markedBits(const SubnetInfo& s) {
    QString bits;
    for (int i = 0; i < 32; ++i) {
        if (i == s.prefix && i != 0)
            bits += QLatin1Char('|');
        else if (i && i % 8 == 0)
            bits += QLatin1Char('.');
        bits += ((s.address.value >> (31 - i)) & 1) ? QLatin1Char('1') : QLatin1Char('0');
    }
    return bits;
}

struct NoteText {
    SubnetNote note;
    const char* key; // JSON
    const char* rfc;
    const char* flag; // the Flags row's word; nullptr: a note about the prefix, not the address
    const char* text;
};

// One place for the words of each note; JSON carries the English, the text is translated.
constexpr NoteText kNotes[] = {
    {SubnetNote::Multicast, "multicast", "RFC 5771",
     QT_TRANSLATE_NOOP("SubnetCommand", "multicast"),
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "multicast (RFC 5771): 224.0.0.0/4 holds group addresses; a packet sent to "
                       "one reaches every member of the group. No interface has one as its own "
                       "address, so a multicast range has no hosts and no broadcast address.")},
    {SubnetNote::PointToPoint, "point-to-point", "RFC 3021", nullptr,
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "point-to-point /31 (RFC 3021): both addresses are hosts, one for each end "
                       "of the link; there is no network address and no broadcast address.")},
    {SubnetNote::SingleAddress, "single-address", "RFC 4632", nullptr,
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "/32: exactly one address (a host route, or a loopback or NAT address); no "
                       "other host shares it and there is no broadcast address.")},
    {SubnetNote::ThisNetwork, "this-network", "RFC 1122",
     QT_TRANSLATE_NOOP("SubnetCommand", "this network"),
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "\"this network\" 0.0.0.0/8 (RFC 1122 3.2.1.3): only a source address, "
                       "used while a host does not yet know its own (a DHCP DISCOVER comes from "
                       "0.0.0.0); never a destination.")},
    {SubnetNote::Loopback, "loopback", "RFC 1122", QT_TRANSLATE_NOOP("SubnetCommand", "loopback"),
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "loopback 127.0.0.0/8 (RFC 1122): a packet sent to it never leaves the "
                       "host.")},
    {SubnetNote::LinkLocal, "link-local", "RFC 3927",
     QT_TRANSLATE_NOOP("SubnetCommand", "link-local"),
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "link-local 169.254.0.0/16 (RFC 3927): a host picks one itself when DHCP "
                       "gives it nothing; valid on its own link only, never routed.")},
    {SubnetNote::Private, "private", "RFC 1918",
     QT_TRANSLATE_NOOP("SubnetCommand", "private (RFC 1918)"),
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "private (RFC 1918): for use inside a site; the internet does not route "
                       "it, so reaching the internet takes NAT.")},
    {SubnetNote::Shared, "shared", "RFC 6598",
     QT_TRANSLATE_NOOP("SubnetCommand", "shared (RFC 6598)"),
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "shared address space 100.64.0.0/10 (RFC 6598): between a provider's "
                       "carrier-grade NAT and its customers; neither private nor public.")},
    {SubnetNote::Documentation, "documentation", "RFC 5737",
     QT_TRANSLATE_NOOP("SubnetCommand", "documentation (RFC 5737)"),
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "documentation (RFC 5737): 192.0.2.0/24, 198.51.100.0/24 and "
                       "203.0.113.0/24 are for examples in books and manuals, never for a real "
                       "network.")},
    {SubnetNote::Reserved, "reserved", "RFC 1112",
     QT_TRANSLATE_NOOP("SubnetCommand", "reserved (RFC 1112)"),
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "reserved 240.0.0.0/4 (RFC 1112 4): set aside for future use; hosts and "
                       "routers do not use it.")},
    {SubnetNote::LimitedBroadcast, "limited-broadcast", "RFC 919",
     QT_TRANSLATE_NOOP("SubnetCommand", "limited broadcast"),
     QT_TRANSLATE_NOOP("SubnetCommand",
                       "limited broadcast 255.255.255.255 (RFC 919): every host on this link; "
                       "routers never forward it.")},
};

const NoteText& noteText(SubnetNote n) {
    for (const auto& t : kNotes)
        if (t.note == n)
            return t;
    return kNotes[0];
}

QString translated(const char* text) {
    return QCoreApplication::translate("SubnetCommand", text);
}

void printText(const SubnetInfo& s, QTextStream& out) {
    QList<std::pair<QString, QString>> rows;
    auto row = [&rows](const char* label, const QString& value) {
        rows.append({label ? translated(label) : QString(), value});
    };
    row(QT_TRANSLATE_NOOP("SubnetCommand", "Address"),
        q(s.address) + QStringLiteral("/%1").arg(s.prefix));
    row(QT_TRANSLATE_NOOP("SubnetCommand", "Network"),
        q(s.network) + QStringLiteral("/%1").arg(s.prefix));
    row(QT_TRANSLATE_NOOP("SubnetCommand", "Netmask"), q(s.netmask));
    row(QT_TRANSLATE_NOOP("SubnetCommand", "Wildcard"), q(s.wildcard));
    const char* broadcast = QT_TRANSLATE_NOOP("SubnetCommand", "Broadcast");
    if (s.hasBroadcast)
        row(broadcast, q(s.broadcast));
    else if (s.multicastRange)
        row(broadcast,
            translated(QT_TRANSLATE_NOOP("SubnetCommand", "none: a multicast range has none")));
    else if (s.prefix == 31)
        row(broadcast, translated(QT_TRANSLATE_NOOP("SubnetCommand",
                                                    "none: a /31 has two hosts and no broadcast")));
    else
        row(broadcast,
            translated(QT_TRANSLATE_NOOP("SubnetCommand", "none: a /32 is one address")));
    if (s.multicastRange) {
        row(QT_TRANSLATE_NOOP("SubnetCommand", "Hosts"),
            translated(
                QT_TRANSLATE_NOOP("SubnetCommand", "none: group addresses, not host addresses")));
        row(QT_TRANSLATE_NOOP("SubnetCommand", "Addresses"), QString::number(s.addresses));
    } else {
        row(QT_TRANSLATE_NOOP("SubnetCommand", "First host"), q(s.firstHost));
        row(QT_TRANSLATE_NOOP("SubnetCommand", "Last host"), q(s.lastHost));
        row(QT_TRANSLATE_NOOP("SubnetCommand", "Usable hosts"), QString::number(s.usableHosts));
    }
    QStringList flags;
    for (SubnetNote n : s.notes)
        if (const char* flag = noteText(n).flag)
            flags << translated(flag);
    row(QT_TRANSLATE_NOOP("SubnetCommand", "Flags"),
        flags.isEmpty() ? translated(QT_TRANSLATE_NOOP("SubnetCommand", "none"))
                        : flags.join(QStringLiteral(", ")));
    row(QT_TRANSLATE_NOOP("SubnetCommand", "Bits"), markedBits(s));
    row(nullptr, translated(QT_TRANSLATE_NOOP("SubnetCommand", "%1 network bits | %2 host bits"))
                     .arg(s.prefix)
                     .arg(32 - s.prefix));
    for (std::size_t i = 0; i < s.notes.size(); ++i)
        row(i == 0 ? QT_TRANSLATE_NOOP("SubnetCommand", "Notes") : nullptr,
            translated(noteText(s.notes[i]).text));

    int width = 14; // English keeps its 16 columns; longer (or wider Korean) labels widen it
    for (const auto& [label, value] : rows)
        width = std::max(width, displayWidth(label));
    for (const auto& [label, value] : rows)
        out << padToWidth(label, width + 2) << value << '\n';
}

QJsonObject toJson(const SubnetInfo& s) {
    QJsonArray notes;
    for (SubnetNote n : s.notes) {
        const NoteText& t = noteText(n);
        notes.append(QJsonObject{{"key", QLatin1String(t.key)},
                                 {"rfc", QLatin1String(t.rfc)},
                                 {"text", QString::fromUtf8(t.text)}});
    }
    // The fields Python's ipaddress has, as it computes them; then the notes beside them.
    return QJsonObject{{"address", q(s.address)},
                       {"prefix", s.prefix},
                       {"network", q(s.network)},
                       {"broadcast", q(s.broadcast)},
                       {"netmask", q(s.netmask)},
                       {"wildcard", q(s.wildcard)},
                       {"first_host", q(s.firstHost)},
                       {"last_host", q(s.lastHost)},
                       {"addresses", static_cast<double>(s.addresses)},
                       {"usable_hosts", static_cast<double>(s.usableHosts)},
                       {"private", s.isPrivate},
                       {"loopback", s.isLoopback},
                       {"multicast", s.isMulticast},
                       {"link_local", s.isLinkLocal},
                       {"reserved", s.isReserved},
                       {"unspecified", s.isUnspecified},
                       {"binary", QString::fromStdString(s.binary)},
                       {"has_broadcast", s.hasBroadcast},
                       {"has_hosts", !s.multicastRange},
                       {"notes", notes}};
}

} // namespace

int runSubnetCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "SubnetCommand",
        "Network address, broadcast, mask, wildcard, host range and flags of an IPv4 address "
        "with its prefix length (or netmask)."));
    const QCommandLineOption help({"h", "help"},
                                  QCoreApplication::translate("SubnetCommand", "Show this help."));
    const QCommandLineOption json(
        "json", QCoreApplication::translate("SubnetCommand", "Print one JSON object."));
    parser.addOptions({help, json});
    parser.addPositionalArgument(
        QCoreApplication::translate("SubnetCommand", "ADDRESS/PREFIX"),
        QCoreApplication::translate("SubnetCommand", "e.g. 192.168.1.10/24 or 10.0.0.1/255.0.0.0"));
    if (auto done =
            parseCommandLine(parser, QStringLiteral("subnet"), args, help, Streams{out, err}))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate(
                   "SubnetCommand", "subnet: expected one ADDRESS/PREFIX, e.g. 192.168.1.10/24")
            << '\n';
        return 2;
    }
    const QString input = parser.positionalArguments().first();
    SubnetParseError error;
    const QByteArray latin = input.toLatin1();
    auto info = computeSubnet(std::string_view(latin.constData(), latin.size()), &error);
    if (!info) {
        err << QCoreApplication::translate("SubnetCommand", "subnet: %1").arg(explain(error, input))
            << '\n';
        return 2;
    }
    if (parser.isSet(json)) {
        out << QJsonDocument(toJson(*info)).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    printText(*info, out);
    return 0;
}

} // namespace ww::cli
