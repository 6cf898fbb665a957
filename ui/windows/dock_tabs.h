#pragma once

class QMainWindow;

namespace ww::ui {

// Tabbed docks show their whole titles: the main window's tab bars do not elide
// ("Pac…", "Enc…" said nothing with six docks in one row) but scroll, and each
// tab's tooltip repeats its title.
void keepDockTabsReadable(QMainWindow* window);

} // namespace ww::ui
