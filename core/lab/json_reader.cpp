#include "lab/json_reader.h"

#include <QCoreApplication>
#include <cmath>

namespace ww::lab {

namespace {

QString typeName(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("LabLoader", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("LabLoader", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("LabLoader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("LabLoader", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("LabLoader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("LabLoader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("LabLoader", "nothing");
}

} // namespace

void JsonReader::wrongType(const QString& path, const char* expected, const QJsonValue& got) {
    error(path, QCoreApplication::translate("LabLoader", "expected %1, got %2")
                    .arg(QCoreApplication::translate("LabLoader", expected), typeName(got)));
}

void JsonReader::checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed) {
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            error(join(path, it.key()),
                  QCoreApplication::translate("LabLoader", "unknown key '%1'; allowed here: %2")
                      .arg(it.key(), allowed.join(", ")));
}

std::optional<QJsonValue> JsonReader::member(const QJsonObject& o, const QString& key,
                                             const QString& path, bool required) {
    const QJsonValue v = o.value(key);
    if (!v.isUndefined())
        return v;
    if (required)
        error(join(path, key), QCoreApplication::translate("LabLoader", "is required"));
    return std::nullopt;
}

std::optional<QString> JsonReader::string(const QJsonObject& o, const QString& key,
                                          const QString& path, bool required) {
    auto v = member(o, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        wrongType(join(path, key), QT_TRANSLATE_NOOP("LabLoader", "a string"), *v);
        return std::nullopt;
    }
    return v->toString();
}

std::optional<LocalText> JsonReader::localText(const QJsonObject& o, const QString& key,
                                               const QString& path, bool required) {
    auto v = member(o, key, path, required);
    if (!v)
        return std::nullopt;
    if (v->isString())
        return LocalText{v->toString().toStdString(), {}};
    if (!v->isObject()) {
        wrongType(
            join(path, key),
            QT_TRANSLATE_NOOP("LabLoader", "a string or an object {\"en\": ..., \"ko\": ...}"), *v);
        return std::nullopt;
    }
    const QJsonObject text = v->toObject();
    const QString at = join(path, key);
    checkKeys(text, at, {QStringLiteral("en"), QStringLiteral("ko")});
    LocalText result;
    if (auto en = string(text, QStringLiteral("en"), at, true))
        result.en = en->toStdString();
    if (auto ko = string(text, QStringLiteral("ko"), at, false))
        result.ko = ko->toStdString();
    return result;
}

std::optional<double> JsonReader::number(const QJsonObject& o, const QString& key,
                                         const QString& path, double min, double max) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble()) {
        wrongType(join(path, key), QT_TRANSLATE_NOOP("LabLoader", "a number"), v);
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        error(join(path, key),
              QCoreApplication::translate("LabLoader", "%1 is out of range %2 to %3")
                  .arg(d)
                  .arg(min)
                  .arg(max));
        return std::nullopt;
    }
    return d;
}

std::optional<int> JsonReader::wholeNumber(const QJsonValue& v, int min, int max) {
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // Written so that NaN fails every comparison and is refused.
    if (!(d >= min && d <= max && d == std::floor(d)))
        return std::nullopt;
    return static_cast<int>(d);
}

std::optional<int> JsonReader::integer(const QJsonObject& o, const QString& key,
                                       const QString& path, int min, int max) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
        wrongType(join(path, key), QT_TRANSLATE_NOOP("LabLoader", "a whole number"), v);
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (d < min || d > max) {
        error(join(path, key), QCoreApplication::translate("LabLoader", "%1 is out of range %2-%3")
                                   .arg(d)
                                   .arg(min)
                                   .arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<bool> JsonReader::boolean(const QJsonObject& o, const QString& key,
                                        const QString& path) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        wrongType(join(path, key), QT_TRANSLATE_NOOP("LabLoader", "true or false"), v);
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject& o, const QString& key,
                                            const QString& path, bool required) {
    auto v = member(o, key, path, required);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        wrongType(join(path, key), QT_TRANSLATE_NOOP("LabLoader", "an array"), *v);
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue& v, const QString& path) {
    if (!v.isObject()) {
        wrongType(path, QT_TRANSLATE_NOOP("LabLoader", "an object"), v);
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<Ipv4Address> JsonReader::address(const QJsonObject& o, const QString& key,
                                               const QString& path, bool required) {
    auto text = string(o, key, path, required);
    if (!text)
        return std::nullopt;
    QString why;
    auto a = parseAddressText(*text, &why);
    if (!a)
        error(join(path, key), why);
    return a;
}

std::optional<Ipv4Prefix> JsonReader::prefix(const QJsonObject& o, const QString& key,
                                             const QString& path, bool required) {
    auto text = string(o, key, path, required);
    if (!text)
        return std::nullopt;
    QString why;
    auto p = parsePrefixText(*text, &why);
    if (!p)
        error(join(path, key), why);
    return p;
}

std::optional<MacAddress> JsonReader::mac(const QJsonObject& o, const QString& key,
                                          const QString& path) {
    auto text = string(o, key, path, false);
    if (!text)
        return std::nullopt;
    QString why;
    auto m = parseMacText(*text, &why);
    if (!m)
        error(join(path, key), why);
    return m;
}

} // namespace ww::lab
