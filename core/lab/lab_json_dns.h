#pragma once

// The device key "dns" (docs/lab-format.md): read, written and checked apart from the
// rest of the lab format so the DNS server's fields live in one place.

#include "lab/lab.h"
#include "lab/lab_dns.h"

#include <QJsonObject>
#include <QString>

namespace ww {
class IpNode;
}

namespace ww::lab {

class JsonReader;
struct LabIssue;

// Reads o["dns"] (when present) into d.dns; problems are recorded with their path.
void readDnsServer(JsonReader& r, const QJsonObject& o, const QString& path, Device& d);
// Writes d.dns as o["dns"] (when set), the form readDnsServer reads.
void writeDnsServer(const Device& d, QJsonObject& o);
// Checks on a parsed server: names and values well formed, records inside their zone,
// the role's required parts present. `path` is the device's ("devices[3]").
void validateDnsServer(const Device& d, const QString& path, std::vector<LabIssue>& issues);
// Starts the server d.dns describes on its node (lab_build_dns.cpp).
void startDnsServer(IpNode& node, const DnsServerEntry& server);

} // namespace ww::lab
