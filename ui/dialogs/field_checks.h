#pragma once

#include "lab/lab.h"

#include <QString>
#include <optional>

namespace ww::ui {

// Checkers for the editors' fields: each returns why the text is not
// acceptable (core's own wording for addresses) or an empty string.
// `optional` fields accept empty text.
QString checkPrefix(const QString& text, bool optional);
QString checkAddress(const QString& text, bool optional);
QString checkMac(const QString& text);
QString checkNumber(const QString& text, double min, double max, bool optional = false);
QString checkInteger(const QString& text, long long min, long long max, bool optional = false);
QString checkActionName(const QString& text);
// "true", "false" (the lab file's words), or empty for the default.
QString checkBoolean(const QString& text);
QString booleanText(bool value);

// Lab value <-> text, exact both ways for what the checkers accept.
QString numberText(double value);
std::optional<lab::ActionType> actionTypeFromText(const QString& text);
QString actionTypeText(lab::ActionType type);
std::optional<Ipv4Prefix> prefixFromText(const QString& text); // empty or invalid: none
std::optional<Ipv4Address> addressFromText(const QString& text);
std::optional<MacAddress> macFromText(const QString& text);

} // namespace ww::ui
