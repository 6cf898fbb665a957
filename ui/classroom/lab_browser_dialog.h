#pragma once

#include <QDialog>

class QPushButton;

namespace ww::ui {

class LabBrowser;

// File > Open Built-in Lab…: the lab browser with Open and Cancel.
class LabBrowserDialog : public QDialog {
    Q_OBJECT
public:
    explicit LabBrowserDialog(QWidget* parent = nullptr);

    LabBrowser* browser() const { return browser_; }
    // The lab chosen when exec() returned Accepted.
    QString chosenLab() const { return chosen_; }

private:
    LabBrowser* browser_;
    QPushButton* open_;
    QString chosen_;
};

} // namespace ww::ui
