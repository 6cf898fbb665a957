#include "lab/big_ping_lab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ww::lab {

QByteArray bigPingLabJson(int hosts, double duration) {
    constexpr int kPerSwitch = 46; // ports p1-p46 for hosts, p47 and p48 for the chain
    const int switches = (hosts + kPerSwitch - 1) / kPerSwitch;
    QJsonArray devices, links, scenario;
    QJsonArray ports;
    for (int p = 1; p <= 48; ++p)
        ports.append(QJsonObject{{"name", QStringLiteral("p%1").arg(p)}});
    for (int s = 1; s <= switches; ++s) {
        devices.append(QJsonObject{
            {"name", QStringLiteral("SW%1").arg(s)}, {"type", "switch"}, {"interfaces", ports}});
        if (s > 1)
            links.append(QJsonObject{{"name", QStringLiteral("SW%1-SW%2").arg(s - 1).arg(s)},
                                     {"a", QStringLiteral("SW%1:p48").arg(s - 1)},
                                     {"b", QStringLiteral("SW%1:p47").arg(s)}});
    }
    for (int h = 1; h <= hosts; ++h) {
        const QString address =
            QStringLiteral("10.%1.%2.%3/8").arg(h >> 16 & 255).arg(h >> 8 & 255).arg(h & 255);
        devices.append(QJsonObject{
            {"name", QStringLiteral("H%1").arg(h)},
            {"type", "host"},
            {"interfaces", QJsonArray{QJsonObject{{"name", "eth0"}, {"address", address}}}}});
        const int s = (h - 1) / kPerSwitch + 1;
        const int p = (h - 1) % kPerSwitch + 1;
        links.append(QJsonObject{{"name", QStringLiteral("H%1-SW%2").arg(h).arg(s)},
                                 {"a", QStringLiteral("H%1:eth0").arg(h)},
                                 {"b", QStringLiteral("SW%1:p%2").arg(s).arg(p)}});
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
    return QJsonDocument(lab).toJson(QJsonDocument::Compact);
}

} // namespace ww::lab
