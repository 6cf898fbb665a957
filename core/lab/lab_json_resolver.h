#pragma once

// The stub resolver's lab keys: host key "resolver", and the names scenario actions take
// ("name" for ping/http/dns, "type" for dns). Kept apart from lab_json.cpp.
#include "lab/json_reader.h"
#include "lab/lab.h"

#include <QJsonObject>

namespace ww::lab {

std::optional<Resolver> readResolver(JsonReader& r, const QJsonValue& v, const QString& path);
QJsonObject resolverJson(const Resolver& resolver);

// A domain name as a lab gives it ("www.naver.com", a trailing dot allowed); the reason
// when it is not one (empty label, label over 63 octets, name over 255 octets).
std::optional<std::string> readDomainName(JsonReader& r, const QJsonObject& o, const QString& key,
                                          const QString& path, bool required);

// ping/http: "to" or "name", exactly one; dns: "name" and "type". False when unusable.
bool readActionTarget(JsonReader& r, const QJsonObject& o, const QString& path, Action& a);
void writeActionTarget(const Action& a, QJsonObject& o);

// "A", "NS", "CNAME", "MX", "PTR", "SOA" <-> the RFC 1035 type values; 0 when unknown.
std::uint16_t queryTypeFromText(const QString& text);

} // namespace ww::lab
