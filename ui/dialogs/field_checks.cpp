#include "dialogs/field_checks.h"

#include "dialogs/action_kinds.h"
#include "lab/address_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace ww::ui {

QString checkPrefix(const QString& text, bool optional) {
    if (text.isEmpty())
        return optional ? QString()
                        : QCoreApplication::translate(
                              "FieldChecks",
                              "an address with prefix length is needed, e.g. 10.0.1.10/24");
    QString error;
    return lab::parsePrefixText(text, &error) ? QString() : error;
}

QString checkAddress(const QString& text, bool optional) {
    if (text.isEmpty())
        return optional ? QString()
                        : QCoreApplication::translate("FieldChecks",
                                                      "an IPv4 address is needed, e.g. 10.0.1.1");
    QString error;
    return lab::parseAddressText(text, &error) ? QString() : error;
}

QString checkMac(const QString& text) {
    if (text.isEmpty())
        return {}; // derived from the device's position in the lab
    QString error;
    return lab::parseMacText(text, &error) ? QString() : error;
}

QString checkNumber(const QString& text, double min, double max, bool optional) {
    if (text.isEmpty() && optional)
        return {};
    bool ok = false;
    const double v = text.toDouble(&ok); // C locale: the lab file's notation
    if (!ok)
        return QCoreApplication::translate("FieldChecks", "'%1' is not a number").arg(text);
    if (v < min || v > max)
        return QCoreApplication::translate("FieldChecks", "%1 is out of range %2-%3")
            .arg(text, numberText(min), numberText(max));
    return {};
}

QString checkInteger(const QString& text, long long min, long long max, bool optional) {
    if (text.isEmpty() && optional)
        return {};
    bool ok = false;
    const long long v = text.toLongLong(&ok);
    if (!ok)
        return QCoreApplication::translate("FieldChecks", "'%1' is not a whole number").arg(text);
    if (v < min || v > max)
        return QCoreApplication::translate("FieldChecks", "%1 is out of range %2-%3")
            .arg(text)
            .arg(min)
            .arg(max);
    return {};
}

QString checkActionName(const QString& text) {
    return actionKindFromText(text) ? QString()
                                    : QCoreApplication::translate("FieldChecks", "one of %1")
                                          .arg(actionKindKeys().join(QStringLiteral(", ")));
}

QString checkBoolean(const QString& text) {
    return text.isEmpty() || text == QLatin1String("true") || text == QLatin1String("false")
               ? QString()
               : QCoreApplication::translate("FieldChecks", "true or false");
}

QString booleanText(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString numberText(double value) {
    // Shortest text that reads back as the same double: Apply leaves unchanged values unchanged.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<lab::ActionType> actionTypeFromText(const QString& text) {
    const ActionKind* kind = actionKindFromText(text);
    return kind ? std::optional(kind->type) : std::nullopt;
}

QString actionTypeText(lab::ActionType type) {
    const ActionKind* kind = actionKind(type);
    return kind ? QString::fromLatin1(kind->key) : QString();
}

std::optional<Ipv4Prefix> prefixFromText(const QString& text) {
    QString ignored;
    return text.isEmpty() ? std::nullopt : lab::parsePrefixText(text, &ignored);
}

std::optional<Ipv4Address> addressFromText(const QString& text) {
    QString ignored;
    return text.isEmpty() ? std::nullopt : lab::parseAddressText(text, &ignored);
}

std::optional<MacAddress> macFromText(const QString& text) {
    QString ignored;
    return text.isEmpty() ? std::nullopt : lab::parseMacText(text, &ignored);
}

} // namespace ww::ui
