#include "lesson/lesson_steps.h"

#include "lesson/pdu_facts.h"
#include "trace/jsonl_writer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace ww::lesson {

namespace {

// An event's trace members as JSON (docs/trace-format.md), the form selectors match.
QJsonObject traceFields(const EventKind& kind) {
    // Without hex: the writer gives a PDU's id and length, not kilobytes of bytes that
    // no selector matches.
    std::string line;
    JsonLine j(line, nullptr, false);
    writeEventFields(j, kind);
    j.end();
    return QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
}

struct TypeFields {
    QStringList fields;  // matchable: not PDU bytes, not lists
    QStringList devices; // holding a device id: a lesson names the device instead
};

template <std::size_t... I> std::map<QString, TypeFields> sampleTypes(std::index_sequence<I...>) {
    std::map<QString, TypeFields> types;
    (
        [&] {
            const EventKind kind(std::in_place_index<I>);
            TypeFields t;
            const QJsonObject o = traceFields(kind);
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it->isObject() || it->isArray() || it->isNull()) // PDU bytes, lists
                    continue;
                t.fields << it.key();
                const bool deviceKey = it.key() == QLatin1String("device") ||
                                       it.key() == QLatin1String("from") ||
                                       it.key() == QLatin1String("to");
                if (deviceKey && it->isDouble())
                    t.devices << it.key();
            }
            types[QString::fromUtf8(eventTypeName(kind))] = t;
        }(),
        ...);
    return types;
}

const std::map<QString, TypeFields>& types() {
    static const auto t = sampleTypes(std::make_index_sequence<std::variant_size_v<EventKind>>());
    return t;
}

bool isDeviceField(const std::string& event, const std::string& key) {
    auto it = types().find(QString::fromStdString(event));
    return it != types().end() && it->second.devices.contains(QString::fromStdString(key));
}

bool fieldMatches(const std::string& key, const QJsonValue& want, const QJsonValue& have,
                  const std::vector<std::string>& deviceNames) {
    if (want.isString() && have.isDouble() && (key == "device" || key == "from" || key == "to")) {
        const auto id = static_cast<std::size_t>(have.toDouble());
        return id < deviceNames.size() && deviceNames[id] == want.toString().toStdString();
    }
    if (want.isDouble() && have.isDouble())
        return want.toDouble() == have.toDouble();
    return want == have;
}

} // namespace

QStringList selectorEventTypes() {
    QStringList names;
    for (const auto& [name, fields] : types())
        names << name;
    return names;
}

QStringList selectorFields(const QString& eventType) {
    auto it = types().find(eventType);
    return it == types().end() ? QStringList() : it->second.fields;
}

bool matches(const EventSelector& s, const Event& e, const std::vector<std::string>& deviceNames) {
    if (e.time < secondsToTime(s.after) || eventTypeName(e.kind) != s.event)
        return false;
    if (!s.fields.empty()) {
        const QJsonObject o = traceFields(e.kind);
        for (const auto& [key, want] : s.fields)
            if (!fieldMatches(key, want, o.value(QString::fromStdString(key)), deviceNames))
                return false;
    }
    if (s.carries.empty() && !s.tcpFlags && !s.tcpData)
        return true;
    const PduFacts f = pduFacts(e.kind);
    if (!s.carries.empty()) {
        bool found = false;
        for (Protocol p : f.protocols)
            found = found || s.carries == toString(p);
        if (!found)
            return false;
    }
    if ((s.tcpFlags || s.tcpData) && !f.tcp)
        return false;
    if (s.tcpFlags && tcpFlagSet(f.tcp->flags) != *s.tcpFlags)
        return false;
    return !s.tcpData || *s.tcpData == (f.tcpPayload > 0);
}

ResolvedSteps resolveSteps(const Lesson& lesson, const std::vector<Event>& events,
                           const std::vector<std::string>& deviceNames, SimTime duration) {
    ResolvedSteps r;
    auto where = [](std::size_t i, const char* key) {
        return QStringLiteral("steps[%1].%2").arg(i).arg(QLatin1String(key));
    };
    auto knownDevice = [&](const std::string& name) {
        return std::find(deviceNames.begin(), deviceNames.end(), name) != deviceNames.end();
    };
    QStringList names;
    for (const auto& n : deviceNames)
        names << QString::fromStdString(n);
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const Step& step = lesson.steps[i];
        for (std::size_t d = 0; d < step.devices.size(); ++d)
            if (!knownDevice(step.devices[d]))
                r.issues.push_back(
                    {where(i, "highlight.devices") + QStringLiteral("[%1]").arg(d),
                     QCoreApplication::translate("LessonLoader",
                                                 "'%1' is not a device of the lab; devices: %2")
                         .arg(QString::fromStdString(step.devices[d]), names.join(", "))});
        for (const auto& [key, value] : step.at.fields)
            if (value.isString() && isDeviceField(step.at.event, key) &&
                !knownDevice(value.toString().toStdString()))
                r.issues.push_back(
                    {where(i, "at.") + QString::fromStdString(key),
                     QCoreApplication::translate("LessonLoader",
                                                 "'%1' is not a device of the lab; devices: %2")
                         .arg(value.toString(), names.join(", "))});
        if (step.at.time) {
            const SimTime t = secondsToTime(*step.at.time);
            if (t > duration) {
                r.issues.push_back(
                    {where(i, "at.time"),
                     QCoreApplication::translate("LessonLoader",
                                                 "%1 s is after the end of the lab's run (%2 s)")
                         .arg(*step.at.time)
                         .arg(timeToSeconds(duration))});
                continue;
            }
            std::size_t applied = 0;
            while (applied < events.size() && events[applied].time <= t)
                ++applied;
            r.positions.push_back({t, applied});
            continue;
        }
        int found = 0;
        std::size_t at = events.size();
        for (std::size_t e = 0; e < events.size() && at == events.size(); ++e)
            if (matches(step.at, events[e], deviceNames) && ++found == step.at.nth)
                at = e;
        if (at == events.size()) {
            r.issues.push_back(
                {where(i, "at"),
                 found == 0 ? QCoreApplication::translate(
                                  "LessonLoader", "matches no event of the recorded run of %1")
                                  .arg(QString::fromStdString(lesson.lab))
                            : QCoreApplication::translate(
                                  "LessonLoader",
                                  "asks for match %1 but the recorded run of %2 has only %3")
                                  .arg(step.at.nth)
                                  .arg(QString::fromStdString(lesson.lab))
                                  .arg(found)});
            continue;
        }
        r.positions.push_back({events[at].time, at + 1});
    }
    if (!r.issues.empty())
        r.positions.clear();
    return r;
}

} // namespace ww::lesson
