#pragma once

class QMainWindow;

namespace ww::ui {

// The Help menu: Guide (F1) and About.
void addHelpMenu(QMainWindow* window);

} // namespace ww::ui
