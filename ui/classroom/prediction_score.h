#pragma once

#include <QSettings>
#include <QString>

namespace ww::ui::classroom {

struct Score {
    int asked = 0;
    int right = 0;
};

// Prediction scores kept in QSettings: per lab (by its name) and, when a lesson is being
// followed, per lesson (by its id), under "prediction/labs/NAME" and "prediction/lessons/ID".
class ScoreBook {
public:
    explicit ScoreBook(QSettings& settings)
        : settings_(settings) {}

    void record(const QString& lab, const QString& lesson, bool right);
    Score lab(const QString& name) const { return read(QStringLiteral("labs/") + name); }
    Score lesson(const QString& id) const { return read(QStringLiteral("lessons/") + id); }

private:
    Score read(const QString& group) const;
    void add(const QString& group, bool right);

    QSettings& settings_;
};

} // namespace ww::ui::classroom
