#pragma once

// The ping lab of tests/big_lab.py: `hosts` hosts on a chain of 48-port switches,
// one ping per ten hosts at 0.1 s. Big enough to record in the background.
#include "lab/lab_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ww::test {

inline lab::Lab bigPingLab(int hosts, double duration = 1) {
    QJsonArray devices, links, scenario, ports;
    for (int p = 1; p <= 48; ++p)
        ports.append(QJsonObject{{"name", QStringLiteral("p%1").arg(p)}});
    const int switches = (hosts + 45) / 46;
    for (int s = 1; s <= switches; ++s) {
        devices.append(QJsonObject{
            {"name", QStringLiteral("SW%1").arg(s)}, {"type", "switch"}, {"interfaces", ports}});
        if (s > 1)
            links.append(QJsonObject{{"name", QStringLiteral("SW%1-SW%2").arg(s - 1).arg(s)},
                                     {"a", QStringLiteral("SW%1:p48").arg(s - 1)},
                                     {"b", QStringLiteral("SW%1:p47").arg(s)}});
    }
    for (int h = 1; h <= hosts; ++h) {
        devices.append(QJsonObject{
            {"name", QStringLiteral("H%1").arg(h)},
            {"type", "host"},
            {"interfaces",
             QJsonArray{QJsonObject{
                 {"name", "eth0"},
                 {"address", QStringLiteral("10.0.%1.%2/8").arg(h >> 8 & 255).arg(h & 255)}}}}});
        links.append(QJsonObject{
            {"name", QStringLiteral("H%1-SW%2").arg(h).arg((h - 1) / 46 + 1)},
            {"a", QStringLiteral("H%1:eth0").arg(h)},
            {"b", QStringLiteral("SW%1:p%2").arg((h - 1) / 46 + 1).arg((h - 1) % 46 + 1)}});
        if (h % 10 == 0)
            scenario.append(QJsonObject{{"at", 0.1},
                                        {"action", "ping"},
                                        {"from", QStringLiteral("H%1").arg(h)},
                                        {"to", "10.0.0.1"}});
    }
    const QJsonObject lab{{"format", "wirewalk-lab"},
                          {"version", 1},
                          {"name", QStringLiteral("big-%1").arg(hosts)},
                          {"duration", duration},
                          {"devices", devices},
                          {"links", links},
                          {"scenario", scenario}};
    auto loaded = lab::parseLab(QJsonDocument(lab).toJson(QJsonDocument::Compact));
    if (!loaded.lab)
        qFatal("big ping lab does not load");
    return *loaded.lab;
}

} // namespace ww::test
