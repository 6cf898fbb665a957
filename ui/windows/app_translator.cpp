#include "windows/app_translator.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace ww::ui {

bool loadAppTranslator(QTranslator& translator, const QLocale& locale) {
    const QString dir = QStringLiteral(":/i18n");
    return translator.load(locale, QStringLiteral("wirewalk"), QStringLiteral("_"), dir) ||
           translator.load(QStringLiteral("wirewalk_en"), dir);
}

} // namespace ww::ui
