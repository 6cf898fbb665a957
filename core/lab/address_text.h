#pragma once

#include "wire/address.h"

#include <QString>
#include <optional>

namespace ww::lab {

// Address fields as people type them, with a message that says what is wrong
// and what is allowed ("256 is greater than 255: each of the four numbers is 0-255").
// Shared by the lab loader and the GUI's editors.
// Why `text` is not an IPv4 address, in words (see parseIpv4's failure kinds).
QString describeIpv4Failure(const QString& text, const Ipv4ParseFailure& failure);
std::optional<Ipv4Address> parseAddressText(const QString& text, QString* error);
// "10.0.1.10/24": an interface address or a network.
std::optional<Ipv4Prefix> parsePrefixText(const QString& text, QString* error);
std::optional<MacAddress> parseMacText(const QString& text, QString* error);

} // namespace ww::lab
