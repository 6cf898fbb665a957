#include "lesson/lesson.h"

#include "lab/lab_catalog.h"

#include <QRegularExpression>

namespace ww::lesson {

// The lab catalogue's section ids, so lessons and the lab browser name sections alike.
const QStringList& courseSections() {
    static const QStringList sections = [] {
        QStringList ids;
        for (const lab::LabSection& section : lab::labSections())
            ids.push_back(section.id);
        return ids;
    }();
    return sections;
}

bool isCorrectChoice(const Question& q, int chosen) {
    return !q.choices.empty() && chosen == q.correct;
}

bool isCorrectAnswer(const Question& q, const QString& answer) {
    // Case and spacing do not make an answer wrong: "syn-sent", " SYN-SENT " and
    // "SYN - SENT" are all SYN-SENT.
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    auto normal = [](QString s) { return s.remove(spaces).toCaseFolded(); };
    const QString given = normal(answer);
    if (given.isEmpty())
        return false;
    for (const std::string& a : q.answers)
        if (normal(QString::fromStdString(a)) == given)
            return true;
    return false;
}

} // namespace ww::lesson
