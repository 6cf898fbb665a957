#pragma once

#include "lab/local_text.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ww::ui {

class LabBrowser;

// What the window shows first when the app starts with no lab to open: a
// welcome line and the lab browser. The default lab is already loaded behind
// it; "Continue" (or Escape) just uncovers it.
class StartPage : public QWidget {
    Q_OBJECT
public:
    // `openLabTitle`: the title of the lab loaded behind the page.
    explicit StartPage(const LocalText& openLabTitle, QWidget* parent = nullptr);

    LabBrowser* browser() const { return browser_; }

Q_SIGNALS:
    void labChosen(const QString& name);
    void dismissed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    LocalText openLabTitle_;
    QLabel* heading_;
    QLabel* intro_;
    QPushButton* continue_;
    LabBrowser* browser_;
};

} // namespace ww::ui
