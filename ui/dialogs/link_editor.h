#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ww::ui {

class CheckedLineEdit;
class LabDocument;

// Edits one link: name, bandwidth, delay, MTU, loss, bit error rate, queue length
// and the frames to lose, each checked as typed against the ranges the lab loader
// accepts. Apply pushes an EditLinkCommand.
class LinkEditor : public QWidget {
    Q_OBJECT
public:
    explicit LinkEditor(LabDocument* document, QWidget* parent = nullptr);

    void showLink(const QString& name);
    QString linkName() const { return linkName_; }
    bool hasProblems() const;
    bool apply();
    // Edits typed and not yet applied (applied, when valid, as the selection moves on).
    bool isDirty() const { return dirty_; }
    // Applies valid edits; asks about invalid ones. False: keep editing this link.
    bool settlePendingEdits();

private:
    void load();
    void revalidate();

    LabDocument* document_;
    QString linkName_;
    QLabel* ends_;
    CheckedLineEdit* name_;
    CheckedLineEdit* bandwidth_;
    CheckedLineEdit* delay_;
    CheckedLineEdit* mtu_;
    CheckedLineEdit* loss_;
    CheckedLineEdit* ber_;
    CheckedLineEdit* queue_;
    CheckedLineEdit* lose_;
    bool dirty_ = false;
    QPushButton* apply_;
};

} // namespace ww::ui
