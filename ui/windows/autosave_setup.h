#pragma once

#include "document/autosave.h"

#include <QObject>

namespace ww::ui {

class MainWindow;

// Autosave for the window's lab (every 30 s when it changed, to
// AppDataLocation/autosave, never over the user's file), and the offer to
// recover what a crashed session left there. The app creates one after the
// window shows its first lab; tests of the window do not, so they never write
// to the user's folders.
class AutosaveSetup : public QObject {
    Q_OBJECT
public:
    explicit AutosaveSetup(MainWindow* window,
                           const QString& folder = AutosaveStore::defaultFolder());

    AutosaveStore& store() { return store_; }
    Autosaver* autosaver() const { return autosaver_; }

    // Asks whether to recover the newest lab a crashed session left (a dialog).
    // Recover opens it; Discard deletes it; Later keeps it for the next start.
    void offerRecovery();
    // The session ends cleanly: its autosave and lock are removed.
    void finish();

private:
    MainWindow* window_;
    AutosaveStore store_;
    Autosaver* autosaver_;
};

} // namespace ww::ui
