#pragma once

#include "lab/local_text.h"

#include <QString>
#include <string>

namespace ww::ui {

// The interface language for text a lab carries in both languages: the default
// QLocale, which the app sets to the locale it loads its translators for
// (app/gui_main.cpp), so lab text and tr() text speak the same language.
std::string interfaceLanguage();
// `text` in the interface language (Korean when asked for and present).
QString inInterfaceLanguage(const LocalText& text);

// What a lab teaches in a line or two: the first sentences of its description,
// as many as fit in about `maxChars` characters (always at least one).
QString teachingSummary(const QString& description, int maxChars = 160);

} // namespace ww::ui
