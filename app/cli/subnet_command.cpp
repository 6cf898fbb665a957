#include "cli/subnet_command.h"

#include "cli/command_line.h"
#include "lab/address_text.h"
#include "wire/subnet_info.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

void printText(const SubnetInfo& s, QTextStream& out) {
    auto row = [&out](const QString& label, const QString& value) {
        out << qSetFieldWidth(16) << Qt::left << label << qSetFieldWidth(0) << value << '\n';
    };
    row(QCoreApplication::translate("SubnetCommand", "Address"),
        q(s.address) + QStringLiteral("/%1").arg(s.prefix));
    row(QCoreApplication::translate("SubnetCommand", "Network"),
        q(s.network) + QStringLiteral("/%1").arg(s.prefix));
    row(QCoreApplication::translate("SubnetCommand", "Netmask"), q(s.netmask));
    row(QCoreApplication::translate("SubnetCommand", "Wildcard"), q(s.wildcard));
    row(QCoreApplication::translate("SubnetCommand", "Broadcast"), q(s.broadcast));
    row(QCoreApplication::translate("SubnetCommand", "First host"), q(s.firstHost));
    row(QCoreApplication::translate("SubnetCommand", "Last host"), q(s.lastHost));
    row(QCoreApplication::translate("SubnetCommand", "Usable hosts"),
        QString::number(s.usableHosts));
    QStringList flags;
    if (s.isPrivate)
        flags << QCoreApplication::translate("SubnetCommand", "private (RFC 1918)");
    if (s.isLoopback)
        flags << QCoreApplication::translate("SubnetCommand", "loopback");
    if (s.isMulticast)
        flags << QCoreApplication::translate("SubnetCommand", "multicast");
    if (s.isLinkLocal)
        flags << QCoreApplication::translate("SubnetCommand", "link-local");
    row(QCoreApplication::translate("SubnetCommand", "Flags"),
        flags.isEmpty() ? QCoreApplication::translate("SubnetCommand", "none")
                        : flags.join(QStringLiteral(", ")));
    row(QCoreApplication::translate("SubnetCommand", "Bits"), markedBits(s));
    row(QString(), QCoreApplication::translate("SubnetCommand", "%1 network bits | %2 host bits")
                       .arg(s.prefix)
                       .arg(32 - s.prefix));
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
        const QJsonObject o{{"address", q(info->address)},
                            {"prefix", info->prefix},
                            {"network", q(info->network)},
                            {"broadcast", q(info->broadcast)},
                            {"netmask", q(info->netmask)},
                            {"wildcard", q(info->wildcard)},
                            {"first_host", q(info->firstHost)},
                            {"last_host", q(info->lastHost)},
                            {"usable_hosts", static_cast<double>(info->usableHosts)},
                            {"private", info->isPrivate},
                            {"loopback", info->isLoopback},
                            {"multicast", info->isMulticast},
                            {"link_local", info->isLinkLocal},
                            {"binary", QString::fromStdString(info->binary)}};
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    printText(*info, out);
    return 0;
}

} // namespace ww::cli
