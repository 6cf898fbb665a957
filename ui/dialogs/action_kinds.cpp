#include "dialogs/action_kinds.h"

#include <QStringList>

namespace ww::ui {

const std::vector<ActionKind>& actionKinds() {
    // clang-format off
    static const std::vector<ActionKind> kinds{
        // type                         key     name   only   needPort port  size  max          default port path   rtype  ttl    df     lport  close
        {lab::ActionType::Ping,        "ping", true,  false, false,   false, true, 65507,       56,     0,   false, false, true,  true,  false, false},
        {lab::ActionType::UdpSend,     "udp",  false, false, true,    true,  true, 65507,       32,     9,   false, false, true,  false, true,  false},
        {lab::ActionType::TcpTransfer, "tcp",  false, false, true,    true,  true, 2'000'000'000, 0,      9,   false, false, false, false, true,  true},
        {lab::ActionType::HttpGet,     "http", true,  false, false,   true,  false, 0,          0,      80,  true,  false, false, false, false, false},
        {lab::ActionType::Dns,         "dns",  true,  true,  false,   false, false, 0,          0,      0,   false, true,  false, false, false, false},
        {lab::ActionType::Traceroute,  "traceroute", true, false, false, false, false, 0,    0,      0,   false, false, false, false, false, false},
    };
    // clang-format on
    return kinds;
}

const ActionKind* actionKind(lab::ActionType type) {
    for (const ActionKind& k : actionKinds())
        if (k.type == type)
            return &k;
    return nullptr;
}

const ActionKind* actionKindFromText(const QString& text) {
    const QString t = text.trimmed().toLower();
    for (const ActionKind& k : actionKinds())
        if (t == QLatin1String(k.key))
            return &k;
    return nullptr;
}

QStringList actionKindKeys() {
    QStringList keys;
    for (const ActionKind& k : actionKinds())
        keys << QString::fromLatin1(k.key);
    return keys;
}

} // namespace ww::ui
