#include "dialogs/link_editor.h"

#include "commands/edit_link_command.h"
#include "dialogs/checked_line_edit.h"
#include "dialogs/editor_section.h"
#include "dialogs/field_checks.h"
#include "document/lab_document.h"

#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <algorithm>
#include <limits>

namespace ww::ui {

namespace {

int linkIndex(const lab::Lab& lab, const QString& name) {
    const std::string n = name.toStdString();
    for (std::size_t i = 0; i < lab.links.size(); ++i)
        if (lab.links[i].name == n)
            return int(i);
    return -1;
}

} // namespace

LinkEditor::LinkEditor(LabDocument* document, QWidget* parent)
    : QWidget(parent)
    , document_(document) {
    setObjectName(QStringLiteral("linkEditor"));
    ends_ = new QLabel;
    name_ = new CheckedLineEdit(QStringLiteral("linkName"), [this](const QString& t) {
        if (t.isEmpty())
            return tr("a link needs a name");
        if (t != linkName_ && linkIndex(document_->lab(), t) >= 0)
            return tr("a link named '%1' already exists").arg(t);
        return QString();
    });
    // Ranges are the lab loader's (docs/lab-format.md), so what is applied also loads.
    bandwidth_ = new CheckedLineEdit(QStringLiteral("bandwidth"),
                                     [](const QString& t) { return checkNumber(t, 1000, 1e12); });
    delay_ = new CheckedLineEdit(QStringLiteral("delay"),
                                 [](const QString& t) { return checkNumber(t, 0, 10000); });
    mtu_ = new CheckedLineEdit(QStringLiteral("mtu"),
                               [](const QString& t) { return checkInteger(t, 68, 9000); });
    loss_ = new CheckedLineEdit(QStringLiteral("loss"),
                                [](const QString& t) { return checkNumber(t, 0, 1); });
    ber_ = new CheckedLineEdit(QStringLiteral("ber"),
                               [](const QString& t) { return checkNumber(t, 0, 1); });
    queue_ = new CheckedLineEdit(QStringLiteral("queue"),
                                 [](const QString& t) { return checkInteger(t, 1, 1000000); });
    lose_ = new CheckedLineEdit(QStringLiteral("lose"), [](const QString& t) {
        return checkList(t, [](const QString& n) {
            return checkInteger(n, 1, std::numeric_limits<int>::max());
        });
    });
    lose_->setPlaceholderText(tr("none, e.g. 3, 7 (the 3rd and 7th frame sent)"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Ends"), ends_);
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Bandwidth (bit/s)"), bandwidth_);
    form->addRow(tr("Delay (ms, one way)"), delay_);
    form->addRow(tr("MTU (bytes)"), mtu_);
    form->addRow(tr("Loss (0-1)"), loss_);
    form->addRow(tr("Bit error rate (0-1)"), ber_);
    form->addRow(tr("Queue (frames)"), queue_);
    form->addRow(tr("Frames to lose"), lose_);
    apply_ = new QPushButton(tr("Apply"));
    apply_->setObjectName(QStringLiteral("applyLink"));
    form->addRow(QString(), apply_);
    connect(apply_, &QPushButton::clicked, this, &LinkEditor::apply);
    for (CheckedLineEdit* f : {name_, bandwidth_, delay_, mtu_, loss_, ber_, queue_, lose_})
        connect(f, &CheckedLineEdit::edited, this, [this] {
            dirty_ = true;
            revalidate();
        });
    // Typed edits win over changes made elsewhere until applied or reverted.
    for (auto signal : {&LabDocument::labChanged})
        connect(document_, signal, this, [this] {
            if (!dirty_)
                load();
        });
    connect(document_, &LabDocument::linkChanged, this, [this] {
        if (!dirty_)
            load();
    });
    setEnabled(false);
}

void LinkEditor::showLink(const QString& name) {
    linkName_ = name;
    dirty_ = false;
    load();
}

bool LinkEditor::settlePendingEdits() {
    if (!dirty_ || !isEnabled())
        return true;
    if (!hasProblems())
        return apply();
    QMessageBox box(
        QMessageBox::Warning, tr("Unapplied edits"),
        tr("The edits to link %1 are not applied: a field is not valid.").arg(linkName_),
        QMessageBox::NoButton, this);
    QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(tr("Keep editing"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() != discard)
        return false;
    showLink(linkName_);
    return true;
}

void LinkEditor::load() {
    const int index = linkIndex(document_->lab(), linkName_);
    setEnabled(index >= 0);
    if (index < 0)
        return;
    const lab::Link& l = document_->lab().links[index];
    ends_->setText(
        QStringLiteral("%1:%2 — %3:%4")
            .arg(QString::fromStdString(l.a.device), QString::fromStdString(l.a.interface),
                 QString::fromStdString(l.b.device), QString::fromStdString(l.b.interface)));
    name_->setText(QString::fromStdString(l.name));
    bandwidth_->setText(QString::number(l.bandwidthBps));
    delay_->setText(numberText(l.delaySeconds * 1000.0));
    mtu_->setText(QString::number(l.mtu));
    loss_->setText(numberText(l.loss));
    ber_->setText(numberText(l.bitErrorRate));
    queue_->setText(QString::number(l.queueFrames));
    QStringList lose;
    for (int n : l.loseFrames)
        lose << QString::number(n);
    lose_->setText(lose.join(QStringLiteral(", ")));
    dirty_ = false;
    revalidate();
}

void LinkEditor::revalidate() {
    name_->recheck();
    apply_->setEnabled(!hasProblems());
}

bool LinkEditor::hasProblems() const {
    for (const CheckedLineEdit* f : {name_, bandwidth_, delay_, mtu_, loss_, ber_, queue_, lose_})
        if (!f->isValid())
            return true;
    return false;
}

bool LinkEditor::apply() {
    const int index = linkIndex(document_->lab(), linkName_);
    if (index < 0 || hasProblems())
        return false;
    lab::Link l = document_->lab().links[index];
    l.name = name_->text().toStdString();
    l.bandwidthBps = static_cast<std::uint64_t>(bandwidth_->text().toDouble());
    // Milliseconds on screen, seconds in the lab; keep the exact value if unchanged.
    if (delay_->text() != numberText(l.delaySeconds * 1000.0))
        l.delaySeconds = delay_->text().toDouble() / 1000.0;
    l.mtu = mtu_->text().toInt();
    l.loss = loss_->text().toDouble();
    l.bitErrorRate = ber_->text().toDouble();
    l.queueFrames = queue_->text().toInt();
    l.loseFrames.clear();
    for (const QString& n : listItems(lose_->text()))
        l.loseFrames.push_back(n.toInt());
    dirty_ = false;
    if (l == document_->lab().links[index])
        return true;
    linkName_ = QString::fromStdString(l.name);
    document_->undoStack()->push(new EditLinkCommand(document_, index, l));
    return true;
}

} // namespace ww::ui
