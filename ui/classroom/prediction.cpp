#include "classroom/prediction.h"

#include "classroom/prediction_parts.h"

#include <QRegularExpression>

namespace ww::ui::classroom {

QString ipText(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

QString macText(const MacAddress& m) {
    return QString::fromStdString(m.toString());
}

QString tcpStateText(TcpState s) {
    // RFC 9293's spelling: SYN-SENT, TIME-WAIT.
    return QString::fromLatin1(toString(s)).toUpper().replace(QLatin1Char('_'), QLatin1Char('-'));
}

std::vector<Question> questionsFor(const RecordedRun& run, std::size_t index) {
    std::vector<Question> out;
    if (index >= run.events().size())
        return out;
    // Best first: an event that is both a TCP segment's send and a frame's is asked as the
    // ACK number until that situation was asked, then as the MAC.
    for (auto build : {ackQuestion, macQuestion, decapsulationQuestion, tcpStateQuestion,
                       ttlQuestion, switchQuestion, fragmentQuestion})
        if (std::optional<Question> q = build(run, index))
            out.push_back(std::move(*q));
    return out;
}

std::optional<Question> nextQuestion(const RecordedRun& run, std::size_t from, std::size_t to,
                                     const std::set<QString>& asked) {
    to = std::min(to, run.events().size());
    for (std::size_t i = from; i < to; ++i)
        for (Question& q : questionsFor(run, i))
            if (!asked.count(q.key))
                return std::move(q);
    return std::nullopt;
}

namespace {

std::optional<std::vector<qlonglong>> numbers(const QString& text) {
    std::vector<qlonglong> out;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const qlonglong n = part.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        out.push_back(n);
    }
    return out;
}

bool matches(const Question& q, const QString& given) {
    switch (q.form) {
    case AnswerForm::Number:
    case AnswerForm::Numbers: {
        const auto a = numbers(given);
        const auto b = numbers(q.answer);
        return a && b && !a->empty() && *a == *b;
    }
    case AnswerForm::Mac: {
        const auto a = MacAddress::parse(given.trimmed().toLower().toStdString());
        const auto b = MacAddress::parse(q.answer.toStdString());
        return a && b && *a == *b;
    }
    case AnswerForm::Choice:
        return given == q.answer;
    }
    return false;
}

} // namespace

Verdict check(const Question& question, const QString& given) {
    Verdict v;
    v.right = matches(question, given);
    v.text = v.right
                 ? Prediction::tr("Right: %1. %2").arg(question.answer, question.explanation)
                 : Prediction::tr("Not quite: you said %1, the engine's answer is %2. %3")
                       .arg(given.trimmed().isEmpty() ? Prediction::tr("nothing") : given.trimmed(),
                            question.answer, question.explanation);
    return v;
}

} // namespace ww::ui::classroom
