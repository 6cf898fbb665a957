#pragma once

// Internal to prediction*.cpp: the question builders by kind, and what they share.
#include "classroom/prediction.h"

#include <QCoreApplication>

namespace ww::ui::classroom {

// lupdate files the strings under the context "Prediction".
struct Prediction {
    Q_DECLARE_TR_FUNCTIONS(Prediction)
};

QString ipText(Ipv4Address a);
QString macText(const MacAddress& m);
QString tcpStateText(TcpState s);

std::optional<Question> ackQuestion(const RecordedRun& run, std::size_t index);
std::optional<Question> macQuestion(const RecordedRun& run, std::size_t index);
std::optional<Question> decapsulationQuestion(const RecordedRun& run, std::size_t index);
std::optional<Question> tcpStateQuestion(const RecordedRun& run, std::size_t index);
std::optional<Question> ttlQuestion(const RecordedRun& run, std::size_t index);
std::optional<Question> switchQuestion(const RecordedRun& run, std::size_t index);
std::optional<Question> fragmentQuestion(const RecordedRun& run, std::size_t index);

// The choice text for a switch's decision (shared by the choices and the answer).
QString switchChoiceText(const RecordedRun& run, DeviceId device, SwitchAction action,
                         const std::vector<PortIndex>& ports);

} // namespace ww::ui::classroom
