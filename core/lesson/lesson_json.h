#pragma once

#include "lab/lab_json.h"
#include "lesson/lesson.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace ww::lesson {

using lab::LabIssue;

struct LessonLoadResult {
    std::optional<Lesson> lesson; // set only when issues is empty
    std::vector<LabIssue> issues;
};

// Parses and checks the form (docs/lesson-format.md). Whether each step's
// selector finds an event needs the recorded lab: resolveSteps (lesson_steps.h).
LessonLoadResult parseLesson(const QByteArray& json);
LessonLoadResult loadLessonFile(const QString& path);
// A file path, or "builtin:NAME" (resources/lessons/NAME.json).
LessonLoadResult loadLesson(const QString& reference);

// The lesson's lab: "builtin:NAME" as is, a relative path from the folder of
// `lessonReference` (a built-in lesson may only name built-in labs).
lab::LoadResult loadLessonLab(const Lesson& lesson, const QString& lessonReference);

struct BuiltinLesson {
    QString name;
    LocalText title;
    QString section;
};
std::vector<BuiltinLesson> builtinLessons();

} // namespace ww::lesson
