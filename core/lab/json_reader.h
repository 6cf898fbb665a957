#pragma once

#include "lab/address_text.h"
#include "lab/lab_json.h"
#include "lab/local_text.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace ww::lab {

// Typed reads from JSON that record an issue (path + message) instead of
// failing: the loader reports every problem in a file at once.
class JsonReader {
public:
    explicit JsonReader(std::vector<LabIssue>& issues)
        : issues_(issues) {}

    void error(const QString& path, const QString& message) { issues_.push_back({path, message}); }
    std::size_t issueCount() const { return issues_.size(); }

    // Reports keys not in `allowed` (typos must not pass silently).
    void checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed);

    std::optional<QString> string(const QJsonObject& o, const QString& key, const QString& path,
                                  bool required);
    // A plain string (English) or {"en": ..., "ko": ...} with "en" required.
    std::optional<LocalText> localText(const QJsonObject& o, const QString& key,
                                       const QString& path, bool required);
    std::optional<double> number(const QJsonObject& o, const QString& key, const QString& path,
                                 double min, double max);
    std::optional<int> integer(const QJsonObject& o, const QString& key, const QString& path,
                               int min, int max);
    std::optional<bool> boolean(const QJsonObject& o, const QString& key, const QString& path);
    std::optional<QJsonArray> array(const QJsonObject& o, const QString& key, const QString& path,
                                    bool required);
    std::optional<QJsonObject> object(const QJsonValue& v, const QString& path);

    std::optional<Ipv4Address> address(const QJsonObject& o, const QString& key,
                                       const QString& path, bool required);
    std::optional<Ipv4Prefix> prefix(const QJsonObject& o, const QString& key, const QString& path,
                                     bool required);
    std::optional<MacAddress> mac(const QJsonObject& o, const QString& key, const QString& path);

    // `v` as an int when it is a whole number from min to max, checked as a double
    // before any conversion (converting 1e300 to int is undefined behaviour).
    static std::optional<int> wholeNumber(const QJsonValue& v, int min, int max);

    static QString join(const QString& path, const QString& key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString& path, qsizetype i) {
        return path + QStringLiteral("[%1]").arg(i);
    }

private:
    // The member `key`, or nullopt (reporting "is required" when it must be there).
    std::optional<QJsonValue> member(const QJsonObject& o, const QString& key, const QString& path,
                                     bool required);
    void wrongType(const QString& path, const char* expected, const QJsonValue& got);

    std::vector<LabIssue>& issues_;
};

} // namespace ww::lab
