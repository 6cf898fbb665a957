#pragma once

#include <QSettings>

namespace ww::ui {

// Where the GUI keeps what it remembers (window layout, recent files); named
// here so it does not depend on QCoreApplication's organization name.
inline QSettings appSettings() {
    return QSettings(QStringLiteral("Wirewalk"), QStringLiteral("wirewalk"));
}

} // namespace ww::ui
