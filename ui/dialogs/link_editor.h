#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ww::ui {

class CheckedLineEdit;
class LabDocument;

// Edits one link: name, bandwidth, delay, MTU and loss, each checked as typed
// against the ranges the lab loader accepts. Apply pushes an EditLinkCommand.
class LinkEditor : public QWidget {
    Q_OBJECT
public:
    explicit LinkEditor(LabDocument* document, QWidget* parent = nullptr);

    void showLink(const QString& name);
    QString linkName() const { return linkName_; }
    bool hasProblems() const;
    bool apply();

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
    QPushButton* apply_;
};

} // namespace ww::ui
