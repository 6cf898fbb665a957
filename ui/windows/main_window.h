#pragma once

#include "lab/lab.h"

#include <QMainWindow>

class QLabel;
class QTreeWidget;
class QTextBrowser;

namespace ww::ui {

// The application window. For now it shows the loaded lab: its name and
// description, devices and links. The canvas and playback come with later work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    void showLab(const lab::Lab& lab);
    const lab::Lab& currentLab() const { return lab_; }

private:
    void buildMenus();

    lab::Lab lab_;
    QLabel* titleLabel_ = nullptr;
    QTextBrowser* description_ = nullptr;
    QTreeWidget* devices_ = nullptr;
    QTreeWidget* links_ = nullptr;
};

} // namespace ww::ui
