#include "lesson/lesson_json.h"

#include "lab/json_reader.h"
#include "lesson/lesson_steps.h"
#include "lesson/misconceptions.h"
#include "lesson/pdu_facts.h"
#include "proto/protocol_registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace ww::lesson {

namespace {

using lab::JsonReader;

// lupdate files a bare tr() call under the enclosing namespace, so that is the
// context these texts are translated in.
QString tr(const char* text) {
    return QCoreApplication::translate("ww::lesson", text);
}

// Limits that keep a hostile file from asking for a huge amount of work.
constexpr int kMaxSteps = 200;
constexpr int kMaxNth = 100000;
constexpr double kMaxSeconds = 86400;

// "SYN+ACK", "syn, ack" -> the canonical "SYN+ACK"; nullopt for an unknown flag.
std::optional<std::string> canonicalFlags(const QString& text) {
    static const std::pair<const char*, std::uint8_t> kFlags[] = {
        {"FIN", tcp::kFin}, {"SYN", tcp::kSyn}, {"RST", tcp::kRst}, {"PSH", tcp::kPsh},
        {"ACK", tcp::kAck}, {"URG", tcp::kUrg}, {"ECE", tcp::kEce}, {"CWR", tcp::kCwr}};
    std::uint8_t bits = 0;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[+, ]+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    for (const QString& part : parts) {
        bool known = false;
        for (const auto& [name, bit] : kFlags)
            if (part.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                bits |= bit;
                known = true;
            }
        if (!known)
            return std::nullopt;
    }
    return tcpFlagSet(bits);
}

QStringList protocolKeys() {
    QStringList keys;
    for (const auto& d : proto::all())
        keys << QString::fromUtf8(d.key);
    return keys;
}

EventSelector readSelector(JsonReader& r, const QJsonObject& o, const QString& path) {
    EventSelector s;
    const QStringList reserved = {"time",    "event",     "nth",     "after",
                                  "carries", "tcp_flags", "tcp_data"};
    if (o.contains(QStringLiteral("time"))) {
        r.checkKeys(o, path, {QStringLiteral("time")});
        if (auto t = r.number(o, QStringLiteral("time"), path, 0, kMaxSeconds))
            s.time = *t;
        return s;
    }
    auto event = r.string(o, QStringLiteral("event"), path, true);
    if (!event) {
        if (!o.contains(QStringLiteral("event")))
            r.error(path, tr("needs \"event\" (a trace event type) or \"time\" (seconds)"));
        return s;
    }
    const QStringList types = selectorEventTypes();
    if (!types.contains(*event)) {
        r.error(JsonReader::join(path, QStringLiteral("event")),
                tr("'%1' is not a trace event type; types: %2").arg(*event, types.join(", ")));
        return s;
    }
    s.event = event->toStdString();
    const QStringList fields = selectorFields(*event);
    r.checkKeys(o, path, reserved + fields);
    for (const QString& field : fields) {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            continue;
        if (!v.isString() && !v.isDouble() && !v.isBool()) {
            r.error(JsonReader::join(path, field), tr("must be a string, number or true/false"));
            continue;
        }
        s.fields.emplace_back(field.toStdString(), v);
    }
    if (auto n = r.integer(o, QStringLiteral("nth"), path, 1, kMaxNth))
        s.nth = *n;
    if (auto a = r.number(o, QStringLiteral("after"), path, 0, kMaxSeconds))
        s.after = *a;
    if (auto c = r.string(o, QStringLiteral("carries"), path, false)) {
        if (!protocolKeys().contains(*c))
            r.error(JsonReader::join(path, QStringLiteral("carries")),
                    tr("'%1' is not a protocol; protocols: %2").arg(*c, protocolKeys().join(", ")));
        else
            s.carries = c->toStdString();
    }
    if (auto f = r.string(o, QStringLiteral("tcp_flags"), path, false)) {
        if (auto canonical = canonicalFlags(*f))
            s.tcpFlags = canonical;
        else
            r.error(JsonReader::join(path, QStringLiteral("tcp_flags")),
                    tr("'%1' is not a set of TCP flags like \"SYN+ACK\"; flags: FIN, SYN, RST, "
                       "PSH, ACK, URG, ECE, CWR")
                        .arg(*f));
    }
    if (auto d = r.boolean(o, QStringLiteral("tcp_data"), path))
        s.tcpData = *d;
    return s;
}

std::vector<std::string> readNames(JsonReader& r, const QJsonObject& o, const QString& key,
                                   const QString& path) {
    std::vector<std::string> names;
    auto a = r.array(o, key, path, false);
    if (!a)
        return names;
    for (qsizetype i = 0; i < a->size(); ++i) {
        if (!a->at(i).isString() || a->at(i).toString().isEmpty()) {
            r.error(JsonReader::index(JsonReader::join(path, key), i),
                    tr("must be a non-empty string"));
            continue;
        }
        names.push_back(a->at(i).toString().toStdString());
    }
    return names;
}

void checkField(JsonReader& r, const QString& field, const QString& path) {
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    const QString protocol = field.left(dot);
    const proto::Descriptor* d = proto::byKey(protocol.toStdString());
    if (dot < 0 || !d) {
        r.error(path, tr("'%1' is not \"protocol.field\" with a protocol of: %2")
                          .arg(field, protocolKeys().join(", ")));
        return;
    }
    QStringList keys;
    if (d->fields)
        for (const FieldSpec& f : d->fields(ByteView()))
            keys << QString::fromUtf8(f.key);
    if (!keys.contains(field.mid(dot + 1)))
        r.error(path, tr("'%1' has no field '%2'; fields: %3")
                          .arg(protocol, field.mid(dot + 1), keys.join(", ")));
}

std::optional<Question> readQuestion(JsonReader& r, const QJsonObject& o, const QString& path) {
    r.checkKeys(o, path, {"prompt", "choices", "correct", "answer", "explanation"});
    Question q;
    if (auto p = r.localText(o, QStringLiteral("prompt"), path, true))
        q.prompt = *p;
    if (auto e = r.localText(o, QStringLiteral("explanation"), path, true))
        q.explanation = *e;
    if (o.contains(QStringLiteral("choices"))) {
        auto choices = r.array(o, QStringLiteral("choices"), path, true);
        const QString at = JsonReader::join(path, QStringLiteral("choices"));
        if (choices && (choices->size() < 2 || choices->size() > 8))
            r.error(at, tr("has %1 choices; a question has 2 to 8").arg(choices->size()));
        else if (choices)
            for (qsizetype i = 0; i < choices->size(); ++i) {
                QJsonObject holder{{QStringLiteral("c"), choices->at(i)}};
                if (auto t =
                        r.localText(holder, QStringLiteral("c"), JsonReader::index(at, i), true))
                    q.choices.push_back(*t);
            }
        if (o.contains(QStringLiteral("answer")))
            r.error(JsonReader::join(path, QStringLiteral("answer")),
                    tr("a question with choices gives the right one as \"correct\" (its number "
                       "from 1), not \"answer\""));
        if (auto c = r.integer(o, QStringLiteral("correct"), path, 1,
                               std::max<int>(1, static_cast<int>(q.choices.size()))))
            q.correct = *c;
        else if (!o.contains(QStringLiteral("correct")))
            r.error(JsonReader::join(path, QStringLiteral("correct")),
                    QCoreApplication::translate("LabLoader", "is required"));
        return q;
    }
    if (o.contains(QStringLiteral("correct")))
        r.error(JsonReader::join(path, QStringLiteral("correct")),
                tr("only a question with \"choices\" has \"correct\""));
    const QJsonValue a = o.value(QStringLiteral("answer"));
    const QString at = JsonReader::join(path, QStringLiteral("answer"));
    if (a.isUndefined())
        r.error(at, tr("is required: the accepted answer, or a list of them (or give "
                       "\"choices\" and \"correct\")"));
    else if (a.isString() && !a.toString().trimmed().isEmpty())
        q.answers.push_back(a.toString().toStdString());
    else if (a.isArray() && !a.toArray().isEmpty()) {
        const QJsonArray list = a.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list.at(i).isString() && !list.at(i).toString().trimmed().isEmpty())
                q.answers.push_back(list.at(i).toString().toStdString());
            else
                r.error(JsonReader::index(at, i), tr("must be a non-empty string"));
    } else
        r.error(at, tr("must be a non-empty string or a list of them"));
    return q;
}

Step readStep(JsonReader& r, const QJsonObject& o, const QString& path) {
    r.checkKeys(o, path, {"at", "narration", "pause", "highlight", "question", "misconception"});
    Step step;
    const QString atPath = JsonReader::join(path, QStringLiteral("at"));
    if (auto at = o.value(QStringLiteral("at")); at.isUndefined())
        r.error(atPath, QCoreApplication::translate("LabLoader", "is required"));
    else if (auto sel = r.object(at, atPath))
        step.at = readSelector(r, *sel, atPath);
    if (auto n = r.localText(o, QStringLiteral("narration"), path, true))
        step.narration = *n;
    if (auto p = r.boolean(o, QStringLiteral("pause"), path))
        step.pause = *p;
    if (o.contains(QStringLiteral("highlight"))) {
        const QString hl = JsonReader::join(path, QStringLiteral("highlight"));
        if (auto h = r.object(o.value(QStringLiteral("highlight")), hl)) {
            r.checkKeys(*h, hl, {"devices", "fields"});
            step.devices = readNames(r, *h, QStringLiteral("devices"), hl);
            step.fields = readNames(r, *h, QStringLiteral("fields"), hl);
            for (std::size_t i = 0; i < step.fields.size(); ++i)
                checkField(r, QString::fromStdString(step.fields[i]),
                           JsonReader::index(JsonReader::join(hl, QStringLiteral("fields")),
                                             static_cast<qsizetype>(i)));
        }
    }
    if (o.contains(QStringLiteral("question"))) {
        const QString qp = JsonReader::join(path, QStringLiteral("question"));
        if (auto q = r.object(o.value(QStringLiteral("question")), qp))
            step.question = readQuestion(r, *q, qp);
    }
    if (auto m = r.string(o, QStringLiteral("misconception"), path, false)) {
        if (!misconceptionById(m->toStdString()))
            r.error(JsonReader::join(path, QStringLiteral("misconception")),
                    tr("'%1' is not a misconception id; ids: %2")
                        .arg(*m, misconceptionIds().join(", ")));
        else
            step.misconception = m->toStdString();
    }
    return step;
}

} // namespace

LessonLoadResult parseLesson(const QByteArray& json) {
    LessonLoadResult result;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        result.issues.push_back(
            {QString(),
             err.error != QJsonParseError::NoError
                 ? tr("not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString())
                 : tr("a lesson file is a JSON object")});
        return result;
    }
    JsonReader r(result.issues);
    const QJsonObject o = doc.object();
    r.checkKeys(o, QString(), {"format", "version", "name", "title", "lab", "section", "steps"});
    Lesson lesson;
    if (auto f = r.string(o, QStringLiteral("format"), QString(), true);
        f && *f != QLatin1String("wirewalk-lesson"))
        r.error(QStringLiteral("format"),
                tr("'%1' is not a lesson; expected \"wirewalk-lesson\"").arg(*f));
    if (!o.contains(QStringLiteral("version")))
        r.error(QStringLiteral("version"), QCoreApplication::translate("LabLoader", "is required"));
    else
        r.integer(o, QStringLiteral("version"), QString(), 1, 1);
    if (auto n = r.string(o, QStringLiteral("name"), QString(), true))
        lesson.name = n->toStdString();
    if (auto t = r.localText(o, QStringLiteral("title"), QString(), true))
        lesson.title = *t;
    if (auto l = r.string(o, QStringLiteral("lab"), QString(), true)) {
        if (l->trimmed().isEmpty())
            r.error(QStringLiteral("lab"), tr("must name a lab: \"builtin:NAME\" or a path"));
        lesson.lab = l->toStdString();
    }
    if (auto s = r.string(o, QStringLiteral("section"), QString(), false)) {
        if (!courseSections().contains(*s))
            r.error(QStringLiteral("section"), tr("'%1' is not a section of the course; "
                                                  "sections: %2")
                                                   .arg(*s, courseSections().join(", ")));
        lesson.section = s->toStdString();
    }
    if (auto steps = r.array(o, QStringLiteral("steps"), QString(), true)) {
        if (steps->isEmpty() || steps->size() > kMaxSteps)
            r.error(QStringLiteral("steps"),
                    tr("has %1 steps; a lesson has 1 to %2").arg(steps->size()).arg(kMaxSteps));
        else
            for (qsizetype i = 0; i < steps->size(); ++i) {
                const QString path = JsonReader::index(QStringLiteral("steps"), i);
                if (auto so = r.object(steps->at(i), path))
                    lesson.steps.push_back(readStep(r, *so, path));
            }
    }
    if (result.issues.empty())
        result.lesson = std::move(lesson);
    return result;
}

LessonLoadResult loadLessonFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LessonLoadResult r;
        r.issues.push_back({QString(), tr("cannot open %1: %2").arg(path, file.errorString())});
        return r;
    }
    return parseLesson(file.readAll());
}

LessonLoadResult loadLesson(const QString& reference) {
    static const QString kBuiltin = QStringLiteral("builtin:");
    if (!reference.startsWith(kBuiltin))
        return loadLessonFile(reference);
    const QString name = reference.mid(kBuiltin.size());
    if (name.isEmpty() || name.contains(QLatin1Char('/')) ||
        !QFile::exists(QStringLiteral(":/lessons/%1.json").arg(name))) {
        LessonLoadResult r;
        QStringList names;
        for (const auto& b : builtinLessons())
            names << b.name;
        r.issues.push_back({QString(), tr("there is no built-in lesson '%1'; built-in lessons: %2")
                                           .arg(name, names.join(", "))});
        return r;
    }
    return loadLessonFile(QStringLiteral(":/lessons/%1.json").arg(name));
}

lab::LoadResult loadLessonLab(const Lesson& lesson, const QString& lessonReference) {
    const QString labRef = QString::fromStdString(lesson.lab);
    lab::LoadResult result;
    if (labRef.startsWith(QLatin1String("builtin:")))
        result = lab::loadLab(labRef);
    else if (lessonReference.startsWith(QLatin1String("builtin:")))
        result.issues.push_back(
            {QString(), tr("a built-in lesson can only use built-in labs, not '%1'").arg(labRef)});
    else
        result = lab::loadLabFile(QDir::isAbsolutePath(labRef)
                                      ? labRef
                                      : QFileInfo(lessonReference).absoluteDir().filePath(labRef));
    // The lab's own issues keep their paths; say they come from the lesson's "lab".
    for (auto& issue : result.issues)
        issue.path =
            issue.path.isEmpty() ? QStringLiteral("lab") : QStringLiteral("lab: ") + issue.path;
    return result;
}

std::vector<BuiltinLesson> builtinLessons() {
    std::vector<BuiltinLesson> lessons;
    const QStringList files =
        QDir(QStringLiteral(":/lessons")).entryList({"*.json"}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        auto loaded = loadLessonFile(QStringLiteral(":/lessons/") + file);
        if (!loaded.lesson)
            continue;
        lessons.push_back({file.chopped(5), loaded.lesson->title,
                           QString::fromStdString(loaded.lesson->section)});
    }
    // In the order of the course notes, then by name.
    std::stable_sort(lessons.begin(), lessons.end(), [](const auto& a, const auto& b) {
        const auto ia = courseSections().indexOf(a.section);
        const auto ib = courseSections().indexOf(b.section);
        return (ia < 0 ? 1000 : ia) < (ib < 0 ? 1000 : ib);
    });
    return lessons;
}

} // namespace ww::lesson
