#pragma once

#include "lab/lab.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace ww::ui {

// The scenario action kinds the editor offers, with what each takes (the lab
// loader's rules, core/lab/lab_json.cpp readAction). A new kind is one row in
// actionKinds() (action_kinds.cpp).
struct ActionKind {
    lab::ActionType type;
    const char* key;           // the lab file's "action" value
    bool takesName;            // "name" (resolved first) instead of "to"
    bool needsName;            // only a name (dns)
    bool needsPort;            // "port" is required
    bool takesPort;            // "port" is read at all
    bool takesSize;            // "size"
    int maxSize;               // the loader's upper bound for "size"
    int defaultSize;           // the loader's default for "size"
    std::uint16_t defaultPort; // the loader's default for "port"
    bool takesPath;            // http "path"
    bool takesRecordType;      // dns "type"
    bool takesTtl;             // "ttl"
    bool takesDf;              // ping "df"
    bool takesLocalPort;       // "local_port"
    bool takesClose;           // tcp "close" and "close_at"
};

const std::vector<ActionKind>& actionKinds();
const ActionKind* actionKind(lab::ActionType type);
const ActionKind* actionKindFromText(const QString& text);
QStringList actionKindKeys(); // "ping", "udp"... in the order above

} // namespace ww::ui
