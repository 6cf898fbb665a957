#include "classroom/lab_notes_text.h"

#include <QLocale>

namespace ww::ui {

std::string interfaceLanguage() {
    return QLocale().name().toStdString();
}

QString inInterfaceLanguage(const LocalText& text) {
    return QString::fromStdString(text.in(interfaceLanguage()));
}

QString teachingSummary(const QString& description, int maxChars) {
    // A sentence ends at ". " (both languages: Korean sentences end in "다. ");
    // "1.5 s" or "§3.2" have no space after the point and stay whole.
    QString summary;
    qsizetype from = 0;
    while (from < description.size()) {
        qsizetype end = description.indexOf(QLatin1String(". "), from);
        end = end < 0 ? description.size() : end + 1;
        const QString sentence = description.mid(from, end - from).trimmed();
        if (!summary.isEmpty() && summary.size() + 1 + sentence.size() > maxChars)
            break;
        summary += (summary.isEmpty() ? QString() : QStringLiteral(" ")) + sentence;
        from = end;
    }
    return summary;
}

} // namespace ww::ui
