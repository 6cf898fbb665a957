#pragma once

#include "models/recorded_run.h"

#include <QString>
#include <QStringList>
#include <cstddef>
#include <optional>
#include <set>
#include <vector>

namespace ww::ui::classroom {

// Prediction mode's questions: before an event plays, the student says what the engine will
// do. Every question and its answer come from the recorded run (never written by hand), so
// a question is only as right as the engine.
enum class QuestionKind {
    AckNumber,      // the acknowledgment number of the next TCP segment (relative)
    TcpState,       // the state a TCP connection moves to
    DestinationMac, // the destination MAC of the next frame: the next hop's, or broadcast
    TtlAfterRouter, // the TTL a router forwards the packet with
    SwitchAction,   // flood or forward, and out of which port
    Decapsulation,  // which headers a device opens (up to which layer)
    FragmentOffsets // the fragment offsets of the next fragments (bytes)
};

enum class AnswerForm { Number, Mac, Choice, Numbers };

struct Question {
    QuestionKind kind = QuestionKind::TcpState;
    std::size_t event = 0; // the event whose outcome is asked; it plays after the answer
    QString prompt;
    AnswerForm form = AnswerForm::Choice;
    QStringList choices; // AnswerForm::Choice: the answer is one of them
    QString answer;      // the engine's answer, as the student would type or pick it
    QString explanation; // why the engine did that
    QString key;         // the situation: asked once per session (not every duplicate ACK)
};

struct Verdict {
    bool right = false;
    QString text; // right: a short confirmation and why; wrong: the answer and why
};

// The questions event `index` can be asked as, best first (none for most events).
std::vector<Question> questionsFor(const RecordedRun& run, std::size_t index);

// The first question for an event in [from, to) whose key is not in `asked`.
std::optional<Question> nextQuestion(const RecordedRun& run, std::size_t from, std::size_t to,
                                     const std::set<QString>& asked);

// Checks a typed or picked answer. Numbers ignore spaces; MACs take ':' or '-' in any case;
// offsets are a list of numbers separated by commas or spaces.
Verdict check(const Question& question, const QString& given);

} // namespace ww::ui::classroom
