#include "windows/autosave_setup.h"

#include "document/lab_document.h"
#include "windows/main_window.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace ww::ui {

AutosaveSetup::AutosaveSetup(MainWindow* window, const QString& folder)
    : QObject(window)
    , window_(window)
    , store_(folder)
    , autosaver_(new Autosaver(window->document(), &store_, 30'000, this)) {
    connect(autosaver_, &Autosaver::failed, this, [this](const QString& error) {
        window_->statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10'000);
    });
}

void AutosaveSetup::offerRecovery() {
    const std::vector<RecoverableLab> labs = store_.recoverable();
    if (labs.empty())
        return;
    const RecoverableLab& lab = labs.front();
    const QString what =
        lab.originalPath.isEmpty() ? tr("a lab that was never saved") : lab.originalPath;
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"),
                    tr("Wirewalk did not close cleanly. It autosaved %1 at %2.\n\n"
                       "Recover those changes? Your file is unchanged until you save.")
                        .arg(what, QLocale().toString(lab.savedAt, QLocale::ShortFormat)),
                    QMessageBox::NoButton, window_);
    QPushButton* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover) {
        QStringList problems;
        if (!recoverLab(window_->document(), lab, &problems)) {
            QMessageBox::warning(
                window_, tr("Cannot recover lab"),
                tr("%1 could not be opened:\n\n%2").arg(lab.autosavePath, problems.join('\n')));
            return; // kept: nothing is deleted that was not recovered
        }
        // This session's autosave holds it now; then the crashed one can go.
        if (autosaver_->autosaveNow())
            AutosaveStore::discard(lab);
    } else if (box.clickedButton() == discard) {
        AutosaveStore::discard(lab);
    }
}

void AutosaveSetup::finish() {
    store_.finish();
}

} // namespace ww::ui
