#include "lab/address_text.h"

#include <QCoreApplication>

namespace ww::lab {

QString describeIpv4Failure(const QString& text, const Ipv4ParseFailure& f) {
    const QString octet = QString::fromStdString(f.octetText);
    switch (f.error) {
    case Ipv4ParseError::Empty:
        return QCoreApplication::translate("LabLoader",
                                           "an IPv4 address is required, e.g. 10.0.1.10");
    case Ipv4ParseError::WrongOctetCount:
        return QCoreApplication::translate(
                   "LabLoader",
                   "'%1' is not an IPv4 address: it needs four numbers 0-255 separated by dots, "
                   "e.g. 10.0.1.10")
            .arg(text);
    case Ipv4ParseError::NotANumber:
        return QCoreApplication::translate(
                   "LabLoader", "'%1' is not an IPv4 address: '%2' is not a number from 0 to 255")
            .arg(text, octet);
    case Ipv4ParseError::LeadingZero:
        return QCoreApplication::translate(
                   "LabLoader", "'%1': write '%2' without a leading zero (each number is 0-255)")
            .arg(text, octet);
    case Ipv4ParseError::OctetTooLarge:
        return QCoreApplication::translate(
                   "LabLoader", "%1 is greater than 255: each of the four numbers is 0-255")
            .arg(octet);
    }
    return {};
}

std::optional<Ipv4Address> parseAddressText(const QString& text, QString* error) {
    Ipv4ParseFailure f{};
    const QByteArray latin = text.toLatin1();
    if (auto a = parseIpv4(std::string_view(latin.constData(), latin.size()), &f))
        return a;
    *error = describeIpv4Failure(text, f);
    return std::nullopt;
}

std::optional<Ipv4Prefix> parsePrefixText(const QString& text, QString* error) {
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        *error = QCoreApplication::translate(
                     "LabLoader", "'%1' needs a prefix length after a slash, e.g. 10.0.1.10/24")
                     .arg(text);
        return std::nullopt;
    }
    auto address = parseAddressText(text.left(slash), error);
    if (!address)
        return std::nullopt;
    const QString len = text.mid(slash + 1);
    bool digits = !len.isEmpty() && len.size() <= 3;
    for (QChar c : len)
        digits = digits && c.isDigit() && c.unicode() < 128;
    if (!digits) {
        *error = QCoreApplication::translate("LabLoader",
                                             "prefix length '%1' is not a number from 0 to 32")
                     .arg(len);
        return std::nullopt;
    }
    const int n = len.toInt();
    if (n > 32) {
        *error = QCoreApplication::translate("LabLoader", "prefix length %1 is out of range 0-32")
                     .arg(n);
        return std::nullopt;
    }
    return Ipv4Prefix{*address, n};
}

std::optional<MacAddress> parseMacText(const QString& text, QString* error) {
    const QByteArray latin = text.toLatin1();
    if (auto m = MacAddress::parse(std::string_view(latin.constData(), latin.size())))
        return m;
    *error = QCoreApplication::translate(
                 "LabLoader",
                 "'%1' is not a MAC address: six two-digit hex numbers separated by colons, "
                 "e.g. 02:00:00:00:01:0a")
                 .arg(text);
    return std::nullopt;
}

} // namespace ww::lab
