#pragma once

#include <QWidget>

class QTextBrowser;

namespace ww::ui {

class LabDocument;

// The current lab's title and teaching text, in the interface language, with
// the section of the course notes it belongs to. Follows the document (New,
// Open, a built-in lab, a recovered autosave) and the interface language.
class LabNotesPanel : public QWidget {
    Q_OBJECT
public:
    explicit LabNotesPanel(LabDocument* document, QWidget* parent = nullptr);

    // What the panel shows, as plain text (for tests and screen readers).
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    LabDocument* document_;
    QTextBrowser* view_;
};

} // namespace ww::ui
