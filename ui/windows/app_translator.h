#pragma once

class QLocale;
class QTranslator;

namespace ww::ui {

// Loads Wirewalk's translation for `locale` from :/i18n; for a locale it has none for (C,
// POSIX, German ...) the English one, whose only work is plurals ("1 event", "2 events"
// rather than "event(s)"). False when neither loads.
bool loadAppTranslator(QTranslator& translator, const QLocale& locale);

} // namespace ww::ui
