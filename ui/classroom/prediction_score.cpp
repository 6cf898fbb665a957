#include "classroom/prediction_score.h"

namespace ww::ui::classroom {

namespace {
QString keyFor(const QString& group, const char* field) {
    return QStringLiteral("prediction/%1/%2").arg(group, QLatin1String(field));
}
} // namespace

Score ScoreBook::read(const QString& group) const {
    return {settings_.value(keyFor(group, "asked"), 0).toInt(),
            settings_.value(keyFor(group, "right"), 0).toInt()};
}

void ScoreBook::add(const QString& group, bool right) {
    const Score s = read(group);
    settings_.setValue(keyFor(group, "asked"), s.asked + 1);
    settings_.setValue(keyFor(group, "right"), s.right + (right ? 1 : 0));
}

void ScoreBook::record(const QString& lab, const QString& lesson, bool right) {
    // A lab without a name (a new, unsaved one) is scored as "untitled".
    add(QStringLiteral("labs/") + (lab.isEmpty() ? QStringLiteral("untitled") : lab), right);
    if (!lesson.isEmpty())
        add(QStringLiteral("lessons/") + lesson, right);
}

} // namespace ww::ui::classroom
