#include "dialogs/field_checks.h"

#include "lab/address_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace ww::ui {

QString checkPrefix(const QString& text, bool optional) {
    if (text.isEmpty())
        return optional ? QString()
                        : QCoreApplication::translate(
                              "FieldChecks",
                              "an address with prefix length is needed, e.g. 10.0.1.10/24");
    QString error;
    return lab::parsePrefixText(text, &error) ? QString() : error;
}

QString checkAddress(const QString& text, bool optional) {
    if (text.isEmpty())
        return optional ? QString()
                        : QCoreApplication::translate("FieldChecks",
                                                      "an IPv4 address is needed, e.g. 10.0.1.1");
    QString error;
    return lab::parseAddressText(text, &error) ? QString() : error;
}

QString checkMac(const QString& text) {
    if (text.isEmpty())
        return {}; // derived from the device's position in the lab
    QString error;
    return lab::parseMacText(text, &error) ? QString() : error;
}

QString checkNumber(const QString& text, double min, double max, bool optional) {
    if (text.isEmpty() && optional)
        return {};
    bool ok = false;
    const double v = text.toDouble(&ok); // C locale: the lab file's notation
    if (!ok)
        return QCoreApplication::translate("FieldChecks", "'%1' is not a number").arg(text);
    if (v < min || v > max)
        return QCoreApplication::translate("FieldChecks", "%1 is out of range %2-%3")
            .arg(text, numberText(min), numberText(max));
    return {};
}

QString checkInteger(const QString& text, long long min, long long max, bool optional) {
    if (text.isEmpty() && optional)
        return {};
    bool ok = false;
    const long long v = text.toLongLong(&ok);
    if (!ok)
        return QCoreApplication::translate("FieldChecks", "'%1' is not a whole number").arg(text);
    if (v < min || v > max)
        return QCoreApplication::translate("FieldChecks", "%1 is out of range %2-%3")
            .arg(text)
            .arg(min)
            .arg(max);
    return {};
}

QString checkActionName(const QString& text) {
    return actionTypeFromText(text)
               ? QString()
               : QCoreApplication::translate("FieldChecks", "one of ping, udp, tcp, http");
}

QString numberText(double value) {
    // Shortest text that reads back as the same double: Apply leaves unchanged values unchanged.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<lab::ActionType> actionTypeFromText(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("ping"))
        return lab::ActionType::Ping;
    if (t == QLatin1String("udp"))
        return lab::ActionType::UdpSend;
    if (t == QLatin1String("tcp"))
        return lab::ActionType::TcpTransfer;
    if (t == QLatin1String("http"))
        return lab::ActionType::HttpGet;
    return std::nullopt;
}

QString actionTypeText(lab::ActionType type) {
    switch (type) {
    case lab::ActionType::Ping:
        return QStringLiteral("ping");
    case lab::ActionType::UdpSend:
        return QStringLiteral("udp");
    case lab::ActionType::TcpTransfer:
        return QStringLiteral("tcp");
    case lab::ActionType::HttpGet:
        return QStringLiteral("http");
    case lab::ActionType::Dns:
        return QStringLiteral("dns");
    case lab::ActionType::Traceroute:
        return QStringLiteral("traceroute");
    }
    return {};
}

std::optional<Ipv4Prefix> prefixFromText(const QString& text) {
    QString ignored;
    return text.isEmpty() ? std::nullopt : lab::parsePrefixText(text, &ignored);
}

std::optional<Ipv4Address> addressFromText(const QString& text) {
    QString ignored;
    return text.isEmpty() ? std::nullopt : lab::parseAddressText(text, &ignored);
}

std::optional<MacAddress> macFromText(const QString& text) {
    QString ignored;
    return text.isEmpty() ? std::nullopt : lab::parseMacText(text, &ignored);
}

} // namespace ww::ui
