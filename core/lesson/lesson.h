#pragma once

#include "lab/local_text.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ww::lesson {

// Where a step happens in the recorded run (docs/lesson-format.md, "Selectors").
// Either a moment (`time`) or the nth event of a type whose trace fields match.
// Matching the trace's documented fields, not a raw event index, keeps lessons
// working when the engine adds or reorders events.
struct EventSelector {
    std::optional<double> time; // seconds: the clock stops here (no event filter)
    std::string event;          // trace type name ("tcp_state_changed")
    // Trace fields that must be equal ("to": "ESTABLISHED"); a string for a device
    // field ("device", a frame's "from"/"to") names the device.
    std::vector<std::pair<std::string, QJsonValue>> fields;
    std::string carries;                 // protocol key found in the event's PDU ("arp")
    std::optional<std::string> tcpFlags; // exact set: "SYN", "SYN+ACK", "FIN+ACK"
    std::optional<bool> tcpData;         // the TCP segment carries payload bytes
    double after = 0;                    // only events at or after this many seconds
    int nth = 1;                         // 1-based among the matches
};

struct Question {
    LocalText prompt;
    std::vector<LocalText> choices;   // empty: a free answer
    int correct = 0;                  // choices: the 1-based number of the right one
    std::vector<std::string> answers; // free answer: accepted answers (first is shown)
    LocalText explanation;
};

struct Step {
    EventSelector at;
    LocalText narration;
    bool pause = true;
    std::vector<std::string> devices; // highlighted on the canvas
    std::vector<std::string> fields;  // "protocol.field" highlighted in the inspector
    std::optional<Question> question;
    std::string misconception; // catalogue id shown with the step (misconceptions.h)
};

struct Lesson {
    std::string name;
    LocalText title;
    std::string lab;     // "builtin:NAME" or a path relative to the lesson file
    std::string section; // one of courseSections(), optional
    std::vector<Step> steps;
};

// The course notes' sections in their order (the lab catalogue's ids): "layers", "ip",
// "arp", "icmp", "cast", "nat", "ports", "tcp-connection", "tcp-reliability", "udp",
// "dhcp", "dns". Built-in lessons are listed in this order.
const QStringList& courseSections();

// A free answer is right when it equals an accepted answer ignoring case and
// spaces; a choice when its 1-based number is `correct`.
bool isCorrectChoice(const Question& q, int chosen);
bool isCorrectAnswer(const Question& q, const QString& answer);

} // namespace ww::lesson
