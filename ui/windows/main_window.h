#pragma once

#include "lab/lab.h"

#include <QMainWindow>

class QAction;
class QDockWidget;

namespace ww::ui {

class LabDocument;
class PlaybackSetup;
class PresenterMode;
class RecentFiles;
class TopologyScene;
class TopologyView;

// The application window. It only assembles: the canvas in the centre, the
// palette and editor docks, menus and toolbar wired to the document, scene
// and view. More docks (playback, inspector) can be added with addDockWidget().
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens `lab` as a new, unmodified document (a built-in lab, say).
    void showLab(const lab::Lab& lab);
    const lab::Lab& currentLab() const;
    bool openFile(const QString& path);
    // Opens the built-in lab NAME after the unsaved-changes prompt; false if cancelled.
    bool openBuiltinLab(const QString& name);

    LabDocument* document() const { return document_; }
    TopologyScene* scene() const { return scene_; }
    TopologyView* view() const { return view_; }
    PlaybackSetup* playback() const { return playback_; }
    PresenterMode* presenter() const { return presenter_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    QDockWidget* addDock(const QString& title, const QString& objectName, QWidget* content,
                         Qt::DockWidgetArea area);
    // Asks what to do with unsaved changes; false when the user cancelled.
    bool maybeSave();
    bool confirmSaveWithProblems();
    bool save();
    bool saveAs();
    void openDialog();
    void updateTitle();
    void restoreLayout();

    LabDocument* document_;
    TopologyScene* scene_;
    TopologyView* view_;
    PlaybackSetup* playback_ = nullptr;
    PresenterMode* presenter_ = nullptr;
    RecentFiles* recent_ = nullptr;
    QMenu* viewMenu_ = nullptr;
};

} // namespace ww::ui
