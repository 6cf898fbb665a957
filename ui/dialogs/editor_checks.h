#pragma once

#include "lab/lab_json.h"

#include <QString>
#include <vector>

namespace ww::ui {

// Checks the editors share with the lab loader: each goes through the loader's own
// code, so a value the editor accepts is one the loader reads.

// A domain name as a lab gives it (core/lab/lab_json_resolver.cpp readDomainName).
QString checkDomainName(const QString& text);
// The name as the loader keeps it (no final dot, escapes as written back); text must pass.
std::string domainNameAsLoaded(const QString& text);
// A record type the dns action asks for: A, NS, CNAME, MX, PTR, SOA.
QString checkQueryType(const QString& text);
// A zone record type: A, NS, CNAME, PTR, MX (the SOA has its own row).
QString checkRecordType(const QString& text);
std::uint16_t recordTypeFromText(const QString& text);
// An IPv4 address that can be a server (not 0.0.0.0, multicast or broadcast).
QString checkUnicast(const QString& text);
QString checkMulticast(const QString& text);

// What the loader says about `after` that it did not say about `before`: the lab
// is written as JSON and read back, so every rule of the file format applies.
std::vector<lab::LabIssue> loaderIssues(const lab::Lab& lab);
std::vector<lab::LabIssue> freshIssues(const std::vector<lab::LabIssue>& before,
                                       const lab::Lab& after);

} // namespace ww::ui
