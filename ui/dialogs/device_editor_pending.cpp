// DeviceEditor: edits typed and not applied are never dropped silently. Leaving the
// editor (focus elsewhere) or the device (another selection) applies valid edits;
// invalid ones are asked about.
#include "dialogs/device_editor.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace ww::ui {

namespace {

// Within `root`, counting popups (a table cell's combo box) as inside their owner.
bool inside(const QWidget* root, const QWidget* w) {
    for (; w; w = w->parentWidget())
        if (w == root)
            return true;
    return false;
}

} // namespace

void DeviceEditor::focusLeft(QWidget* old, QWidget* now) {
    if (!dirty_ || !isEnabled() || !old || !now || !inside(this, old) || inside(this, now))
        return;
    if (now->window() != window() || QApplication::activeModalWidget())
        return; // a dialog or another window: the edit goes on when focus comes back
    if (!hasProblems())
        apply();
}

DeviceEditor::PendingChoice DeviceEditor::askPending(const QString& problem) {
    if (prompt_)
        return prompt_(deviceName(), problem);
    QMessageBox box(QMessageBox::Warning, tr("Unapplied edits"),
                    tr("The edits to %1 are not applied: %2").arg(deviceName(), problem),
                    QMessageBox::NoButton, this);
    QPushButton* apply = box.addButton(tr("Apply"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    apply->setEnabled(false); // refused until the problem is fixed; said so in the text
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == discard ? PendingChoice::Discard : PendingChoice::KeepEditing;
}

bool DeviceEditor::settlePendingEdits() {
    if (!dirty_ || !isEnabled())
        return true;
    revalidate();
    if (!hasProblems())
        return apply();
    switch (askPending(problem())) {
    case PendingChoice::Apply:
        if (apply())
            return true;
        break; // still refused: the problem is shown and focused
    case PendingChoice::Discard:
        revert();
        return true;
    case PendingChoice::KeepEditing:
        break;
    }
    focusProblem();
    return false;
}

} // namespace ww::ui
