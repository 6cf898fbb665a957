#include "cli/text_columns.h"

#include <QList>
#include <algorithm>

namespace ww::cli {

namespace {

// Unicode East Asian Width W and F ranges that text in this app can contain.
bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) ||   // Hangul Jamo, initial consonants
           (c >= 0x2E80 && c <= 0x303E) ||   // CJK radicals, ideographic punctuation
           (c >= 0x3041 && c <= 0x33FF) ||   // kana, Hangul compatibility Jamo, CJK symbols
           (c >= 0x3400 && c <= 0x4DBF) ||   // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) ||   // CJK unified ideographs
           (c >= 0xA960 && c <= 0xA97F) ||   // Hangul Jamo extended A
           (c >= 0xAC00 && c <= 0xD7A3) ||   // Hangul syllables
           (c >= 0xF900 && c <= 0xFAFF) ||   // CJK compatibility ideographs
           (c >= 0xFE30 && c <= 0xFE4F) ||   // CJK compatibility forms
           (c >= 0xFF00 && c <= 0xFF60) ||   // fullwidth forms
           (c >= 0xFFE0 && c <= 0xFFE6) ||   // fullwidth signs
           (c >= 0x1F300 && c <= 0x1F64F) || // pictographs, emoticons
           (c >= 0x20000 && c <= 0x3FFFD);   // CJK extensions B and beyond
}

} // namespace

int displayWidth(const QString& text) {
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            c == 0x200B) // zero width space
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString padToWidth(const QString& text, int columns) {
    return text + QString(std::max(0, columns - displayWidth(text)), QLatin1Char(' '));
}

QStringList wrapToWidth(const QString& text, int columns) {
    QStringList lines;
    QString line;
    int width = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int w = displayWidth(word);
        if (!line.isEmpty() && width + 1 + w > columns) {
            lines << line;
            line.clear();
            width = 0;
        }
        if (!line.isEmpty()) {
            line += QLatin1Char(' ');
            ++width;
        }
        line += word;
        width += w;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace ww::cli
